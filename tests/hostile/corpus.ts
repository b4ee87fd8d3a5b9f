/**
 * External test material from `../shared/corpora/` (relative to the project root). The files are read by path, never
 * copied in. Where the folder is absent the tests that need it say so and skip, except with `CI=true`, where they fail.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { repoRoot } from "../e2e/site.js";

/** `../shared/corpora` from the project root. */
export const corporaDir = resolve(repoRoot, "..", "shared", "corpora");

/**
 * The lines of a corpus file (one payload a line, kept exactly as written: leading spaces and literal TABs stay), or
 * `undefined` with a warning when the corpus is not there. With `CI=true` a missing corpus is an error.
 */
export function corpusLines(relativePath: string): string[] | undefined {
  const file = join(corporaDir, relativePath);
  if (!existsSync(file)) {
    const message = `external test material missing: ${file} (expected at ../shared/corpora/${relativePath})`;
    if (process.env.CI === "true") throw new Error(message);
    console.warn(`${message}: skipping the tests that need it`);
    return undefined;
  }
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((line) => line !== "");
}
