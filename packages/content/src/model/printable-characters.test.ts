import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printableRangesCommand, printableRangesPath, printableRangesSource } from "../../test/printable-ranges.js";
import { printedDocuments } from "../print/book.js";
import type { ToolkitEdition } from "../read/results.js";
import { hasPrintableGlyph, printedFields, unprintableCharacters } from "./printable-characters.js";

describe("the characters the printed toolkit can show", () => {
  it("are those the shipped fonts have in both font lists (the committed module matches the fonts)", () => {
    const committed = readFileSync(printableRangesPath, "utf8");
    expect(
      committed === printableRangesSource(),
      `src/model/printable-ranges.ts differs from what the fonts and the template's font lists say: run ${printableRangesCommand} and commit the result`,
    ).toBe(true);
  });

  it("take in Latin, Cyrillic, Arabic and Ge'ez script and typographic punctuation", () => {
    const text = "Ça coûte € 12,50 – ‘zie’ “hier” … Євгенія يوسف پروین ሰላም ß ŉ";
    expect(unprintableCharacters(text)).toEqual([]);
  });

  it("leave out emoji, CJK and Devanagari, each once, in the order they occur", () => {
    expect(unprintableCharacters("Welkom 😀 in 東京 en नमस्ते 😀")).toEqual([
      "😀",
      "東",
      "京",
      "न",
      "म",
      "स",
      "्",
      "त",
      "े",
    ]);
    expect(hasPrintableGlyph(0x1f600)).toBe(false);
    expect(hasPrintableGlyph("a".codePointAt(0) ?? 0)).toBe(true);
  });

  it("need no glyph for spaces, controls and format characters (joiners, soft hyphens)", () => {
    expect(unprintableCharacters("a\u00a0b\u200d\u2060\u00ad\u0007\u3000c")).toEqual([]);
  });

  it("are asked for in the fields the printer prints, type by type", () => {
    const edition = {
      _id: "toolkitEdition",
      chapters: [
        { _id: "toolkitChapter", sections: [{ _id: "toolkitSection", supplements: [{ _id: "toolkitSupplement" }] }] },
      ],
    } as unknown as ToolkitEdition;
    const printed = Object.fromEntries(
      [...printedDocuments(edition)].map(({ id, fields }) => [id, Object.keys(fields)]),
    );
    expect(printed).toEqual(printedFields);
  });
});
