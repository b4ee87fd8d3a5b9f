/**
 * Property-based tests (fast-check) of the Portable Text renderers with random, often malformed input: deep
 * nesting (lists up to many levels, custom blocks inside custom blocks), unknown block and mark types, missing
 * `_key`s and children, empty and null entries, annotations pointing nowhere, hostile URLs and very long text.
 * A renderer may refuse input with a ContentError (naming document and field); anything else thrown is a crash.
 * The Typst print tree is built for every document; a sample is laid out in real Typst and must compile.
 */
import {
  buildPrintBook,
  ContentError,
  compileBook,
  type PrintBlock,
  type PrintChapter,
  type PrintRichText,
  type PrintToolkit,
  toPrintBlocks,
} from "@gastvrij/content";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentArbitrary, type Item, targets } from "./portable-text-arbitraries.js";

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

function toolkitWith(sections: { id: string; body: PrintRichText }[]): PrintToolkit {
  const chapter: PrintChapter = {
    id: "chapter-x",
    number: 1,
    title: "Willekeurig",
    sections: sections.map((section, i) => ({
      id: section.id,
      number: `1.${i + 1}`,
      title: `Paragraaf ${i + 1}`,
      slug: section.id,
      body: section.body,
      supplements: [],
    })),
  };
  return {
    edition: { id: "edition-x", title: "Eigenschappen", editionNumber: 1, year: 2026 },
    chapters: [chapter],
    resolveLink: (id) => targets[id],
    resolveImage: ({ id }) => (id === "image-ok-svg" ? { data: svg, extension: "svg" } : undefined),
  };
}
const emptyToolkit = toolkitWith([{ id: "section-a", body: [] }]);

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
        const result = refusalOrResult(() => toPrintBlocks(doc as PrintRichText, emptyToolkit, {}, "doc-random"));
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
    const { blocks } = toPrintBlocks([deep, ...list] as PrintRichText, emptyToolkit);
    expect(JSON.stringify(blocks)).toContain("diep");
    expect(JSON.stringify(blocks)).toContain("item 199");
  });

  it(`lays out ${compiled} random documents with Typst without an error`, { timeout: 120_000 }, () => {
    // Documents that print (no refusal) and are short enough to lay out quickly, in books of 50 sections.
    const docs = fc
      .sample(documentArbitrary, { numRuns: compiled * 4, seed: seed + 1 })
      .filter((doc) => JSON.stringify(doc).length < 30_000)
      .filter((doc) => refusalOrResult(() => toPrintBlocks(doc as PrintRichText, emptyToolkit)).ok)
      .slice(0, compiled);
    expect(docs).toHaveLength(compiled);
    const failures: string[] = [];
    for (let start = 0; start < docs.length; start += 50) {
      const batch = docs
        .slice(start, start + 50)
        .map((body, i) => ({ id: `section-${start + i}`, body: body as PrintRichText }));
      const compile = (sections: typeof batch) => compileBook(buildPrintBook(toolkitWith(sections)));
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
