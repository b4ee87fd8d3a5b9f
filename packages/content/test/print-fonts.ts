/**
 * The shipped fonts as the template uses them, read with fontkitten: the glyph test of the printed toolkit
 * (`src/print/fonts.test.ts`) and the generator of the printable characters (`printable-characters.ts` of the model,
 * see `generate-printable-characters.ts`) decide coverage here, in one way.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { create, type Font } from "fontkitten";
import { printFontsDir, toolkitTemplatePath } from "../src/print/compile.js";

/** One of the template's font lists (`#let serif = (...)`) and the shipped font files of its families. */
export interface FontStack {
  name: string;
  families: string[];
  fonts: Font[];
}

/** The TTF files of `printFontsDir`, each read once. */
export function shippedFonts(): { file: string; font: Font }[] {
  return readdirSync(printFontsDir)
    .filter((file) => file.endsWith(".ttf"))
    .sort()
    .map((file) => {
      const font = create(readFileSync(join(printFontsDir, file)));
      if (font.isCollection) throw new Error(`${file}: a font collection, expected one font`);
      return { file, font };
    });
}

/** The template's font lists, each with the shipped files of its families (a family not shipped has none). */
export function fontStacks(template: string, shipped: Font[]): FontStack[] {
  return [...template.matchAll(/^#let (serif|sans) = \(([^)]*)\)/gm)].map((m) => {
    const families = [...(m[2] ?? "").matchAll(/"([^"]+)"/g)].map((f) => f[1] ?? "");
    // "Source Sans 3 SemiBold" is a weight of "Source Sans 3".
    const ofFamily = (font: Font, family: string) =>
      font.familyName === family || font.familyName.startsWith(`${family} `);
    return { name: m[1] ?? "", families, fonts: shipped.filter((font) => families.some((f) => ofFamily(font, f))) };
  });
}

/** The font lists of the book template on disk, with the shipped fonts. */
export function templateFontStacks(): FontStack[] {
  return fontStacks(
    readFileSync(toolkitTemplatePath, "utf8"),
    shippedFonts().map(({ font }) => font),
  );
}

/** Whether a font list has a glyph for a code point (in any of its files). */
export const stackCovers = (stack: FontStack, codePoint: number): boolean =>
  stack.fonts.some((font) => font.hasGlyphForCodePoint(codePoint));

/**
 * The code points every list has a glyph for, as sorted, merged ranges `[first, last]`: what any text of the book
 * can hold, since a text may be set in either list (a title is a heading in sans and a cross-reference in serif).
 */
export function coveredRanges(stacks: readonly FontStack[]): Array<[number, number]> {
  const [first, ...rest] = stacks;
  if (!first) return [];
  const candidates = [...new Set(first.fonts.flatMap((font) => font.characterSet))].sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  for (const codePoint of candidates) {
    if (!stackCovers(first, codePoint) || !rest.every((stack) => stackCovers(stack, codePoint))) continue;
    const last = ranges.at(-1);
    if (last && last[1] === codePoint - 1) last[1] = codePoint;
    else ranges.push([codePoint, codePoint]);
  }
  return ranges;
}
