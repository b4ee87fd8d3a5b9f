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

  it("writes another standard when asked, or none", async () => {
    const plain = await compileAndRead(baseBook(), { pdfStandard: "1.7" });
    const { metadata } = await plain.pdf.getMetadata();
    expect(metadata?.get("pdfuaid:part") ?? null).toBeNull();
  });
});
