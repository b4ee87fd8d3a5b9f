import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureToolkit, hostileStrings, paragraph, span } from "../../test/print-fixture.js";
import { ContentError } from "../errors.js";
import {
  buildPrintBook,
  editionLabel,
  type PrintBlock,
  type PrintOptions,
  printedDocuments,
  printSampleMark as sampleMark,
  toPrintBlocks,
} from "./book.js";
import { compileBook } from "./compile.js";
import { dutchQuotes } from "./quotes.js";

const { edition, context } = fixtureToolkit();
/** The ids the fixture prints (cross-references point inside). */
const inBook = new Set([...printedDocuments(edition)].slice(1).map(({ id }) => id));
const print = (blocks: unknown[], options: PrintOptions & { documentId?: string } = {}) =>
  toPrintBlocks(blocks, context, { inBook, ...options });
/** Lays out the fixture (hostile strings everywhere) with Typst. */
const printed = (options: PrintOptions & { pdfStandard?: string } = {}) => {
  const hostile = fixtureToolkit({ hostile: true });
  return compileBook(buildPrintBook(hostile.edition, hostile.context, options), options);
};

type PDFDocumentProxy = Awaited<ReturnType<typeof getDocumentProxy>>;

describe("Portable Text to print tree", () => {
  it("nests lists by level and keeps ordered and bullet lists apart", () => {
    const { blocks } = print([
      paragraph("a", { listItem: "bullet", level: 1 }),
      paragraph("a.1", { listItem: "bullet", level: 2 }),
      paragraph("b", { listItem: "bullet", level: 1 }),
      paragraph("1", { listItem: "number", level: 1 }),
    ]);
    expect(blocks).toEqual([
      {
        t: "list",
        ordered: false,
        items: [
          [
            { t: "p", c: [{ t: "text", s: "a" }] },
            { t: "list", ordered: false, items: [[{ t: "p", c: [{ t: "text", s: "a.1" }] }]] },
          ],
          [{ t: "p", c: [{ t: "text", s: "b" }] }],
        ],
      },
      { t: "list", ordered: true, items: [[{ t: "p", c: [{ t: "text", s: "1" }] }]] },
    ]);
  });

  it("maps styles, marks, and merges runs with the same marks", () => {
    const { blocks } = print([
      { ...paragraph("Kop"), style: "h2" },
      { ...paragraph("Citaat"), style: "blockquote" },
      paragraph([span("vet", ["strong"]), span(" en ", []), span("schuin", ["em"]), span(" ook", ["em"])]),
    ]);
    expect(blocks).toEqual([
      { t: "h", level: 1, c: [{ t: "text", s: "Kop" }] },
      { t: "quote", c: [{ t: "p", c: [{ t: "text", s: "Citaat" }] }] },
      {
        t: "p",
        c: [
          { t: "text", s: "vet", b: true },
          { t: "text", s: " en " },
          { t: "text", s: "schuin ook", i: true },
        ],
      },
    ]);
  });

  it("turns links into external links, cross-references and website notes; drops unsafe URLs", () => {
    const budget = (edition.chapters[1]?.sections[1]?.body ?? []) as Record<string, unknown>[];
    const linkBlock = budget.find((b) => Array.isArray(b.markDefs) && (b.markDefs as unknown[]).length > 0);
    if (!linkBlock) throw new Error("fixture has no link block");
    const [p] = print([linkBlock]).blocks as [PrintBlock & { t: "p" }];
    const kinds = p.c.map((x) => (x.t === "text" ? x.s : x));
    expect(kinds).toContainEqual({ t: "link", url: "https://www.vdab.be/", c: [{ t: "text", s: "VDAB" }] });
    expect(kinds).toContainEqual({
      t: "xref",
      label: "doc:section-3-4",
      ref: "3.4",
      c: [{ t: "text", s: "over wonen", i: true }],
    });
    expect(kinds).toContainEqual({
      t: "xref",
      label: "doc:supplement-energie-en-water",
      ref: "bijlage ‘Energie en water’",
      c: [{ t: "text", s: "energie en water" }],
    });
    expect(kinds).toContainEqual({
      t: "webref",
      note: "Tool ‘Budgetplanner’ op de website",
      path: "/tools/budgetplanner/",
      c: [{ t: "text", s: "budgetplanner" }],
    });
    // javascript: is not a link; its text stays.
    expect(JSON.stringify(p)).not.toContain("javascript");
    expect(kinds).toContain(" en negeer deze link.");
  });

  it("does not add a second pair of parentheses around a reference inside parentheses", () => {
    const block = {
      ...paragraph([span("(lees "), span("wonen", ["w"]), span(") en "), span("wonen", ["w"])]),
      markDefs: [{ _type: "internalLink", _key: "w", reference: { _type: "reference", _ref: "section-3-4" } }],
    };
    const [p] = print([block]).blocks as [PrintBlock & { t: "p" }];
    expect(p.c.map((x) => (x.t === "xref" ? Boolean(x.bare) : x.t))).toEqual(["text", true, "text", false]);
  });

  it("prints links to pages outside the book with the site address when a site URL is given", () => {
    const block = {
      ...paragraph([span("planner", ["t"])]),
      markDefs: [{ _type: "internalLink", _key: "t", reference: { _type: "reference", _ref: "tool-budgetplanner" } }],
    };
    const { blocks } = print([block], { siteUrl: "https://example.be/" });
    expect(blocks[0]).toEqual({
      t: "p",
      c: [
        {
          t: "webref",
          note: "Tool ‘Budgetplanner’ op de website",
          path: "/tools/budgetplanner/",
          url: "https://example.be/tools/budgetplanner/",
          c: [{ t: "text", s: "planner" }],
        },
      ],
    });
  });

  it("keeps checklists, tips, practice examples (with the organisation's name), callouts and images", () => {
    const { book, files } = buildPrintBook(edition, context);
    const body = book.chapters[1]?.sections[1]?.body ?? [];
    const types = body.map((b) => b.t);
    expect(types).toEqual(expect.arrayContaining(["checklist", "tip", "example", "callout", "image"]));
    expect(body.find((b) => b.t === "checklist")).toMatchObject({
      title: "Budget in orde",
      items: [
        { text: "Rekeningnummer doorgegeven aan het OCMW" },
        { text: "Domiciliëring voor huur en energie", note: "Vraag een kopie." },
        { text: "Budgetplan samen gemaakt" },
      ],
    });
    expect(body.find((b) => b.t === "example")).toMatchObject({ organisation: "Buren zonder Grenzen Gent" });
    expect(body.find((b) => b.t === "image")).toEqual({
      t: "image",
      src: "/assets/image-1.svg",
      alt: "Schema van een maandbudget",
      caption: "Een maandbudget in drie stappen",
    });
    expect([...files.keys()]).toEqual(["/assets/image-1.svg"]);
    expect(book.chapters[1]?.sections[1]?.supplements.map((s) => s.title)).toEqual(["Energie en water"]);
  });

  it("names document and field for content it cannot print", () => {
    const bad = (blocks: Record<string, unknown>[]) => () => print(blocks, { documentId: "section-3-12" });
    expect(bad([{ _type: "mystery", _key: "x" }])).toThrow(ContentError);
    expect(bad([{ _type: "mystery", _key: "x" }])).toThrow(
      /document section-3-12, field body\[_key=="x"\]: block type/,
    );
    expect(bad([{ _type: "image", _key: "i", asset: { _ref: "image-budget-240x90-svg" } }])).toThrow(/alt text/);
    expect(bad([{ _type: "image", _key: "i", alt: "x", asset: { _ref: "image-missing" } }])).toThrow(/not found/);
    expect(bad([paragraph("ok"), null as unknown as Record<string, unknown>])).toThrow(
      /document section-3-12, field body\[1\]: Portable Text entry is null/,
    );
  });

  it("leaves out children, annotations and checklist items that are not objects", () => {
    const messy = { ...paragraph("tekst"), children: [null, span("tekst"), 3], markDefs: [null, "x"] };
    const checklist = { _type: "checklist", _key: "c", items: [null, { _key: "i", text: "punt" }] };
    expect(print([messy, checklist]).blocks).toEqual([
      { t: "p", c: [{ t: "text", s: "tekst" }] },
      { t: "checklist", items: [{ text: "punt" }] },
    ]);
  });

  it("refuses a field with more text than can be printed, by document and field", () => {
    const chapter = edition.chapters[0];
    const section = chapter?.sections[0];
    if (!chapter || !section) throw new Error("fixture has no section");
    const body = [paragraph("woord ".repeat(200_000))] as unknown as typeof section.body;
    const huge = { ...edition, chapters: [{ ...chapter, sections: [{ ...section, body }] }] };
    expect(() => buildPrintBook(huge, context)).toThrow(
      new RegExp(`^document ${section._id}, field body: too much text to print in one field`),
    );
    expect(() => buildPrintBook({ ...edition, title: "x".repeat(1_000_001) }, context)).toThrow(
      /field title: too much text/,
    );
  });

  it("prints the words of a link to an unpublished or internal document, without the link", () => {
    const dangling = {
      ...paragraph([span("zie het signaal", ["d"])]),
      markDefs: [{ _type: "internalLink", _key: "d", reference: { _ref: "signal-intern" } }],
    };
    expect(print([dangling]).blocks).toEqual([{ t: "p", c: [{ t: "text", s: "zie het signaal" }] }]);
  });

  it("lets heading levels go down one step at a time", () => {
    const { blocks } = print([
      { ...paragraph("a"), style: "h4" },
      { ...paragraph("b"), style: "h2" },
      { ...paragraph("c"), style: "h4" },
    ]);
    expect(blocks.map((b) => (b.t === "h" ? b.level : 0))).toEqual([1, 1, 2]);
  });

  it("names editions in Dutch", () => {
    expect(editionLabel(2)).toBe("tweede editie");
    expect(editionLabel(11)).toBe("11de editie");
    expect(editionLabel(21)).toBe("21ste editie");
  });
});

describe("the printed fixture (hostile strings everywhere)", () => {
  let pdf: PDFDocumentProxy;
  let bytes: Uint8Array;
  let pages: string[];

  beforeAll(async () => {
    const rendered = printed({ date: new Date("2026-03-01T12:00:00Z") });
    bytes = rendered.pdf;
    pdf = await getDocumentProxy(bytes.slice());
    pages = (await extractText(pdf, { mergePages: false })).text;
    expect(pages.length).toBe(rendered.pages);
  });

  const squash = (s: string) => s.replace(/\s+/g, "");

  // Text is printed with Dutch quotes (“ ” ‘ ’), addresses as they are.
  it("prints every hostile string literally in titles, text, link text and boxes", () => {
    const all = squash(pages.join("\n"));
    for (const hostile of hostileStrings) expect(all, hostile).toContain(squash(dutchQuotes(hostile)));
    expect(all).toContain(squash("Toolkit #read(“/etc/passwd”)"));
    expect(all).toContain(squash("VDAB #read(“/etc/passwd”) ]"));
    expect(all).toContain(squash("Checklist #eval(“1”)"));
    expect(all).toContain(squash("Tip #import “x”: *"));
    // The external URL is printed in a footnote, as it is.
    expect(all).toContain(squash('https://example.org/a?b=#read("/etc/passwd")'));
  });

  it("keeps hostile URLs and alt texts as data", async () => {
    const annotations = (
      await Promise.all(pages.map(async (_, i) => (await pdf.getPage(i + 1)).getAnnotations()))
    ).flat();
    const urls = annotations
      .map((a) => a.url)
      .filter(Boolean)
      .map((u) => decodeURI(u));
    expect(urls).toContain('https://example.org/a?b=#read("/etc/passwd")');
    expect(urls.some((u: string) => u.startsWith("javascript"))).toBe(false);
    const alts: string[] = [];
    const walk = (node: { alt?: string; children?: unknown[] } | null) => {
      if (node?.alt) alts.push(node.alt);
      for (const child of node?.children ?? []) walk(child as typeof node);
    };
    for (let i = 1; i <= pages.length; i += 1) walk((await (await pdf.getPage(i)).getStructTree()) as never);
    expect(alts).toContain("Alt #read(“/etc/passwd”) <label>");
  });

  it("writes metadata, language and bookmarks", async () => {
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    expect(info.Title).toBe("Toolkit #read(“/etc/passwd”)");
    expect(info.Author).toBe("Gastvrij Netwerk vzw");
    expect(info.Language).toBe("nl");
    expect(info.Subject).toContain("checklists");
    expect(String(info.Keywords)).toContain("vrijwilligers");
    expect(String(info.CreationDate)).toMatch(/^D:20260301/);
    const outline = (await pdf.getOutline()) ?? [];
    const titles = outline.flatMap((o: { title: string; items: { title: string }[] }) => [
      o.title,
      ...o.items.map((i) => i.title),
    ]);
    expect(titles).toContain("1.1 Mensen op de vlucht centraal");
    expect(titles).toContain("3.12 Budgetbeheer en vaste kosten");
    expect(titles).toContain("3.4 Wonen // line comment /* block comment */");
  });

  it("prints Cyrillic and Arabic with the embedded fonts only", () => {
    const all = pages.join("\n");
    for (const word of ["Олена", "Мария", "Петренко", "Київ"]) expect(all).toContain(word);
    // Text extraction reorders right-to-left runs, so compare the Arabic letters rather than the words.
    const arabic = new Set([..."محمد الأحمد مريم"].filter((c) => /\p{Script=Arabic}/u.test(c)));
    const extracted = new Set([...all].filter((c) => /\p{Script=Arabic}/u.test(c)));
    for (const letter of arabic) expect(extracted, letter).toContain(letter);
    const fonts = new Set(
      [
        ...Buffer.from(bytes)
          .toString("latin1")
          .matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([A-Za-z0-9]+)-/g),
      ].map((m) => m[1]),
    );
    expect([...fonts].sort()).toEqual(["Amiri", "SourceSans3", "SourceSerif4"]);
  });

  it("also satisfies PDF/UA-1 when asked", async () => {
    const { pages } = printed({ pdfStandard: "ua-1" });
    expect(pages).toBeGreaterThan(4);
  });

  it("cross-references give the page where the target starts", () => {
    const start = pages.findIndex((p, i) => i > 3 && /3\.4\s*Wonen/.test(p)) + 1;
    expect(start).toBeGreaterThan(3);
    expect(squash(pages.join("\n"))).toContain(squash(`(zie 3.4, p. ${start})`));
  });
});

describe("the sample mark", () => {
  /** The fixture with section 3.4 and the supplement of 3.12 marked as sample; 1.1, 3.12 and the chapters are not. */
  const marked = () => {
    const { edition, context } = fixtureToolkit();
    const chapter3 = edition.chapters[1];
    if (!chapter3?.sections[0] || !chapter3.sections[1]?.supplements[0]) throw new Error("fixture changed");
    chapter3.sections[0].sample = true;
    chapter3.sections[1].supplements[0].sample = true;
    return buildPrintBook(edition, context);
  };
  const line = `${sampleMark.label}: ${sampleMark.text}`;
  const squash = (s: string) => s.replace(/\s+/g, " ").trim();

  it("is on the marked parts of the print tree only, with its words once in the book when any part carries it", () => {
    const { book } = marked();
    const [chapter1, chapter3] = book.chapters;
    expect(chapter1?.sample).toBeUndefined();
    expect(chapter3?.sample).toBeUndefined();
    expect(chapter1?.sections[0]?.sample).toBeUndefined();
    expect(chapter3?.sections.map((section) => section.sample)).toEqual([true, undefined]);
    expect(chapter3?.sections[1]?.supplements[0]?.sample).toBe(true);
    expect(book.sampleMark).toEqual(sampleMark);
    expect(buildPrintBook(edition, context).book.sampleMark).toBeUndefined();
  });

  describe("in the PDF", () => {
    let pages: string[];
    let plain: string[];
    let tagged: { page: number; text: string; artifact: boolean }[];

    beforeAll(async () => {
      const rendered = compileBook(marked());
      const pdf = await getDocumentProxy(rendered.pdf.slice());
      pages = (await extractText(pdf, { mergePages: false })).text.map(squash);
      const withoutMark = compileBook(buildPrintBook(edition, context));
      plain = (await extractText(await getDocumentProxy(withoutMark.pdf.slice()), { mergePages: false })).text.map(
        squash,
      );
      // Every run of text with whether it sits in an artifact (page furniture a screen reader skips) or in the tags.
      tagged = [];
      for (let number = 1; number <= pdf.numPages; number += 1) {
        const content = await (await pdf.getPage(number)).getTextContent({ includeMarkedContent: true });
        const open: string[] = [];
        for (const item of content.items as { type?: string; tag?: string; str?: string }[]) {
          if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") open.push(item.tag ?? "");
          else if (item.type === "endMarkedContent") open.pop();
          else if (item.str) tagged.push({ page: number, text: item.str, artifact: open.includes("Artifact") });
        }
      }
    });

    const pageOf = (pattern: RegExp) => pages.findIndex((text, i) => i > 3 && pattern.test(text));
    const count = (text: string, part: string) => text.split(part).length - 1;

    it("prints the line right under the heading of a marked section and supplement, not under the others", () => {
      const section34 = pages[pageOf(/3\.4 Wonen/)] ?? "";
      expect(section34).toContain(`3.4 Wonen ${line} Wonen: vrijwilligers`);
      const supplement = pages[pageOf(/BIJLAGE BIJ 3\.12/)] ?? "";
      expect(supplement).toContain(`Energie en water ${line} Energie: vrijwilligers`);
      const section11 = pages[pageOf(/1\.1 Mensen op de vlucht centraal/)] ?? "";
      expect(section11).not.toContain(line);
      expect(pages.join(" ")).toMatch(/3\.12 Budgetbeheer en vaste kosten Een vast budget/);
      // Two marked parts, two lines; none on the cover, in the contents or on unmarked parts.
      expect(count(pages.slice(3).join(" "), line)).toBe(2);
    });

    it("is text a screen reader reads: in the tagged content, not an artifact", () => {
      const runs = tagged.filter((run) => run.text.includes(sampleMark.text.slice(0, 20)));
      expect(runs.length).toBeGreaterThanOrEqual(2);
      expect(runs.filter((run) => run.artifact)).toEqual([]);
      // The check can tell: the running header and page numbers are artifacts.
      expect(tagged.some((run) => run.artifact && run.text.includes("Toolkit · tweede editie"))).toBe(true);
    });

    it("is explained once, in the colophon", () => {
      const colophon = pages.find((text) => text.startsWith("Colofon")) ?? "";
      expect(colophon).toContain(sampleMark.meaning);
      expect(count(pages.join(" "), sampleMark.meaning)).toBe(1);
    });

    it("keeps the book valid PDF/UA-1", () => {
      expect(compileBook(marked(), { pdfStandard: "ua-1" }).pages).toBe(pages.length);
    });

    it("is absent, with its explanation, from a book without marked parts", () => {
      expect(plain.join(" ")).not.toContain(sampleMark.text);
      expect(plain.join(" ")).not.toContain("verzonnen");
      // The site's sample content note is still there, once: on the cover.
      expect(plain[0]).toContain("Dit is voorbeeldinhoud, geen juridisch advies.");
      expect(count(plain.join(" "), "Dit is voorbeeldinhoud, geen juridisch advies.")).toBe(1);
    });
  });
});
