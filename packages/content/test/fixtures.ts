/** Paths of the test fixtures of the content package (never built or published). */
import { fileURLToPath } from "node:url";

/** The folder of fixtures. */
export const fixturesDir = fileURLToPath(new URL("./fixtures/", import.meta.url));

/** A small export in Sanity's format: NDJSON with an image (folder `small/`). */
export const smallExport = fileURLToPath(new URL("./fixtures/small", import.meta.url));
