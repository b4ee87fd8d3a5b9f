/**
 * `gastvrij export-pdf --all` on the embedded dataset: the whole book and each chapter and supplement, as A4 and as
 * imposed A5 booklet, read back with unpdf (pages, bookmarks, text and its position on the sheet) and pdf-lib (the
 * print boxes). Also `--part`, and a failure that leaves the folder as it was.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openContent } from "@gastvrij/content";
import {
  bookletGeometry,
  buildPrintBook,
  listPrintParts,
  loadPrintToolkit,
  type PrintBlock,
  type PrintInline,
  type PrintToolkit,
} from "@gastvrij/content/print";
import { embeddedDatasetPath } from "@gastvrij/content/sources";
import { PDFDocument } from "pdf-lib";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, stackTrace } from "./hostile/cli.js";

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;
type OutlineItem = { title: string; items?: OutlineItem[] };

const mm = (value: number) => (value * 72) / 25.4;
const squash = (s: string) => s.replace(/[\s\u00a0]+/g, " ");
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** `text` with any whitespace between words and a hyphen at a line end allowed anywhere inside a word. */
const loose = (s: string) =>
  s
    .trim()
    .split(/\s+/)
    .map((word) => [...word].map(escapeRegExp).join("(?:-\\s*)?"))
    .join("[\\s\\u00a0]*");

async function open(file: string): Promise<PdfDocument> {
  return getDocumentProxy(new Uint8Array(await readFile(file)));
}
async function outlineTitles(pdf: PdfDocument): Promise<string[]> {
  const flat = (items: OutlineItem[]): string[] => items.flatMap((i) => [squash(i.title), ...flat(i.items ?? [])]);
  return flat(((await pdf.getOutline()) ?? []) as OutlineItem[]);
}
async function pageTexts(pdf: PdfDocument): Promise<string[]> {
  return (await extractText(pdf, { mergePages: false })).text;
}

/** Cross-references of a print tree into other parts. */
function partRefs(blocks: PrintBlock[]): Extract<PrintInline, { part: string }>[] {
  return blocks.flatMap((block): Extract<PrintInline, { part: string }>[] => {
    if (block.t === "p" || block.t === "h")
      return block.c.filter((x): x is Extract<PrintInline, { part: string }> => x.t === "xref" && "part" in x);
    if (block.t === "list") return block.items.flatMap(partRefs);
    if (block.t === "quote" || block.t === "tip" || block.t === "example" || block.t === "callout")
      return partRefs(block.c);
    return [];
  });
}

describe("gastvrij export-pdf --all: the parts and the A5 booklet", () => {
  let work: string;
  let out: string;
  let stdout: string;
  let toolkit: PrintToolkit;
  const file = (name: string) => join(out, name);

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "gastvrij-pdf-parts-"));
    out = join(work, "toolkit");
    const result = await runCli(["export-pdf", "--all", "--out-dir", out], {
      GASTVRIJ_SITE_URL: "https://gastvrij.example",
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    stdout = result.stdout;
    toolkit = await loadPrintToolkit(await openContent());
  }, 180_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("writes the whole book and each chapter and supplement, A4 then A5 booklet, and lists them", async () => {
    const parts = listPrintParts(toolkit.edition);
    expect(parts.map((part) => part.kind)).toEqual(expect.arrayContaining(["chapter", "supplement"]));
    const names = (["a4", "a5-booklet"] as const).flatMap((format) => [
      format === "a4" ? "gastvrij-netwerk-toolkit.pdf" : "gastvrij-netwerk-toolkit-a5-boekje.pdf",
      ...parts.map((part) => part.fileName(format)),
    ]);
    expect(names).toContain("gastvrij-netwerk-toolkit-hoofdstuk-3.pdf");
    expect(names).toContain("gastvrij-netwerk-toolkit-hoofdstuk-3-a5-boekje.pdf");
    expect(names.filter((name) => name.startsWith("gastvrij-netwerk-toolkit-bijlage-3-12-"))).toHaveLength(2);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(
      new RegExp(`^${names.length} toolkit PDFs written \\([\\d.]+ s\\) into ${escapeRegExp(out)}:$`),
    );
    expect(lines.slice(1).map((line) => line.trim().replace(/ \(.*\)$/, ""))).toEqual(names.map(file));
    // Only the files: no temporary file left behind.
    expect((await readdir(out)).sort()).toEqual([...names].sort());
  });

  it("gives each A4 part its own cover line, page count and bookmarks, and only what the part holds", async () => {
    const lines = stdout.split("\n");
    for (const part of listPrintParts(toolkit.edition)) {
      const pdf = await open(file(part.fileName()));
      const reported = lines.find((line) => line.includes(`/${part.fileName()} (`));
      expect(reported, part.id).toContain(`(${pdf.numPages} pages)`);
      const pages = await pageTexts(pdf);
      // The cover: the toolkit's title, then the part's line over its title.
      expect(squash(pages[0] ?? ""), part.id).toMatch(
        new RegExp(`${loose(part.label.toUpperCase())}[\\s\\u00a0]*${loose(part.title)}`),
      );
      const titles = await outlineTitles(pdf);
      expect(titles, part.id).toContain("Colofon");
      if (part.kind === "chapter") {
        const chapter = toolkit.edition.chapters.find((c) => c._id === part.documentId);
        if (!chapter) throw new Error(part.id);
        const sections = chapter.sections.map((section) => `${section.number} ${section.title}`);
        expect(titles, part.id).toEqual(expect.arrayContaining([`${chapter.number} ${chapter.title}`, ...sections]));
        // No other chapter's sections.
        const others = toolkit.edition.chapters.filter((c) => c !== chapter).flatMap((c) => c.sections);
        for (const section of others) expect(titles).not.toContain(`${section.number} ${section.title}`);
        expect(pdf.numPages).toBeLessThan((await open(file("gastvrij-netwerk-toolkit.pdf"))).numPages);
      } else {
        expect(
          titles.some((title) => title.includes(part.title)),
          part.id,
        ).toBe(true);
        expect(pdf.numPages).toBeLessThanOrEqual(6);
      }
    }
  });

  it("names the other part a reference points into: 'zie 3.x in Hoofdstuk 3', without a page number", async () => {
    const { edition, context } = toolkit;
    let checked = 0;
    for (const chapter of edition.chapters) {
      const { book } = buildPrintBook(edition, context, { part: String(chapter.number) });
      const refs = book.chapters.flatMap((c) => [...partRefs(c.body), ...c.sections.flatMap((s) => partRefs(s.body))]);
      if (refs.length === 0) continue;
      const text = squash(
        (await pageTexts(await open(file(`gastvrij-netwerk-toolkit-hoofdstuk-${chapter.number}.pdf`)))).join(" "),
      );
      for (const ref of refs) {
        const printed = new RegExp(
          `(\\(zie|,)[\\s\\u00a0]*${loose(ref.ref)}[\\s\\u00a0]*in[\\s\\u00a0]*${loose(ref.part)}[)]`,
        );
        expect(text, `${ref.ref} in ${ref.part} from chapter ${chapter.number}`).toMatch(printed);
        expect(text).not.toMatch(
          new RegExp(`${loose(ref.ref)}[\\s\\u00a0]*in[\\s\\u00a0]*${loose(ref.part)},[\\s\\u00a0]*p\\.`),
        );
        checked += 1;
      }
    }
    // The embedded toolkit refers across chapters (1 → 3.6, 2 → 1.2, 3 → 2.3, …).
    expect(checked).toBeGreaterThan(2);
    expect(squash((await pageTexts(await open(file("gastvrij-netwerk-toolkit-hoofdstuk-1.pdf")))).join(" "))).toMatch(
      /zie 3\.\d+ in Hoofdstuk 3\)/,
    );
  });

  it("imposes each A5 booklet on sheets with trim and bleed boxes, a multiple of 4 pages in saddle-stitch order", async () => {
    const { page, bleed, slug } = bookletGeometry;
    const round = (box: { x: number; y: number; width: number; height: number }) =>
      [box.x, box.y, box.width, box.height].map((value) => Math.round(value / mm(1)));
    const lines = stdout.split("\n");
    const booklets = (await readdir(out)).filter((name) => name.endsWith("-a5-boekje.pdf"));
    expect(booklets.length).toBe(1 + listPrintParts(toolkit.edition).length);
    for (const name of booklets) {
      const doc = await PDFDocument.load(await readFile(file(name)));
      const sides = doc.getPageCount();
      const reported = /A5 booklet, (\d+) pages on (\d+) sheets?\b/.exec(
        lines.find((line) => line.includes(`/${name} (`)) ?? "",
      );
      expect(reported, name).not.toBeNull();
      expect(Number(reported?.[1]) % 4, name).toBe(0);
      expect(Number(reported?.[2]) * 2, name).toBe(sides);
      expect(Number(reported?.[1]), name).toBe(sides * 2);
      for (const sheet of doc.getPages()) {
        expect(round(sheet.getTrimBox()), name).toEqual([slug, slug, 2 * page.width, page.height]);
        expect(round(sheet.getBleedBox()), name).toEqual([
          slug - bleed,
          slug - bleed,
          2 * page.width + 2 * bleed,
          page.height + 2 * bleed,
        ]);
      }
    }

    // The whole booklet: sheet 1's front has the last page left and the cover right; its back the colophon (page 2)
    // on the left.
    const pdf = await open(file("gastvrij-netwerk-toolkit-a5-boekje.pdf"));
    const spine = mm(slug + page.width);
    const halves = async (side: number) => {
      const content = await (await pdf.getPage(side)).getTextContent();
      const left: string[] = [];
      const right: string[] = [];
      for (const item of content.items) {
        if ("str" in item) ((item.transform[4] as number) < spine ? left : right).push(item.str);
      }
      return { left: squash(left.join(" ")), right: squash(right.join(" ")) };
    };
    const front = await halves(1);
    expect(front.right).toContain(squash(toolkit.edition.title).split(" ").slice(0, 3).join(" "));
    expect(front.left).not.toContain("Colofon");
    const back = await halves(2);
    expect(back.left).toMatch(/^Colofon/);
    expect(back.right).not.toContain("Colofon");
  });

  it("writes one part with --part, in either format, named after it", async () => {
    const single = join(work, "single");
    const a4 = await runCli(["export-pdf", "--part", "3.12", "--out", join(single, "paragraaf.pdf")]);
    expect(a4.code).toBe(0);
    expect(a4.stdout).toMatch(/^3\.12\. .+ PDF written \(\d+ pages, [\d.]+ s\): .*paragraaf\.pdf$/m);
    const titles = await outlineTitles(await open(join(single, "paragraaf.pdf")));
    expect(titles.some((title) => title.startsWith("3.12 "))).toBe(true);
    expect(titles.some((title) => /^3\.(4|5|6) /.test(title))).toBe(false);

    const booklet = await runCli([
      "export-pdf",
      "--part",
      "1",
      "--format",
      "a5-booklet",
      "--out",
      join(single, "h1.pdf"),
    ]);
    expect(booklet.code).toBe(0);
    expect(booklet.stdout).toMatch(/^Hoofdstuk 1\. .+ PDF written \(A5 booklet, \d+ pages on \d+ sheets?, [\d.]+ s\)/m);

    const unknown = await runCli(["export-pdf", "--part", "9", "--out", join(single, "x.pdf")]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^error: no part "9" in toolkit edition \d+: give a chapter number \(1, 2, 3\)/m);
    expect(unknown.stderr).not.toMatch(stackTrace);
    const format = await runCli(["export-pdf", "--format", "a3"]);
    expect(format.code).toBe(1);
    expect(format.stderr).toMatch(/^error: --format expects a4 or a5-booklet, not "a3"/m);
  });

  it("writes only the format --format names with --all", async () => {
    const onlyA4 = join(work, "only-a4");
    const result = await runCli(["export-pdf", "--all", "--format", "a4", "--out-dir", onlyA4]);
    expect(result.code).toBe(0);
    const names = (await readdir(onlyA4)).sort();
    expect(names).toContain("gastvrij-netwerk-toolkit.pdf");
    expect(names).toContain("gastvrij-netwerk-toolkit-hoofdstuk-3.pdf");
    expect(names.filter((name) => name.includes("a5-boekje"))).toEqual([]);
    expect(names).toEqual((await readdir(out)).filter((name) => !name.includes("a5-boekje")).sort());
  });

  it("leaves every file in the folder as it was when one PDF cannot be made", async () => {
    const dataset = join(work, "broken");
    await cp(embeddedDatasetPath, dataset, { recursive: true });
    const documents = (await readFile(join(dataset, "data.ndjson"), "utf8")).trimEnd().split("\n");
    const broken = documents.map((line) => {
      const doc = JSON.parse(line) as Record<string, unknown>;
      if (doc._type !== "toolkitSupplement") return line;
      // A block type the printer does not know: the first file already fails, no file is written.
      return JSON.stringify({ ...doc, body: [...(doc.body as unknown[]), { _type: "mystery", _key: "m1" }] });
    });
    await writeFile(join(dataset, "data.ndjson"), `${broken.join("\n")}\n`);
    const before = await Promise.all(
      (await readdir(out)).sort().map(async (name) => [name, await readFile(file(name))]),
    );
    const result = await runCli(["export-pdf", "--all", "--out-dir", out, "--dataset", dataset]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^error: document supplement-[a-z0-9-]+, field body\[_key=="m1"\]: block type "mystery" cannot be printed$/m,
    );
    const after = await Promise.all(
      (await readdir(out)).sort().map(async (name) => [name, await readFile(file(name))]),
    );
    expect(after).toEqual(before);
  });
});
