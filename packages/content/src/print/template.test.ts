/**
 * The book template (toolkit.typ) as a reader gets it: small print trees written by hand are compiled with
 * `compileBook` and the PDF is read back with unpdf (text per page, metadata, catalog, outline, page boxes).
 */
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrintBlock, PrintBook, PrintBookChapter, PrintInline } from "./book.js";
import { compileBook } from "./compile.js";

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/** The contract's fields for formats and parts, as book.ts fills them. */
interface TestBook extends Omit<PrintBook, "format" | "part" | "supplement" | "chapters"> {
  format?: "a4" | "a5-booklet";
  part?: { kind: "chapter" | "supplement" | "section"; label: string; title: string };
  supplement?: {
    label: string;
    title: string;
    sample?: true;
    body: PrintBlock[];
    section: { number: string; title: string };
  };
  chapters: PrintBookChapter[];
}

const text = (s: string): PrintInline => ({ t: "text", s });
const p = (s: string): PrintBlock => ({ t: "p", c: [text(s)] });
/** A paragraph of about `words` words of ordinary Dutch text. */
const prose = (topic: string, words = 60): PrintBlock => {
  const sentence =
    "Vrijwilligers en nieuwkomers zoeken samen uit wat nodig is, welke dienst helpt en welke papieren klaar moeten liggen.";
  const parts: string[] = [topic];
  while (parts.join(" ").split(" ").length < words) parts.push(sentence);
  return p(parts.join(" "));
};

const chapter = (number: string, title: string, sections: { number: string; title: string; paras: number }[]) =>
  ({
    label: `doc:chapter-${number}`,
    position: Number(number) - 1,
    number,
    title,
    summary: `Samenvatting van hoofdstuk ${number}.`,
    body: [prose(`Inleiding ${number}.`)],
    sections: sections.map((s) => ({
      label: `doc:section-${s.number}`,
      number: s.number,
      title: s.title,
      body: Array.from({ length: s.paras }, (_, i) => prose(`${s.title} alinea ${i + 1}.`)),
      supplements: [],
    })),
  }) satisfies PrintBookChapter;

function baseBook(extra: Partial<TestBook> = {}): TestBook {
  return {
    title: "Toolkit voor testers",
    subtitle: "Een klein boek om de template te lezen",
    editionNumber: 2,
    editionLabel: "tweede editie",
    year: 2019,
    organisation: "Gastvrij Netwerk vzw",
    publisher: "Gastvrij Netwerk vzw",
    disclaimer: "De teksten zijn geen juridisch advies.",
    editionHistory: [
      { edition: 1, year: 2016, note: "Eerste editie, met steun van het Fonds." },
      { edition: 2, year: 2019, note: "Tweede editie, bijgewerkt." },
    ],
    intro: [prose("Welkom.")],
    colophon: [
      {
        t: "p",
        c: [
          { t: "text", s: "Uitgegeven door " },
          { t: "text", s: "Gastvrij Netwerk vzw", b: true },
        ],
      },
    ],
    date: { year: 2026, month: 3, day: 1 },
    keywords: ["toolkit"],
    description: "Een klein boek",
    chapters: [
      chapter("1", "Achtergrond", [{ number: "1.1", title: "Mensen centraal", paras: 3 }]),
      chapter("2", "Rol", [{ number: "2.1", title: "Beeldvorming", paras: 2 }]),
      chapter("3", "Huiswerk", [
        { number: "3.1", title: "Inleiding", paras: 2 },
        { number: "3.4", title: "Wonen", paras: 4 },
      ]),
    ],
    ...extra,
  };
}

interface ReadPdf {
  pdf: PdfDocument;
  pages: string[];
  bytes: Uint8Array;
}

async function compileAndRead(book: TestBook, options: { pdfStandard?: string } = {}): Promise<ReadPdf> {
  const { pdf: bytes, pages: count } = compileBook(
    { book: book as unknown as PrintBook, files: new Map(), origins: new Map() },
    options,
  );
  const pdf = await getDocumentProxy(bytes.slice());
  const pages = (await extractText(pdf, { mergePages: false })).text;
  expect(pages.length).toBe(count);
  return { pdf, pages, bytes };
}

/** Bookmark titles, depth first. */
async function bookmarks(pdf: PdfDocument): Promise<string[]> {
  type Item = { title: string; items: Item[] };
  const walk = (items: Item[]): string[] => items.flatMap((i) => [i.title, ...walk(i.items)]);
  return walk(((await pdf.getOutline()) ?? []) as Item[]);
}

describe("the book's standards", () => {
  let read: ReadPdf;
  beforeAll(async () => {
    read = await compileAndRead(baseBook());
  });

  it("is PDF/UA-1 by default: declared in the XMP metadata", async () => {
    const { metadata } = await read.pdf.getMetadata();
    expect(metadata?.get("pdfuaid:part")).toBe("1");
  });

  it("shows the title, not the file name, in viewers", async () => {
    expect(await read.pdf.getViewerPreferences()).toMatchObject({ DisplayDocTitle: true });
    const { info } = await read.pdf.getMetadata();
    expect((info as { Title?: string }).Title).toBe("Toolkit voor testers");
  });

  it("has a bookmark for the contents page, before the chapters", async () => {
    const titles = await bookmarks(read.pdf);
    expect(titles.slice(0, 3)).toEqual(["Colofon", "Inhoud", "Over deze toolkit"]);
    expect(titles).toContain("3 Huiswerk");
  });

  it("leaves control characters out of the text instead of refusing the book", async () => {
    const { pages } = await compileAndRead(
      baseBook({ intro: [p("Een\u0008 tekst met\u001b stuurtekens\u0085 erin.")] }),
    );
    expect(pages.join("\n")).toContain("Een tekst met stuurtekens erin.");
  });

  it("names the document, the field and the character when no shipped font has a glyph for it", () => {
    const book = baseBook();
    const section = book.chapters[2]?.sections[1];
    if (!section) throw new Error("no section 3.4");
    section.body = [p("Een hiëroglief 𓂀 in de tekst.")];
    expect(() => compileBook({ book: book as unknown as PrintBook, files: new Map(), origins: new Map() })).toThrow(
      /^document section-3\.4, field body: Typst could not make the PDF: no font of the book has the character "𓂀" \(U\+13080\)/,
    );
  });

  it("writes another standard when asked, or none", async () => {
    const plain = await compileAndRead(baseBook(), { pdfStandard: "1.7" });
    const { metadata } = await plain.pdf.getMetadata();
    expect(metadata?.get("pdfuaid:part") ?? null).toBeNull();
  });
});

/** Points per millimetre. */
const mm = 72 / 25.4;

/** The lines of a page's text, without the running header, the footer's page number and empty lines. */
const bodyLines = (page: string) =>
  page
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !/^\d+$/.test(line) && !line.includes("Toolkit · tweede editie"))
    .filter((line) => !/^\d \S+$/.test(line));

describe("the A5 booklet (format a5-booklet)", () => {
  let booklet: ReadPdf;
  let a4: ReadPdf;
  // The intro is one short page: chapter 1 must skip a page to open on the right-hand side.
  const book = baseBook({
    intro: [prose("Welkom.", 40)],
    chapters: [
      chapter("1", "Achtergrond", [{ number: "1.1", title: "Mensen centraal", paras: 9 }]),
      chapter("2", "Rol", [{ number: "2.1", title: "Beeldvorming", paras: 5 }]),
      chapter("3", "Huiswerk", [{ number: "3.1", title: "Inleiding", paras: 7 }]),
    ],
  });
  beforeAll(async () => {
    booklet = await compileAndRead({ ...book, format: "a5-booklet" });
    a4 = await compileAndRead(book);
  });

  it("has A5 pages with 3 mm bleed on every side: 154 × 216 mm", async () => {
    for (let n = 1; n <= booklet.pdf.numPages; n += 1) {
      const [x0, y0, x1, y1] = (await booklet.pdf.getPage(n)).view;
      expect(((x1 ?? 0) - (x0 ?? 0)) / mm, `width of page ${n}`).toBeCloseTo(154, 1);
      expect(((y1 ?? 0) - (y0 ?? 0)) / mm, `height of page ${n}`).toBeCloseTo(216, 1);
    }
    const [, , width, height] = (await a4.pdf.getPage(1)).view;
    expect((width ?? 0) / mm).toBeCloseTo(210, 1);
    expect((height ?? 0) / mm).toBeCloseTo(297, 1);
  });

  it("opens the contents, the intro and every chapter on a right-hand (odd) page", () => {
    const opening = (pattern: RegExp) => booklet.pages.findIndex((text) => pattern.test(text.trimStart())) + 1;
    const openings = [
      opening(/^Inhoud/),
      opening(/^Over deze toolkit/),
      opening(/^HOOFDSTUK 1\s+Achtergrond/),
      opening(/^HOOFDSTUK 2\s+Rol/),
      opening(/^HOOFDSTUK 3\s+Huiswerk/),
    ];
    expect(openings.every((page) => page > 1)).toBe(true);
    expect(openings.map((page) => page % 2)).toEqual([1, 1, 1, 1, 1]);
  });

  it("leaves the page before such an opening bare when it has to skip one: no running head, no page number", () => {
    const empty = booklet.pages.flatMap((text, i) => (text.trim() === "" ? [i + 1] : []));
    expect(empty.length).toBeGreaterThan(0);
    for (const page of empty) {
      expect(page % 2, `empty page ${page}`).toBe(0);
      expect(booklet.pages[page]?.trimStart() ?? "").toMatch(/^(Inhoud|Over deze toolkit|HOOFDSTUK)/);
    }
    // The A4 reading copy skips no page.
    expect(a4.pages.filter((text) => text.trim() === "")).toEqual([]);
  });

  it("skips a bare page after a colophon of two pages, so the contents still opens on the right", async () => {
    const long = await compileAndRead({
      ...book,
      format: "a5-booklet",
      colophon: Array.from({ length: 9 }, (_, i) => prose(`Colofon ${i + 1}.`, 70)),
    });
    expect(long.pages[2]).toMatch(/Colofon 9\./);
    expect(long.pages[3]?.trim()).toBe("");
    expect(long.pages[4]?.trimStart()).toMatch(/^Inhoud/);
  });

  it("numbers the pages and mirrors the running head", () => {
    const chapterPages = booklet.pages
      .map((text, i) => ({ text, page: i + 1 }))
      .filter(({ text }) => text.includes("Toolkit · tweede editie"));
    expect(chapterPages.length).toBeGreaterThan(2);
    for (const { text, page } of chapterPages) {
      const first = text.split("\n")[0] ?? "";
      // Left-hand pages name the book first, right-hand pages the chapter.
      if (page % 2 === 0) expect(first, `head of page ${page}`).toMatch(/^Toolkit · tweede editie/);
      else expect(first, `head of page ${page}`).toMatch(/^\d /);
      expect(text.trim().split("\n").at(-1)).toBe(String(page));
    }
  });
});

describe("part PDFs", () => {
  const fullChapter3 = baseBook().chapters[2] as PrintBookChapter;

  it("a chapter: the toolkit's title and the part's line on the cover, no intro, contents and bookmarks", async () => {
    const { pages, pdf } = await compileAndRead(
      baseBook({
        part: { kind: "chapter", label: "Hoofdstuk 3", title: "Huiswerk" },
        intro: [],
        chapters: [fullChapter3],
      }),
    );
    expect(pages[0]).toMatch(/Toolkit voor testers\s+HOOFDSTUK 3\s+Huiswerk/);
    expect(pages.join("\n")).not.toContain("Over deze toolkit");
    // The title viewers show says which part this is.
    expect(((await pdf.getMetadata()).info as { Title?: string }).Title).toBe(
      "Hoofdstuk 3: Huiswerk – Toolkit voor testers",
    );
    expect(await bookmarks(pdf)).toEqual(["Colofon", "Inhoud", "3 Huiswerk", "3.1 Inleiding", "3.4 Wonen"]);
  });

  it("a section: its heading first, without the chapter's heading, summary or contents", async () => {
    const { pages, pdf } = await compileAndRead(
      baseBook({
        part: { kind: "section", label: "3.4", title: "Wonen" },
        intro: [],
        chapters: [{ ...fullChapter3, body: [], sections: fullChapter3.sections.slice(1) }],
      }),
    );
    expect(pages[0]).toMatch(/Toolkit voor testers\s+3\.4\s+Wonen/);
    expect(pages[2]?.trimStart()).toMatch(/^3\.4 Wonen\nWonen alinea 1\./);
    const all = pages.join("\n");
    expect(all).not.toContain("HOOFDSTUK");
    expect(all).not.toContain("Samenvatting van hoofdstuk 3");
    expect(await bookmarks(pdf)).toEqual(["Colofon", "3.4 Wonen"]);
  });

  it("a supplement: one heading 'Bijlage bij 3.12 · section' over its title, then its text", async () => {
    const { pages, pdf } = await compileAndRead(
      baseBook({
        part: { kind: "supplement", label: "Bijlage bij 3.12", title: "Energie en water" },
        intro: [],
        chapters: [],
        supplement: {
          label: "doc:supplement-energie",
          title: "Energie en water",
          body: [prose("Energie alinea.")],
          section: { number: "3.12", title: "Budgetbeheer" },
        },
      }),
    );
    expect(pages[0]).toMatch(/Toolkit voor testers\s+BIJLAGE BIJ 3\.12\s+Energie en water/);
    expect(pages[2]?.trimStart()).toMatch(/^BIJLAGE BIJ 3\.12 · BUDGETBEHEER\nEnergie en water\nEnergie alinea\./);
    expect(await bookmarks(pdf)).toEqual(["Colofon", "Bijlage bij 3.12 Energie en water"]);
  });

  it("names the part a cross-reference into another part points to, without page number or link", async () => {
    const chapter = chapter3With([
      {
        t: "p",
        c: [
          text("Lees over "),
          { t: "xref", ref: "3.4", part: "Hoofdstuk 3", c: [text("wonen")] } as unknown as PrintInline,
          text(" en verder. Zie ook de rol (zie "),
          {
            t: "xref",
            ref: "2.1",
            part: "Hoofdstuk 2",
            bare: true,
            c: [text("beeldvorming")],
          } as unknown as PrintInline,
          text(")."),
        ],
      },
    ]);
    const { pages, pdf } = await compileAndRead(
      baseBook({ part: { kind: "chapter", label: "Hoofdstuk 3", title: "Huiswerk" }, intro: [], chapters: [chapter] }),
    );
    const all = pages.join("\n").replace(/\s+/g, " ");
    expect(all).toContain("Lees over wonen (zie 3.4 in Hoofdstuk 3) en verder.");
    expect(all).toContain("Zie ook de rol (zie beeldvorming, 2.1 in Hoofdstuk 2).");
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const links = (await (await pdf.getPage(n)).getAnnotations()).filter(
        (a: { subtype?: string }) => a.subtype === "Link",
      );
      // The contents' entries link to their pages; the body page with the references has no link.
      if ((pages[n - 1] ?? "").includes("Lees over wonen")) expect(links).toEqual([]);
    }
  });

  function chapter3With(body: PrintBlock[]): PrintBookChapter {
    return { ...fullChapter3, body };
  }
});

describe("typography", () => {
  it("never ends a paragraph or list item on a line with one word or the end of a hyphenated word", async () => {
    // Paragraphs of every length from 12 to 60 words ending in long words: without care some end on a runt.
    const words = "de vrijwilligers helpen nieuwkomers met afspraken formulieren verzekeringen en vragen".split(" ");
    const paragraph = (n: number) =>
      `Alinea ${n}: ${Array.from({ length: n }, (_, i) => words[i % words.length]).join(" ")} verzekeringsmaatschappijen.`;
    const body: PrintBlock[] = [];
    for (let n = 12; n <= 60; n += 1) body.push(p(paragraph(n)));
    body.push({ t: "list", ordered: false, items: [12, 17, 23, 29].map((n) => [p(paragraph(n))]) });
    const { pages } = await compileAndRead(baseBook({ intro: [], chapters: [chapter3With(body)] }));
    const lines = pages.flatMap(bodyLines);
    expect(lines.filter((line) => line.includes("verzekeringsmaatschappijen.")).length).toBe(49 + 4);
    const runts = lines.filter((line) => /^[^\s]+[.;:!?]$/.test(line));
    expect(runts).toEqual([]);
    function chapter3With(b: PrintBlock[]) {
      return { ...chapter("3", "Huiswerk", []), body: b };
    }
  });

  it("leaves no widow or orphan: a paragraph split over two pages keeps two lines on each", async () => {
    // Long paragraphs of different lengths, so that page breaks fall at every line of a paragraph.
    const filler =
      "Vrijwilligers en nieuwkomers zoeken samen uit wat nodig is, welke dienst helpt en welke papieren klaar moeten liggen.";
    const body: PrintBlock[] = Array.from({ length: 60 }, (_, i) =>
      p(`Begin${i} ${Array.from({ length: 3 + (i % 7) }, () => filler).join(" ")} Einde${i}.`),
    );
    const { pages } = await compileAndRead(
      baseBook({ intro: [], chapters: [{ ...chapter("1", "Achtergrond", []), summary: undefined, body }] }),
    );
    const perPage = pages.map(bodyLines);
    let split = 0;
    for (let i = 0; i < body.length; i += 1) {
      const start = perPage.findIndex((lines) => lines.some((line) => line.includes(`Begin${i} `)));
      const end = perPage.findIndex((lines) => lines.some((line) => line.includes(`Einde${i}.`)));
      expect(start, `paragraph ${i}`).toBeGreaterThan(0);
      if (start === end) continue;
      split += 1;
      expect(end, `paragraph ${i} runs over one page break`).toBe(start + 1);
      const first = perPage[start] ?? [];
      const last = perPage[end] ?? [];
      const before = first.length - first.findIndex((line) => line.includes(`Begin${i} `));
      const after = last.findIndex((line) => line.includes(`Einde${i}.`)) + 1;
      expect(before, `lines of paragraph ${i} at the foot of page ${start + 1}`).toBeGreaterThanOrEqual(2);
      expect(after, `lines of paragraph ${i} at the top of page ${end + 1}`).toBeGreaterThanOrEqual(2);
    }
    expect(split).toBeGreaterThan(5);
  });
});

describe("the colophon", () => {
  const count = (text: string, part: string) => text.replace(/\s+/g, " ").split(part).length - 1;

  it("says each thing once: publisher, editions, the sample mark's meaning, the disclaimer; the site's note on the cover", async () => {
    const meaning = "Delen met het label Voorbeeld zijn verzonnen.";
    const note = "Dit is een demonstratie.";
    const { pages } = await compileAndRead(
      baseBook({
        sampleContentNote: note,
        sampleMark: { label: "Voorbeeld", text: "verzonnen.", meaning },
      }),
    );
    const all = pages.join("\n");
    const colophon = (pages[1] ?? "").replace(/\s+/g, " ");
    expect(colophon).toMatch(/^Colofon/);
    // The colophon's text names the publisher: no second "Uitgever:" line.
    expect(count(colophon, "Gastvrij Netwerk vzw")).toBe(1);
    expect(colophon).not.toContain("Uitgever:");
    for (const edition of ["Eerste editie, met steun van het Fonds.", "Tweede editie, bijgewerkt."]) {
      expect(count(all, edition), edition).toBe(1);
    }
    expect(count(all, meaning)).toBe(1);
    expect(count(colophon, "De teksten zijn geen juridisch advies.")).toBe(1);
    expect(count(all, "De teksten zijn geen juridisch advies.")).toBe(1);
    expect(count(pages[0] ?? "", note)).toBe(1);
    expect(count(all, note)).toBe(1);
  });

  it("names the publisher when the colophon's text does not", async () => {
    const { pages } = await compileAndRead(baseBook({ colophon: [p("Met dank aan alle vrijwilligers.")] }));
    expect((pages[1] ?? "").replace(/\s+/g, " ")).toContain("Uitgever: Gastvrij Netwerk vzw");
  });
});
