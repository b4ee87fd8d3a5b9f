// With the Sanity variables set, the site reads the live dataset (here: the local stand-in for the Sanity API of
// `e2e/content-lake.ts`, which answers from the embedded dataset and insists on the read token) and the token never
// reaches the output.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ContentLake, startContentLake } from "./e2e/content-lake.js";
import { buildSite } from "./e2e/site.js";

const token = `sk${randomBytes(24).toString("hex")}`;
let lake: ContentLake;
let outDir: string;

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe("building the site from the live dataset with a read token", () => {
  beforeAll(async () => {
    lake = await startContentLake(token);
    outDir = mkdtempSync(join(tmpdir(), "gastvrij-web-live-"));
    await buildSite({
      outDir,
      env: {
        SANITY_PROJECT_ID: "testproject",
        SANITY_DATASET: "production",
        SANITY_API_READ_TOKEN: token,
        GASTVRIJ_SANITY_API_HOST: lake.apiHost,
      },
    });
  });
  afterAll(async () => {
    await lake?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it("reads through the API with the token, server-side", () => {
    expect(lake.requests.filter((request) => request.path.includes("/data/query/")).length).toBeGreaterThan(0);
    expect(lake.requests.every((request) => request.authorised)).toBe(true);
    expect(readFileSync(join(outDir, "toolkit", "index.html"), "utf8")).toContain("<h1>");
  });

  it("never writes the token into any built file", () => {
    const files = allFiles(outDir);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const bytes = readFileSync(file);
      expect(bytes.includes(token), file).toBe(false);
      expect(bytes.includes(token.slice(2, 26)), file).toBe(false);
    }
  });
});
