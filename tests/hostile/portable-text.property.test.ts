/**
 * Property-based tests (fast-check) of the Portable Text renderers with random, often malformed input: deep
 * nesting (lists up to many levels, custom blocks inside custom blocks), unknown block and mark types, missing
 * `_key`s and children, empty and null entries, annotations pointing nowhere, hostile URLs and very long text.
 * A renderer may refuse input with a ContentError (naming document and field); anything else thrown is a crash.
 * The Typst print tree is built for every document; a sample is laid out in real Typst and must compile.
 */
import { ContentError, type PortableText, type ToolkitEdition } from "@gastvrij/content";
import {
  buildPrintBook,
  compileBook,
  type PrintBlock,
  type PrintContext,
  toPrintBlocks,
} from "@gastvrij/content/print";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentArbitrary, type Item, loadableUrls, targets } from "./portable-text-arbitraries.js";

/** Documents per property (the brief: at least 10,000 through each renderer). */
const runs = 10_000;
/** Documents laid out by Typst (a compile costs time: they go into a few books). */
const compiled = 200;
const seed = Number(process.env.FC_SEED ?? 20261123);

const svg = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#1d5c63"/></svg>',
);

// ---------------------------------------------------------------------------------------------------------------
// The renderers under test

/** Random documents are not Portable Text as the queries type it: the printer reads whatever it gets. */
const asPortableText = (doc: unknown) => doc as PortableText;

/** A toolkit edition (as `getToolkitEdition` gives it) of one chapter holding `sections`. */
function toolkitWith(sections: { id: string; body: PortableText }[]): ToolkitEdition {
  return {
    _id: "edition-x",
    _type: "toolkitEdition",
    title: "Eigenschappen",
    subtitle: null,
    slug: "eigenschappen",
    editionNumber: 1,
    year: 2026,
    intro: [],
    colophon: [],
    disclaimer: "",
    publisher: null,
    editionHistory: [],
    chapters: [
      {
        _id: "chapter-x",
        _type: "toolkitChapter",
        number: 1,
        title: "Willekeurig",
        slug: "willekeurig",
        summary: null,
        body: [],
        sections: sections.map((section, i) => ({
          _id: section.id,
          _type: "toolkitSection",
          number: `1.${i + 1}`,
          title: `Paragraaf ${i + 1}`,
          slug: section.id,
          summary: null,
          body: section.body,
          themes: [],
          supplements: [],
          sample: false,
        })),
        sample: false,
      },
    ],
  };
}

/**
 * What the printer needs besides the edition: the known link targets, and one image file, found by its asset id
 * (`image-ok-svg`) and by the http(s) URLs of the random images (the printer looks an image up by URL first).
 */
const image = { data: svg, extension: "svg" };
const context: PrintContext = {
  linkTargets: new Map(Object.entries(targets)),
  images: new Map([["image-ok-svg", image], ...loadableUrls.map((url) => [url, image] as const)]),
};
/** One section's body alone, its links into a book of chapter `chapter-x` with section `section-a`. */
const printBody = (doc: unknown, documentId?: string) =>
  toPrintBlocks(asPortableText(doc), context, {
    ...(documentId ? { documentId } : {}),
    inBook: new Set(["chapter-x", "section-a"]),
  });

/** Runs `render`; a ContentError is a refusal (returned), anything else thrown is a crash (rethrown). */
function refusalOrResult<T>(render: () => T): { ok: true; value: T } | { ok: false; error: ContentError } {
  try {
    return { ok: true, value: render() };
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, error };
    throw error;
  }
}

/** Every text run of a print tree is a string (the template would fail on anything else). */
function printTreeProblems(blocks: PrintBlock[], path = "blocks"): string[] {
  const problems: string[] = [];
  blocks.forEach((block, i) => {
    const here = `${path}[${i}]`;
    if (!block || typeof block !== "object") {
      problems.push(`${here} is ${String(block)}`);
      return;
    }
    if ("c" in block && Array.isArray(block.c)) {
      for (const inline of block.c as { t: string; s?: unknown }[]) {
        if (inline.t === "text" && typeof inline.s !== "string") problems.push(`${here}: text run without string`);
      }
      if (block.t !== "p" && block.t !== "h") problems.push(...printTreeProblems(block.c as PrintBlock[], `${here}.c`));
    }
    if (block.t === "list")
      block.items.forEach((item, j) => {
        problems.push(...printTreeProblems(item, `${here}.items[${j}]`));
      });
    if (block.t === "checklist" && block.items.some((item) => typeof item.text !== "string"))
      problems.push(`${here}: checklist item without text`);
  });
  return problems;
}

describe("Portable Text renderers with random documents (fast-check)", () => {
  it(`build a print tree for ${runs} random documents or refuse them with a ContentError naming the document`, () => {
    let refused = 0;
    fc.assert(
      fc.property(documentArbitrary, (doc) => {
        const result = refusalOrResult(() => printBody(doc, "doc-random"));
        if (!result.ok) {
          refused += 1;
          expect(result.error.location.documentId).toBe("doc-random");
          expect(result.error.location.path).toMatch(/^body/);
          return;
        }
        expect(printTreeProblems(result.value.blocks)).toEqual([]);
        expect(() => JSON.stringify(result.value.blocks)).not.toThrow();
      }),
      { numRuns: runs, seed },
    );
    // Most documents print; the refusals are real (unknown block types, images without alt text or file).
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(runs * 0.8);
  });

  it("survives nesting far deeper than an editor can make (500 custom blocks, list level 10,000)", () => {
    let deep: Item = { _type: "block", _key: "leaf", children: [{ _type: "span", text: "diep" }] };
    for (let i = 0; i < 500; i += 1) deep = { _type: i % 2 ? "tip" : "callout", _key: `n${i}`, body: [deep] };
    const list = Array.from({ length: 200 }, (_, i) => ({
      _type: "block",
      _key: `l${i}`,
      listItem: i % 3 ? "bullet" : "number",
      level: i === 199 ? 10_000 : (i % 40) + 1,
      children: [{ _type: "span", text: `item ${i}` }],
    }));
    const { blocks } = printBody([deep, ...list]);
    expect(JSON.stringify(blocks)).toContain("diep");
    expect(JSON.stringify(blocks)).toContain("item 199");
  });

  it(`lays out ${compiled} random documents with Typst without an error`, { timeout: 120_000 }, () => {
    // Documents that print (no refusal) and are short enough to lay out quickly, in books of 50 sections.
    const docs = fc
      .sample(documentArbitrary, { numRuns: compiled * 4, seed: seed + 1 })
      .filter((doc) => JSON.stringify(doc).length < 30_000)
      .filter((doc) => refusalOrResult(() => printBody(doc)).ok)
      .slice(0, compiled);
    expect(docs).toHaveLength(compiled);
    const failures: string[] = [];
    for (let start = 0; start < docs.length; start += 50) {
      const batch = docs
        .slice(start, start + 50)
        .map((body, i) => ({ id: `section-${start + i}`, body: asPortableText(body) }));
      // Random text has characters no shipped font has: PDF/UA-1 (the default) refuses those by name (template.test.ts);
      // the layout itself is what is checked here, as a plain tagged PDF.
      const compile = (sections: typeof batch) =>
        compileBook(buildPrintBook(toolkitWith(sections), context), { pdfStandard: "1.7" });
      try {
        expect(compile(batch).pages).toBeGreaterThan(0);
      } catch {
        // Find the document(s) Typst fails on, to report them.
        for (const section of batch) {
          try {
            compile([section]);
          } catch (error) {
            failures.push(`${JSON.stringify(section.body).slice(0, 300)}: ${(error as Error).message}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
