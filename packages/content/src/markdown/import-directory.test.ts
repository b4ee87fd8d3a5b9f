import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError } from "../errors.js";
import { importMarkdownDirectory } from "./import-directory.js";
import { toNdjson, writeMarkdownImport } from "./write-import.js";

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "gastvrij-md-"));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>';
const theme = "---\n_id: theme-wonen\n_type: theme\ntitle: Wonen\nslug: wonen\nkind: dailyLife\n---\n";
const section = [
  "---",
  "_id: section-3-4",
  "_type: toolkitSection",
  "chapter: ref:chapter-3",
  'number: "3.4"',
  "title: Wonen",
  "slug: wonen",
  "themes:",
  "  - ref:theme-wonen",
  "---",
  "",
  "Tekst.",
  "",
  '![Schema van de huurwaarborg](images/waarborg.svg "Huurwaarborg")',
  "",
].join("\n");
const chapter = "---\n_id: chapter-3\n_type: toolkitChapter\nnumber: 3\ntitle: Huiswerk\nslug: huiswerk\n---\n";

async function importError(dir: string): Promise<ContentError> {
  try {
    await importMarkdownDirectory(dir, { displayRoot: dir });
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error("expected a ContentError");
}

describe("importMarkdownDirectory", () => {
  it("converts every Markdown file, sorted by _id, with the images it uses", async () => {
    const dir = await folder({
      "themes/wonen.md": theme,
      "toolkit/section-3-4.md": section,
      "toolkit/chapter-3.md": chapter,
      "images/waarborg.svg": svg,
      "README.md": "# Uitleg voor schrijvers\n",
    });
    const result = await importMarkdownDirectory(dir);
    expect(result.documents.map((document) => document._id)).toEqual(["chapter-3", "section-3-4", "theme-wonen"]);
    expect(result.assets).toEqual([{ source: join(dir, "images/waarborg.svg"), target: "images/waarborg.svg" }]);
  });

  it("writes NDJSON and images atomically, byte-identical on every run", async () => {
    const dir = await folder({
      "themes/wonen.md": theme,
      "toolkit/section-3-4.md": section,
      "toolkit/chapter-3.md": chapter,
      "images/waarborg.svg": svg,
    });
    const out = join(dir, "out/data.ndjson");
    await writeMarkdownImport(await importMarkdownDirectory(dir), out);
    const first = await readFile(out, "utf8");
    await writeMarkdownImport(await importMarkdownDirectory(dir), out);
    expect(await readFile(out, "utf8")).toBe(first);
    expect(first.endsWith("\n")).toBe(true);
    expect(first.split("\n")).toHaveLength(4);
    expect(first).toContain('"_sanityAsset":"image@file://./images/waarborg.svg"');
    expect(await readFile(join(dir, "out/images/waarborg.svg"), "utf8")).toBe(svg);
    expect((await readdir(join(dir, "out"))).sort()).toEqual(["data.ndjson", "images"]);
    expect(toNdjson([])).toBe("");
  });

  it("reports a missing image with the Markdown file and line", async () => {
    const dir = await folder({
      "themes/wonen.md": theme,
      "toolkit/section-3-4.md": section,
      "toolkit/chapter-3.md": chapter,
    });
    const error = await importError(dir);
    expect(error.location).toMatchObject({ file: "toolkit/section-3-4.md", line: 14, documentId: "section-3-4" });
    expect(error.message).toMatch(/image images\/waarborg.svg not found/);
  });

  it("reports a duplicate _id with both files", async () => {
    const dir = await folder({ "a/wonen.md": theme, "b/wonen.md": theme });
    const error = await importError(dir);
    expect(error.message).toBe(
      "b/wonen.md:2, document theme-wonen: duplicate _id theme-wonen: a/wonen.md:2 has it too",
    );
  });

  it("reports a reference to a missing document", async () => {
    const dir = await folder({
      "toolkit/section-3-4.md": section,
      "images/waarborg.svg": svg,
      "themes/wonen.md": theme,
    });
    const error = await importError(dir);
    expect(error.location).toMatchObject({ file: "toolkit/section-3-4.md", line: 4 });
    expect(error.message).toMatch(/field chapter: ref:chapter-3 points to no document/);
  });

  it("reports a reference to a document of the wrong type", async () => {
    const wrong = section.replace("  - ref:theme-wonen", "  - ref:chapter-3");
    const dir = await folder({
      "toolkit/section-3-4.md": wrong,
      "toolkit/chapter-3.md": chapter,
      "images/waarborg.svg": svg,
    });
    const error = await importError(dir);
    expect(error.location).toMatchObject({ file: "toolkit/section-3-4.md", line: 9 });
    expect(error.message).toMatch(/field themes\[0\]: ref:chapter-3 is a toolkitChapter; it must point to a theme/);
  });

  it("reports an internal link to a type a link cannot point to", async () => {
    const linked = `${section}\nZie [wonen](ref:theme-wonen).\n`;
    const dir = await folder({
      "toolkit/section-3-4.md": linked,
      "toolkit/chapter-3.md": chapter,
      "themes/wonen.md": theme,
      "images/waarborg.svg": svg,
    });
    const error = await importError(dir);
    expect(error.location).toMatchObject({ line: 16 });
    expect(error.message).toMatch(/internal link: ref:theme-wonen is a theme/);
  });

  it("reports a folder that does not exist", async () => {
    await expect(importMarkdownDirectory(join(tmpdir(), "gastvrij-no-such-folder"))).rejects.toThrow(
      /no folder of Markdown files/,
    );
  });
});
