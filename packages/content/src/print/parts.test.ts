import { describe, expect, it } from "vitest";
import { fixtureToolkit, paragraph, span } from "../../test/print-fixture.js";
import { ContentError } from "../errors.js";
import { toolkitPdfFileName, toolkitPdfHref, toolkitPdfPath } from "../model/routes.js";
import { buildPrintBook, type PrintBlock, type PrintInline } from "./book.js";
import { compileBook } from "./compile.js";
import { findPrintPart, listPrintParts } from "./parts.js";

const { edition, context } = fixtureToolkit();

/** Every inline of a list of blocks, depth first. */
function inlines(blocks: PrintBlock[]): PrintInline[] {
  return blocks.flatMap((block): PrintInline[] => {
    if (block.t === "p" || block.t === "h") return block.c;
    if (block.t === "list") return block.items.flatMap(inlines);
    if (block.t === "quote" || block.t === "tip" || block.t === "example" || block.t === "callout")
      return inlines(block.c);
    return [];
  });
}
const xrefs = (blocks: PrintBlock[]) => inlines(blocks).filter((x) => x.t === "xref");

describe("the toolkit's parts", () => {
  it("lists each chapter and each supplement in reading order, with its label and file names", () => {
    const parts = listPrintParts(edition);
    expect(parts.map((part) => [part.id, part.kind, part.label, part.title])).toEqual([
      ["hoofdstuk-1", "chapter", "Hoofdstuk 1", "Achtergrond"],
      ["hoofdstuk-3", "chapter", "Hoofdstuk 3", "Huiswerk voor vluchteling en vrijwilliger"],
      ["bijlage-3-12-energie-en-water", "supplement", "Bijlage bij 3.12", "Energie en water"],
    ]);
    expect(parts.map((part) => part.fileName())).toEqual([
      "gastvrij-netwerk-toolkit-hoofdstuk-1.pdf",
      "gastvrij-netwerk-toolkit-hoofdstuk-3.pdf",
      "gastvrij-netwerk-toolkit-bijlage-3-12-energie-en-water.pdf",
    ]);
    expect(parts[1]?.fileName("a5-booklet")).toBe("gastvrij-netwerk-toolkit-hoofdstuk-3-a5-boekje.pdf");
    expect(toolkitPdfFileName()).toBe("gastvrij-netwerk-toolkit.pdf");
    expect(toolkitPdfHref()).toBe(toolkitPdfPath);
    expect(toolkitPdfFileName(undefined, "a5-booklet")).toBe("gastvrij-netwerk-toolkit-a5-boekje.pdf");
  });

  it("lists sections only when asked (the Studio's print preview)", () => {
    const parts = listPrintParts(edition, { sections: true });
    expect(parts.filter((part) => part.kind === "section").map((part) => [part.id, part.label])).toEqual([
      ["paragraaf-1-1", "1.1"],
      ["paragraaf-3-4", "3.4"],
      ["paragraaf-3-12", "3.12"],
    ]);
    expect(parts[parts.length - 1]?.kind).toBe("supplement");
  });

  it("finds a part by chapter number, section number, id, supplement id or slug", () => {
    expect(findPrintPart(edition, "3").id).toBe("hoofdstuk-3");
    expect(findPrintPart(edition, "3.4").id).toBe("paragraaf-3-4");
    expect(findPrintPart(edition, "hoofdstuk-1").id).toBe("hoofdstuk-1");
    expect(findPrintPart(edition, "supplement-energie-en-water").id).toBe("bijlage-3-12-energie-en-water");
    expect(findPrintPart(edition, "energie-en-water").id).toBe("bijlage-3-12-energie-en-water");
    expect(() => findPrintPart(edition, "7")).toThrow(ContentError);
    expect(() => findPrintPart(edition, "7")).toThrow(
      /no part "7" in toolkit edition 2: give a chapter number \(1, 3\), a section number such as 3\.4, or a supplement \(bijlage-3-12-energie-en-water\)/,
    );
  });
});

describe("the print tree of a part", () => {
  it("keeps the whole book as it was when no part is asked", () => {
    const { book } = buildPrintBook(edition, context);
    expect(book.format).toBe("a4");
    expect(book.part).toBeUndefined();
    expect(book.chapters.map((chapter) => chapter.number)).toEqual(["1", "3"]);
    expect(book.intro.length).toBeGreaterThan(0);
  });

  it("a chapter part holds that chapter with its sections and supplements, no intro, and its cover line", () => {
    const { book } = buildPrintBook(edition, context, { part: "3", format: "a5-booklet" });
    expect(book.format).toBe("a5-booklet");
    expect(book.part).toEqual({
      kind: "chapter",
      label: "Hoofdstuk 3",
      title: "Huiswerk voor vluchteling en vrijwilliger",
    });
    expect(book.intro).toEqual([]);
    expect(book.supplement).toBeUndefined();
    expect(book.chapters.map((chapter) => chapter.number)).toEqual(["3"]);
    // Its place in the edition, as in the whole book (the template keys the chapter's pages by it, so the part reuses
    // the book's layout of the chapter).
    expect(book.chapters.map((chapter) => chapter.position)).toEqual([1]);
    expect(buildPrintBook(edition, context).book.chapters.map((chapter) => chapter.position)).toEqual([0, 1]);
    expect(book.chapters[0]?.sections.map((section) => section.number)).toEqual(["3.4", "3.12"]);
    expect(book.chapters[0]?.sections[1]?.supplements.map((supplement) => supplement.title)).toEqual([
      "Energie en water",
    ]);
    expect(book.colophon.length).toBeGreaterThan(0);
    expect(book.description).toMatch(/^Hoofdstuk 3: Huiswerk voor vluchteling en vrijwilliger\. /);
    // 3.12 points at 3.4 and at its own supplement, both inside the part: page references as in the book.
    const refs = xrefs(book.chapters[0]?.sections[1]?.body ?? []);
    expect(refs.map((x) => ("label" in x ? x.label : x.part))).toEqual([
      "doc:section-3-4",
      "doc:supplement-energie-en-water",
    ]);
  });

  it("a reference into another part names the chapter it is in, without a page", () => {
    const linked = structuredClone(edition);
    const section11 = linked.chapters[0]?.sections[0];
    if (!section11) throw new Error("fixture has no section 1.1");
    section11.body = [
      ...section11.body,
      {
        ...paragraph([span("Lees over wonen", ["w"]), span(" en over "), span("het huiswerk", ["c"]), span(".")]),
        markDefs: [
          { _type: "internalLink", _key: "w", reference: { _type: "reference", _ref: "section-3-4" } },
          { _type: "internalLink", _key: "c", reference: { _type: "reference", _ref: "chapter-3" } },
        ],
      },
    ] as typeof section11.body;
    const { book } = buildPrintBook(linked, context, { part: "hoofdstuk-1" });
    const body = book.chapters[0]?.sections[0]?.body ?? [];
    expect(xrefs(body)).toEqual([
      { t: "xref", part: "Hoofdstuk 3", ref: "3.4", c: [{ t: "text", s: "Lees over wonen" }] },
    ]);
    // A link to a whole chapter elsewhere keeps its words and names the chapter.
    expect(
      inlines(body)
        .filter((x) => x.t === "text")
        .at(-1),
    ).toEqual({
      t: "text",
      s: " en over het huiswerk (zie Hoofdstuk 3).",
    });
    // The whole book still gives page references for the same links.
    const whole = buildPrintBook(linked, context).book.chapters[0]?.sections[0]?.body ?? [];
    expect(xrefs(whole).map((x) => ("label" in x ? x.label : undefined))).toEqual(["doc:section-3-4", "doc:chapter-3"]);
  });

  it("a supplement part holds the supplement alone with its section's number and title", () => {
    const { book } = buildPrintBook(edition, context, { part: "energie-en-water" });
    expect(book.part).toEqual({ kind: "supplement", label: "Bijlage bij 3.12", title: "Energie en water" });
    expect(book.chapters).toEqual([]);
    expect(book.supplement?.section).toEqual({ number: "3.12", title: "Budgetbeheer en vaste kosten" });
    expect(book.supplement?.label).toBe("doc:supplement-energie-en-water");
    const refs = xrefs(book.supplement?.body ?? []);
    // Its own link to 3.4 is in Hoofdstuk 3; its link to itself stays a page reference.
    expect(refs.map((x) => ("label" in x ? x.label : `${x.ref} in ${x.part}`))).toEqual([
      "3.4 in Hoofdstuk 3",
      "doc:supplement-energie-en-water",
    ]);
  });

  it("a section part holds one chapter entry with an empty body and the one section", () => {
    const { book } = buildPrintBook(edition, context, { part: "3.4" });
    expect(book.part).toEqual({ kind: "section", label: "3.4", title: "Wonen" });
    expect(book.chapters).toHaveLength(1);
    const [chapter] = book.chapters;
    expect(chapter?.body).toEqual([]);
    expect(chapter?.summary).toBeUndefined();
    expect(chapter?.sections.map((section) => section.number)).toEqual(["3.4"]);
  });

  it("a section part names its chapter for a link to it (the chapter is not printed in it), and still compiles", () => {
    const linked = structuredClone(edition);
    const chapter3 = linked.chapters[1];
    const section34 = chapter3?.sections.find((section) => section.number === "3.4");
    if (!chapter3 || !section34) throw new Error("fixture has no section 3.4");
    section34.body = [
      ...section34.body,
      {
        ...paragraph([span("Lees het hoofdstuk", ["c"]), span(".")]),
        markDefs: [{ _type: "internalLink", _key: "c", reference: { _type: "reference", _ref: chapter3._id } }],
      },
    ] as typeof section34.body;
    const bundle = buildPrintBook(linked, context, { part: "3.4" });
    const body = bundle.book.chapters[0]?.sections[0]?.body ?? [];
    expect(xrefs(body)).toEqual([]);
    expect(inlines(body).at(-1)).toEqual({ t: "text", s: "Lees het hoofdstuk (zie Hoofdstuk 3)." });
    expect(compileBook(bundle).pages).toBeGreaterThan(0);
  });

  it("refuses a part the edition does not have", () => {
    expect(() => buildPrintBook(edition, context, { part: "9.9" })).toThrow(/no part "9\.9"/);
  });
});
