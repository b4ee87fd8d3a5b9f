/**
 * Every character the printed toolkit can show has a glyph in the fonts shipped in `fonts/` (the only fonts the book
 * may use): the strings of the print tree of the embedded dataset (the whole book and each part) and the template's
 * own text, checked against the character maps of the shipped TTF files. A miss names the character, the document
 * and the field it came from.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type FontStack, stackCovers, templateFontStacks } from "../../test/print-fonts.js";
import { needsNoGlyph } from "../model/printable-characters.js";
import { packageRoot } from "../package-root.js";
import { openContent } from "../read/content.js";
import { buildPrintBook, type PrintBook } from "./book.js";
import { toolkitTemplatePath } from "./compile.js";
import { loadPrintToolkit } from "./export.js";
import { listPrintParts } from "./parts.js";

/** One string the book can print, and where it came from. */
interface PrintedText {
  text: string;
  document: string;
  field: string;
}

/** A character a font list of the template (its shipped fonts) has no glyph for. */
interface MissingGlyph {
  codePoint: string;
  char: string;
  /** The font list: `serif (Source Serif 4, Amiri, Noto Sans Ethiopic)`. */
  stack: string;
  document: string;
  field: string;
}

/**
 * Keys of the print tree whose strings are never set in a font: the node type, Typst labels, tones and formats,
 * virtual image paths, and what goes to the PDF's metadata or tags only (alt text, description, keywords).
 */
const notPrinted = new Set(["t", "label", "tone", "format", "kind", "src", "alt", "description", "keywords"]);
/** Book-level fields that do not come from the edition document. */
const bookFieldOrigin: Record<string, string> = {
  organisation: "siteSettings",
  sampleContentNote: "siteSettings",
  sampleMark: "the model's sample mark (sampleMark)",
};

/** Every printable string of a print tree, with the document (from its `doc:<id>` label) and its path there. */
function printedTexts(book: PrintBook, editionId: string): PrintedText[] {
  const found: PrintedText[] = [];
  const walk = (value: unknown, document: string, field: string) => {
    if (typeof value === "string") {
      found.push({ text: value, document, field });
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, document, `${field}[${i}]`);
    } else if (value && typeof value === "object") {
      const label = (value as { label?: unknown }).label;
      const own = typeof label === "string" && label.startsWith("doc:") ? label.slice("doc:".length) : undefined;
      for (const [key, child] of Object.entries(value)) {
        if (notPrinted.has(key)) continue;
        if (own) walk(child, own, key);
        else walk(child, document, field ? `${field}.${key}` : key);
      }
    }
  };
  for (const [key, value] of Object.entries(book)) {
    if (notPrinted.has(key)) continue;
    walk(value, bookFieldOrigin[key] ?? editionId, key);
  }
  return found;
}

/** The template's own text: every line that is not a comment (code included: it is ASCII, which the fonts cover). */
function templateTexts(source: string): PrintedText[] {
  return source
    .split("\n")
    .map((line, i) => ({
      text: line.trimStart().startsWith("//") ? "" : line,
      document: "toolkit.typ",
      field: `line ${i + 1}`,
    }))
    .filter(({ text }) => text !== "");
}

/**
 * The characters of `texts` that a font list has no glyph for, each once (where it was first seen). Any text can be
 * set in either list (a title is a heading in sans and a cross-reference in serif), so each list must cover it: what
 * a list lacks, Typst would take from a font outside the book.
 */
function missingGlyphs(texts: PrintedText[], stacks: FontStack[]): MissingGlyph[] {
  const seen = new Set<number>();
  const missing: MissingGlyph[] = [];
  for (const { text, document, field } of texts) {
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      // Spaces, controls and format characters are exempt, as in the model's printable characters.
      if (seen.has(codePoint) || needsNoGlyph(char)) continue;
      seen.add(codePoint);
      const stack = stacks.find((s) => !stackCovers(s, codePoint));
      if (!stack) continue;
      const hex = codePoint.toString(16).toUpperCase().padStart(4, "0");
      const list = `${stack.name} (${stack.families.join(", ")})`;
      missing.push({ codePoint: `U+${hex}`, char, stack: list, document, field });
    }
  }
  return missing;
}

const describeMissing = (m: MissingGlyph) =>
  `${m.codePoint} "${m.char}" has no glyph in the ${m.stack} fonts: document ${m.document}, field ${m.field}`;

describe("glyphs for every printed character", () => {
  let stacks: FontStack[];
  let texts: PrintedText[];
  const template = readFileSync(toolkitTemplatePath, "utf8");

  beforeAll(async () => {
    stacks = templateFontStacks();
    const dataset = join(packageRoot, "dataset/embedded");
    const { edition, context } = await loadPrintToolkit(await openContent({ dataset }));
    const books = [
      buildPrintBook(edition, context).book,
      ...listPrintParts(edition, { sections: true }).map(
        (part) => buildPrintBook(edition, context, { part: part.id }).book,
      ),
    ];
    texts = [...books.flatMap((book) => printedTexts(book, edition._id)), ...templateTexts(template)];
  });

  it("reads the names in Arabic, Persian, Ge'ez and Cyrillic script from the content", () => {
    const all = texts.map(({ text }) => text).join("\n");
    for (const name of ["يوسف مثال", "پروین نمونه", "ሰላም ኣብነት", "Євгенія Приклад"]) expect(all).toContain(name);
  });

  it("uses only shipped fonts in the template's font lists, one for each script", () => {
    expect(stacks.map((s) => s.name).sort()).toEqual(["sans", "serif"]);
    for (const stack of stacks) {
      for (const family of stack.families) {
        expect(
          stack.fonts.some((font) => font.familyName.startsWith(family)),
          `${family} (${stack.name}) is shipped`,
        ).toBe(true);
      }
    }
  });

  it("finds a glyph in both font lists for every character of the embedded toolkit and the template", () => {
    expect(missingGlyphs(texts, stacks).map(describeMissing)).toEqual([]);
  });

  it("names the character, font list, document and field of a character a list does not cover", () => {
    const book = {
      title: "Toolkit",
      chapters: [
        {
          label: "doc:chapter-9",
          number: "9",
          title: "Namen",
          body: [{ t: "p", c: [{ t: "text", s: "Een groet: नमस्ते" }] }],
          sections: [],
        },
      ],
    } as unknown as PrintBook;
    const missing = missingGlyphs(printedTexts(book, "toolkit-edition-2"), stacks);
    expect(missing.map(describeMissing)[0]).toBe(
      'U+0928 "न" has no glyph in the serif (Source Serif 4, Amiri, Noto Sans Ethiopic) fonts: document chapter-9, field body[0].c[0].s',
    );
    // Spaces and joiners are exempt; a title on the book itself belongs to the edition.
    expect(missingGlyphs([{ text: "a\u00a0b\u200d\u2060", document: "x", field: "y" }], stacks)).toEqual([]);
    expect(
      missingGlyphs(printedTexts({ title: "\u{1F600}" } as unknown as PrintBook, "toolkit-edition-2"), stacks)[0],
    ).toMatchObject({ codePoint: "U+1F600", char: "\u{1F600}", document: "toolkit-edition-2", field: "title" });
    // A character one list lacks is missing even when the other has it: Ge'ez with Ethiopic taken out of sans.
    const stack = (name: string) => {
      const found = stacks.find((s) => s.name === name);
      if (!found) throw new Error(`no ${name} list in the template`);
      return found;
    };
    const [serif, sans] = [stack("serif"), stack("sans")];
    const withoutEthiopic = { ...sans, fonts: sans.fonts.filter((font) => !font.familyName.includes("Ethiopic")) };
    expect(
      missingGlyphs([{ text: "ሰላም", document: "x", field: "y" }], [serif, withoutEthiopic]).map((m) => m.stack),
    ).toEqual([
      "sans (Source Sans 3, Amiri, Noto Sans Ethiopic)",
      "sans (Source Sans 3, Amiri, Noto Sans Ethiopic)",
      "sans (Source Sans 3, Amiri, Noto Sans Ethiopic)",
    ]);
  });
});
