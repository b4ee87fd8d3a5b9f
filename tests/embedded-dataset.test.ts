/**
 * The embedded dataset is generated from the Markdown sample texts: regenerating it must give exactly the committed
 * NDJSON and images, so nobody edits the NDJSON by hand and no Markdown change is forgotten.
 */
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { importMarkdownDirectory, toNdjson } from "@gastvrij/content/markdown";
import { describe, expect, it } from "vitest";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const content = join(repoRoot, "packages/content");
const markdownDir = join(content, "dataset/markdown");
const embeddedDir = join(content, "dataset/embedded");
const rebuild = "run pnpm --filter @gastvrij/content run dataset:build";

describe("embedded dataset", () => {
  it("is what the Markdown sample texts generate", async () => {
    const result = await importMarkdownDirectory(markdownDir, { displayRoot: repoRoot });
    const committed = await readFile(join(embeddedDir, "data.ndjson"), "utf8").catch(() => "");
    const generated = toNdjson(result.documents);
    const committedIds = committed
      .split("\n")
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { _id: string })._id);
    const generatedIds = result.documents.map((document) => document._id);
    expect(committedIds, `documents differ: ${rebuild}`).toEqual(generatedIds);
    expect(committed === generated, `data.ndjson is stale: ${rebuild}`).toBe(true);
    for (const asset of result.assets) {
      const copied = await readFile(join(embeddedDir, asset.target)).catch(() => undefined);
      const source = await readFile(asset.source);
      expect(copied?.equals(source), `${asset.target} is missing or stale: ${rebuild}`).toBe(true);
    }
  });
});
