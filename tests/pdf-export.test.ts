/**
 * `gastvrij export-pdf` end to end: the real command on the embedded dataset (when it exists, else on a small
 * generated toolkit), plus a draft and an internal signal carrying marker strings that must never be printed.
 * Text is extracted per page with unpdf and checked against the content the book was made from.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { openContent } from "@gastvrij/content";
import { buildPrintBook, loadPrintToolkit, type PrintBlock } from "@gastvrij/content/print";
import { extractText, getDocumentProxy, getResolvedPDFJS } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const embedded = join(repoRoot, "packages/content/dataset/embedded");
const DRAFT_MARKER = "DRAFTMARKER7319";
const INTERNAL_MARKER = "INTERNALMARKER4821";

type Doc = Record<string, unknown>;
let keyCount = 0;
const block = (text: string, extra: Doc = {}): Doc => ({
  _type: "block",
  _key: `k${++keyCount}`,
  style: "normal",
  markDefs: [],
  children: [{ _type: "span", _key: `s${keyCount}`, text, marks: [] }],
  ...extra,
});
const ref = (id: string) => ({ _type: "reference", _ref: id });
const slug = (current: string) => ({ _type: "slug", current });
const filler = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) =>
    block(
      `${topic}: vrijwilligers en nieuwkomers zoeken samen uit wat nodig is, welke dienst helpt en welke papieren klaar moeten liggen. Alinea ${i + 1}.`,
    ),
  );

/** A small toolkit in Sanity's export format, used when the embedded dataset is not there. */
function fixtureDocuments(): Doc[] {
  const section = (id: string, chapter: string, number: string, title: string, body: Doc[]): Doc => ({
    _id: id,
    _type: "toolkitSection",
    chapter: ref(chapter),
    number,
    title,
    slug: slug(id),
    body,
  });
  return [
    {
      _id: "siteSettings",
      _type: "siteSettings",
      title: "Gastvrij Netwerk",
      description: "Netwerk.",
      organisationName: "Gastvrij Netwerk vzw",
      sampleContentNote: "Dit is voorbeeldinhoud, geen juridisch advies.",
    },
    { _id: "org-gastvrij-netwerk", _type: "organisation", name: "Gastvrij Netwerk", slug: slug("gn"), kind: "partner" },
    {
      _id: "toolkit-edition-2",
      _type: "toolkitEdition",
      title: "Toolkit voor lokale vrijwilligersorganisaties",
      slug: slug("toolkit"),
      editionNumber: 2,
      year: 2019,
      intro: [block("Welkom bij de toolkit.")],
      colophon: [block("Uitgegeven door Gastvrij Netwerk vzw.")],
      disclaimer: "Geen juridisch advies.",
      publisher: ref("org-gastvrij-netwerk"),
      editionHistory: [{ _key: "h1", edition: 2, year: 2019, note: "Tweede editie." }],
    },
    ...[
      ["chapter-1", 1, "Achtergrond"],
      ["chapter-3", 3, "Huiswerk voor vluchteling en vrijwilliger"],
    ].map(([id, number, title]) => ({
      _id: id,
      _type: "toolkitChapter",
      edition: ref("toolkit-edition-2"),
      number,
      title,
      slug: slug(String(id)),
      summary: "Samenvatting.",
    })),
    section("section-1-1", "chapter-1", "1.1", "Mensen op de vlucht centraal", filler("Centraal", 14)),
    section("section-1-2", "chapter-1", "1.2", "Relatie met lokale overheidsdiensten", filler("Diensten", 10)),
    section("section-3-2", "chapter-3", "3.2", "Checklist van het huiswerk na erkenning", [
      block("Wat moet er gebeuren na de erkenning?"),
      {
        _type: "checklist",
        _key: "cl1",
        title: "Na de erkenning",
        items: ["Inschrijving in de gemeente", "Ziekenfonds", "Bankrekening"].map((text, i) => ({
          _type: "checklistItem",
          _key: `ci${i}`,
          text,
        })),
      },
      ...filler("Huiswerk", 6),
    ]),
    section("section-3-4", "chapter-3", "3.4", "Wonen", [
      ...filler("Wonen", 8),
      { _type: "tip", _key: "tip1", title: "Huurwaarborg", body: [block("Vraag naar een OCMW-waarborg.")] },
    ]),
    section("section-3-12", "chapter-3", "3.12", "Budgetbeheer en vaste kosten", [
      {
        ...block("Zie ook wonen."),
        markDefs: [{ _type: "internalLink", _key: "l1", reference: ref("section-3-4") }],
        children: [{ _type: "span", _key: "x1", text: "Zie ook wonen", marks: ["l1"] }],
      },
      {
        _type: "checklist",
        _key: "cl2",
        items: [{ _type: "checklistItem", _key: "b1", text: "Budgetplan gemaakt" }],
      },
      ...filler("Budget", 6),
    ]),
    {
      _id: "supplement-energie-en-water",
      _type: "toolkitSupplement",
      section: ref("section-3-12"),
      title: "Energie en water",
      slug: slug("energie-en-water"),
      body: filler("Energie", 4),
    },
  ];
}

/** Documents that exist in the export but must never reach the PDF. */
function hiddenDocuments(): Doc[] {
  return [
    {
      _id: "drafts.section-3-4",
      _type: "toolkitSection",
      chapter: ref("chapter-3"),
      number: "3.4",
      title: `Wonen ${DRAFT_MARKER}`,
      slug: slug("wonen"),
      body: [block(`Concepttekst ${DRAFT_MARKER}.`)],
    },
    {
      _id: "drafts.section-3-99",
      _type: "toolkitSection",
      chapter: ref("chapter-3"),
      number: "3.99",
      title: `Nieuwe paragraaf ${DRAFT_MARKER}`,
      slug: slug("nieuw"),
      body: [block(`Nog niet klaar ${DRAFT_MARKER}.`)],
    },
    {
      _id: "signal-intern-test",
      _type: "signal",
      title: `Intern signaal ${INTERNAL_MARKER}`,
      slug: slug("intern-test"),
      description: [block(`Interne beschrijving ${INTERNAL_MARKER}.`)],
      region: "vlaanderen",
      observedAt: "2026-01-10",
      status: "received",
      visibility: "internal",
    },
  ];
}

/** The site address the book prints for pages outside it (the export reads it from the environment, as the site). */
const siteUrl = "https://gastvrij.example";
const cli = (args: string[]) =>
  run(process.execPath, ["--import", "tsx", join(repoRoot, "scripts/src/cli.ts"), "export-pdf", ...args], {
    cwd: repoRoot,
    env: { ...process.env, GASTVRIJ_CWD: repoRoot, GASTVRIJ_DATASET: "", GASTVRIJ_SITE_URL: siteUrl },
    timeout: 120_000,
  });

const squash = (s: string) => s.replace(/\s+/g, "");
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * A pattern for `text` that allows any whitespace (line breaks) between its words, and hyphens to go missing (pdf.js
 * drops a hyphen before a space: "school- en" comes out as "school en").
 */
const loose = (s: string) =>
  s
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replaceAll("-", "-?"))
    .join("\\s*");

function countChecklistItems(blocks: PrintBlock[]): number {
  let count = 0;
  for (const b of blocks) {
    if (b.t === "checklist") count += b.items.length;
    else if (b.t === "list") for (const item of b.items) count += countChecklistItems(item);
    else if ("c" in b && Array.isArray(b.c) && b.t !== "p" && b.t !== "h")
      count += countChecklistItems(b.c as PrintBlock[]);
  }
  return count;
}

describe("gastvrij export-pdf", () => {
  let work: string;
  let out: string;
  let pages: string[];
  let bytes: Uint8Array;
  let stdout: string;
  let book: ReturnType<typeof buildPrintBook>["book"];

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "gastvrij-pdf-"));
    const dataset = join(work, "dataset");
    let documents: string;
    if (existsSync(join(embedded, "data.ndjson"))) {
      await cp(embedded, dataset, { recursive: true });
      documents = await readFile(join(dataset, "data.ndjson"), "utf8");
    } else {
      console.warn("embedded dataset not found: printing a generated fixture toolkit instead");
      await mkdir(join(dataset, "images"), { recursive: true });
      documents = `${fixtureDocuments()
        .map((d) => JSON.stringify(d))
        .join("\n")}\n`;
    }
    const withHidden = `${documents.trimEnd()}\n${hiddenDocuments()
      .map((d) => JSON.stringify(d))
      .join("\n")}\n`;
    await writeFile(join(dataset, "data.ndjson"), withHidden);

    out = join(work, "out", "toolkit.pdf");
    ({ stdout } = await cli(["--dataset", dataset, "--out", out]));
    bytes = new Uint8Array(await readFile(out));
    const pdf = await getDocumentProxy(bytes.slice());
    pages = (await extractText(pdf, { mergePages: false })).text;

    // The print tree of the same content, as the command builds it (see `exportToolkitPdf`).
    const { edition, context } = await loadPrintToolkit(await openContent({ dataset }));
    ({ book } = buildPrintBook(edition, context));
  });

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("prints the path of the written file at the end", () => {
    expect(stdout.trim().endsWith(out)).toBe(true);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
  });

  /** Physical page (1-based) where the heading `number title` starts, after the table of contents. */
  const startPage = (number: string, title: string, after: number) => {
    const pattern = new RegExp(`(^|\\n)\\s*${loose(number)}\\s*${loose(title)}\\s*(\\n|$)`);
    const index = pages.findIndex((text, i) => i >= after && pattern.test(text));
    return index + 1;
  };
  /** Physical page (1-based) on which a chapter opens ("HOOFDSTUK 3" above its title). */
  const chapterPage = (number: string, title: string) =>
    pages.findIndex((text) => new RegExp(`^\\s*HOOFDSTUK\\s*${loose(number)}\\s*${loose(title)}\\s*\\n`).test(text)) +
    1;
  /** The page number printed in the footer (the last line of the page). */
  const printedNumber = (page: number) => Number((pages[page - 1] ?? "").trim().split("\n").at(-1));

  it("lists every section in the table of contents with the page on which it really starts", () => {
    const tocStart = pages.findIndex((p) => p.trimStart().startsWith("Inhoud"));
    expect(tocStart).toBeGreaterThan(0);
    const firstChapter = book.chapters[0];
    if (!firstChapter) throw new Error("book has no chapters");
    const bodyStart = chapterPage(firstChapter.number, firstChapter.title);
    expect(bodyStart).toBeGreaterThan(tocStart + 1);
    const toc = pages.slice(tocStart, bodyStart - 1).join("\n");
    let sections = 0;
    for (const chapter of book.chapters) {
      for (const section of chapter.sections) {
        sections += 1;
        const entry = new RegExp(`${loose(section.number)}\\s*${loose(section.title)}[\\s.\\u2060]*(\\d+)`).exec(toc);
        expect(entry, `TOC entry for ${section.number} ${section.title}`).not.toBeNull();
        const start = startPage(section.number, section.title, bodyStart - 1);
        expect(start, `start of ${section.number}`).toBeGreaterThanOrEqual(bodyStart);
        expect(printedNumber(start), `footer on page ${start}`).toBe(start);
        expect(Number(entry?.[1]), `TOC page of ${section.number} ${section.title}`).toBe(start);
      }
    }
    expect(sections).toBeGreaterThan(3);
  });

  it("prints supplements right after the section they belong to", () => {
    for (const chapter of book.chapters) {
      chapter.sections.forEach((section, i) => {
        const next = chapter.sections[i + 1];
        for (const supplement of section.supplements) {
          const all = pages.join("\n");
          const at = all.search(new RegExp(`BIJLAGE\\s*BIJ\\s*${loose(section.number)}\\s*${loose(supplement.title)}`));
          expect(at, supplement.title).toBeGreaterThan(
            all.search(new RegExp(`\\n${loose(section.number)}\\s*${loose(section.title)}`)),
          );
          if (next)
            expect(at).toBeLessThan(all.search(new RegExp(`\\n${loose(next.number)}\\s*${loose(next.title)}\\s*\\n`)));
        }
      });
    }
  });

  it("has the current chapter in the running header", () => {
    const starts = book.chapters.map((c) => ({ chapter: c, page: chapterPage(c.number, c.title) }));
    let checked = 0;
    starts.forEach(({ chapter, page }, i) => {
      const end = starts[i + 1]?.page ?? pages.length + 1;
      for (let p = page + 1; p < end; p += 1) {
        const firstLine = squash((pages[p - 1] ?? "").split("\n")[0] ?? "");
        expect(firstLine, `header on page ${p}`).toContain(squash(`${chapter.number} ${chapter.title}`));
        checked += 1;
      }
      expect(page, `opening page of chapter ${chapter.number}`).toBeGreaterThan(0);
    });
    expect(checked).toBeGreaterThan(0);
  });

  it("draws an empty box for every checklist item", async () => {
    const { OPS } = await getResolvedPDFJS();
    const pdf = await getDocumentProxy(bytes.slice());
    let boxes = 0;
    for (let p = 1; p <= pdf.numPages; p += 1) {
      const ops = await (await pdf.getPage(p)).getOperatorList();
      ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.constructPath) return;
        const [op, , box] = ops.argsArray[i] as [number, unknown, ArrayLike<number> | null];
        if (op !== OPS.stroke || !box) return;
        const width = (box[2] ?? 0) - (box[0] ?? 0);
        const height = (box[3] ?? 0) - (box[1] ?? 0);
        if (Math.abs(width - height) < 0.01 && width > 6 && width < 12) boxes += 1;
      });
    }
    const items = [
      ...book.intro,
      ...book.chapters.flatMap((c) => [
        ...c.body,
        ...c.sections.flatMap((s) => [...s.body, ...s.supplements.flatMap((x) => x.body)]),
      ]),
    ];
    const expected = countChecklistItems(items);
    expect(expected).toBeGreaterThan(0);
    expect(boxes).toBe(expected);
  });

  it("prints the full address of a page outside the book in its footnote, from GASTVRIJ_SITE_URL", () => {
    expect(squash(pages.join("\n"))).toMatch(
      new RegExp(`opdewebsite:${escapeRegExp(siteUrl)}/(agenda|tools|signalen)/`),
    );
  });

  it("prints no draft or internal content", () => {
    const all = pages.join("\n");
    expect(all).not.toContain(DRAFT_MARKER);
    expect(all).not.toContain(INTERNAL_MARKER);
    expect(Buffer.from(bytes).toString("latin1")).not.toContain(DRAFT_MARKER);
  });

  it("leaves the previous PDF intact and exits non-zero with a clear message on failure", async () => {
    const target = join(work, "keep", "toolkit.pdf");
    const broken = join(work, "broken");
    await cp(join(work, "dataset"), broken, { recursive: true });
    await cp(out, target);
    const before = await readFile(target);

    // 1. An edition the content does not have.
    const missing = await cli(["--dataset", join(work, "dataset"), "--edition", "99", "--out", target]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(missing?.code).toBe(1);
    expect(missing?.stderr).toMatch(/^error: .*edition .*99/m);

    // 2. Unreadable export.
    await writeFile(join(broken, "data.ndjson"), '{"_id": "x", "_type": \n');
    const first = await cli(["--dataset", broken, "--out", target]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(first?.code).toBe(1);
    expect(first?.stderr).toMatch(/^error: .*data\.ndjson:1/m);

    // 3. An image Typst cannot decode: the error comes from the compiler and is still readable.
    const docs = fixtureDocuments();
    const section = docs.find((d) => d._id === "section-3-4") as Doc;
    section.body = [
      ...(section.body as Doc[]),
      { _type: "image", _key: "bad", _sanityAsset: "image@file://./images/kapot.png", alt: "Kapot beeld" },
    ];
    await writeFile(join(broken, "data.ndjson"), `${docs.map((d) => JSON.stringify(d)).join("\n")}\n`);
    await mkdir(join(broken, "images"), { recursive: true });
    await writeFile(join(broken, "images", "kapot.png"), "not a png");
    const second = await cli(["--dataset", broken, "--out", target]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(second?.code).toBe(1);
    expect(second?.stderr).toMatch(
      /^error: document section-3-4, field body\[_key=="bad"\]\.asset: Typst could not make the PDF: image cannot be read: /m,
    );

    expect(Buffer.compare(await readFile(target), before)).toBe(0);
    expect(await readdir(dirname(target))).toEqual(["toolkit.pdf"]);
  });
});

/**
 * The embedded toolkit as `gastvrij export-pdf` writes it by default, read as a reader and a typographer would:
 * the standard and title, the bookmarks, Dutch quotes, the colophon, supplements and charts.
 */
describe("gastvrij export-pdf: standards and typography of the embedded toolkit", () => {
  let work: string;
  let bytes: Uint8Array;
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  let pages: string[];
  let book: ReturnType<typeof buildPrintBook>["book"];

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "gastvrij-pdf-typography-"));
    const out = join(work, "toolkit.pdf");
    await cli(["--out", out]);
    bytes = new Uint8Array(await readFile(out));
    pdf = await getDocumentProxy(bytes.slice());
    pages = (await extractText(pdf, { mergePages: false })).text;
    const { edition, context } = await loadPrintToolkit(await openContent({ dataset: embedded }));
    ({ book } = buildPrintBook(edition, context));
  });

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  const count = (text: string, part: string) => squash(text).split(squash(part)).length - 1;

  it("is PDF/UA-1 with its title shown in viewers and a bookmark for the contents", async () => {
    const { metadata, info } = await pdf.getMetadata();
    expect(metadata?.get("pdfuaid:part")).toBe("1");
    expect((info as { Title?: string }).Title).toBe(book.title);
    expect(await pdf.getViewerPreferences()).toMatchObject({ DisplayDocTitle: true });
    const outline = ((await pdf.getOutline()) ?? []) as { title: string }[];
    expect(outline.map((item) => item.title).slice(0, 3)).toEqual(["Colofon", "Inhoud", "Over deze toolkit"]);
  });

  it("writes another standard when --pdf-standard asks for one", async () => {
    const plain = join(work, "plain.pdf");
    await cli(["--out", plain, "--pdf-standard", "a-2b"]);
    const { metadata } = await (await getDocumentProxy(new Uint8Array(await readFile(plain)))).getMetadata();
    expect(metadata?.get("pdfaid:part")).toBe("2");
    expect(metadata?.get("pdfuaid:part") ?? null).toBeNull();
  });

  it("has Dutch quotes in all text: straight quotes only inside printed web addresses", () => {
    const all = pages.join("\n");
    // The content has quotes, apostrophes and the words around them.
    expect(all).toMatch(/“[^”]+”/);
    expect(all).toMatch(/‘[^’]+’/);
    expect(all).toMatch(/\p{L}’\p{L}/u);
    const withoutAddresses = all.replace(/(https?:\/\/|\/)[^\s]*/g, "");
    expect(withoutAddresses.match(/.{0,30}["'].{0,30}/g) ?? []).toEqual([]);
  });

  it("says each thing in the colophon once: the editions, the disclaimer and the sample note", () => {
    const all = pages.join("\n");
    const colophon = pages[1] ?? "";
    expect(colophon.trimStart()).toMatch(/^Colofon/);
    expect(book.editionHistory.length).toBeGreaterThan(1);
    for (const entry of book.editionHistory) {
      if (entry.note) expect(count(all, entry.note), `edition ${entry.edition}`).toBe(1);
    }
    // The first edition's year is named once, in the table; no list of editions besides it.
    expect(count(colophon, "2016")).toBe(1);
    expect(colophon).not.toMatch(/Eerste editie: 2016/);
    if (book.disclaimer) expect(count(all, book.disclaimer)).toBe(1);
    if (book.sampleContentNote) {
      expect(count(all, book.sampleContentNote)).toBe(1);
      expect(count(pages[0] ?? "", book.sampleContentNote)).toBe(1);
    }
    if (book.publisher) expect(count(colophon, book.publisher)).toBe(1);
  });

  it("starts every supplement at the top of a page, never at the foot of one", () => {
    const supplements = book.chapters.flatMap((c) => c.sections.flatMap((s) => s.supplements));
    expect(supplements.length).toBeGreaterThan(0);
    for (const supplement of supplements) {
      const page = pages.findIndex((text) => /\nBIJLAGE BIJ/.test(text) && text.includes(supplement.title));
      expect(page, supplement.title).toBeGreaterThan(2);
      // Under the running head (chapter, book) comes the supplement's heading first.
      const lines = (pages[page] ?? "").split("\n").filter((line) => !line.includes("Toolkit ·"));
      const heading = lines.findIndex((line) => /^BIJLAGE BIJ/.test(line));
      expect(heading, `${supplement.title} on page ${page + 1}`).toBeLessThanOrEqual(1);
    }
  });

  it("sets the charts in the book's sans and prints each chart's caption once", async () => {
    const charts = [
      { label: "Huur: 45%", caption: "Een voorbeeld van een maandbudget" },
      { label: "Gezinshereniging", caption: "De eerste maanden na erkenning" },
    ];
    for (const { label, caption } of charts) {
      const index = pages.findIndex((text) => text.includes(caption));
      expect(index, caption).toBeGreaterThan(0);
      expect(count(pages.join("\n"), caption), caption).toBe(1);
      const page = await pdf.getPage(index + 1);
      const items = (await page.getTextContent()).items as { str: string; fontName: string }[];
      const item = items.find((i) => i.str.trim() === label);
      expect(item, `${label} on page ${index + 1}`).toBeDefined();
      await page.getOperatorList();
      const font = page.commonObjs.get(item?.fontName ?? "") as { name?: string };
      expect(font.name).toMatch(/\+SourceSans3-/);
    }
  });

  it("ends no paragraph on a runt: no line of one word that ends a sentence", () => {
    const runts = pages.flatMap((text) => text.split("\n").filter((line) => /^\s*\p{L}+[.;:!?]\s*$/u.test(line)));
    expect(runts).toEqual([]);
  });
});
