/**
 * Which characters the printed toolkit can hold. The book is a PDF/UA-1 file set only in the fonts shipped in
 * `packages/content/fonts`, and PDF/UA-1 forbids a missing glyph: a character no shipped font has (an emoji, a CJK
 * character) makes the PDF fail. The ranges come from the fonts themselves (`printable-ranges.ts`, generated); the
 * editors' check (`text-checks.ts`) and `gastvrij validate` ask here. No Node imports: the Studio runs this too.
 */
import { printableRanges } from "./printable-ranges.js";

/**
 * The document types the book prints, with the fields it prints of each (as `printedDocuments` of the printer reads
 * them): an unprintable character in one of these fields stops the PDF.
 */
export const printedFields = {
  toolkitEdition: ["title", "subtitle", "intro", "colophon", "disclaimer", "editionHistory"],
  toolkitChapter: ["title", "summary", "body"],
  toolkitSection: ["number", "title", "body"],
  toolkitSupplement: ["title", "body"],
} as const satisfies Record<string, readonly string[]>;

/** A document type the book prints. */
export type PrintedType = keyof typeof printedFields;

/** Whether the book prints documents of this type (a toolkit edition, chapter, section or supplement). */
export const isPrintedType = (type: unknown): type is PrintedType =>
  typeof type === "string" && Object.hasOwn(printedFields, type);

const exempt = /^[\p{White_Space}\p{Cc}\p{Cf}]$/u;

/** Whether a character needs no glyph: spaces, controls and format characters (joiners, direction marks, soft hyphens). */
export const needsNoGlyph = (char: string): boolean => exempt.test(char);

/** Whether a code point has a glyph in every font list of the book (binary search over the ranges). */
export function hasPrintableGlyph(codePoint: number): boolean {
  let low = 0;
  let high = printableRanges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = printableRanges[middle] as readonly [number, number];
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

/** Whether every printable ASCII character (space to tilde) has a glyph in the book's fonts (it has, in ours). */
const asciiPrints = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i).every(hasPrintableGlyph);

/**
 * The characters of `text` the printed toolkit cannot show, each once, in the order they first occur: characters
 * with no glyph in the shipped fonts of both font lists (serif and sans: a title is a heading in sans and a
 * cross-reference in serif). Spaces, controls and format characters are exempt (they need no glyph).
 */
export function unprintableCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const char of text) {
    // Most of a text is printable ASCII: known to print without a search (`asciiPrints`, checked once at load).
    if (asciiPrints && char >= " " && char <= "~") continue;
    if (found.has(char) || needsNoGlyph(char)) continue;
    if (!hasPrintableGlyph(char.codePointAt(0) ?? 0)) found.add(char);
  }
  return [...found];
}

/** `U+1F600`: a character's code point as Unicode writes it. */
export const codePointLabel = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
