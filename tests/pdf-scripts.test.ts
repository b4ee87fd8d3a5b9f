/**
 * The toolkit PDF read back with poppler (pdftotext, pdffonts): every name and word the content writes in Arabic,
 * Persian, Ge'ez or Cyrillic script copies out exactly as written, and the PDF embeds no font but the ones shipped in
 * packages/content/fonts (none of those built into the Typst compiler).
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { openContent } from "@gastvrij/content";
import { buildPrintBook, exportToolkitPdf, loadPrintToolkit, printFontsDir } from "@gastvrij/content/print";
import { create } from "fontkitten";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dataset = join(repoRoot, "packages/content/dataset/embedded");

/** Keys of the print tree whose strings are not set as text (node types, labels, paths, alt text, metadata). */
const notPrinted = new Set(["t", "label", "tone", "format", "kind", "src", "alt", "description", "keywords"]);

/** Every printable string of a print tree, with the document (`doc:<id>` label) it belongs to. */
function printedStrings(value: unknown, document = "the edition"): { text: string; document: string }[] {
  if (typeof value === "string") return [{ text: value, document }];
  if (Array.isArray(value)) return value.flatMap((item) => printedStrings(item, document));
  if (!value || typeof value !== "object") return [];
  const label = (value as { label?: unknown }).label;
  const own = typeof label === "string" && label.startsWith("doc:") ? label.slice(4) : document;
  return Object.entries(value).flatMap(([key, child]) => (notPrinted.has(key) ? [] : printedStrings(child, own)));
}

/** Runs of one script, words and the spaces between them: the names and words a reader would copy. */
const scripts = {
  Arabic: /\p{Script=Arabic}+(?:[ \u00a0]+\p{Script=Arabic}+)*/gu,
  Ethiopic: /\p{Script=Ethiopic}+(?:[ \u00a0]+\p{Script=Ethiopic}+)*/gu,
  Cyrillic: /\p{Script=Cyrillic}+(?:[ \u00a0]+\p{Script=Cyrillic}+)*/gu,
} as const;
/** Letters only Persian (and Dari) writes among the Arabic-script runs. */
const persianLetters = /[\u067e\u0686\u0698\u06a9\u06af\u06cc]/u;

/** Extracted text as a reader pastes it: without the bidi controls pdftotext adds, one space for any white space. */
const asPasted = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").replace(/\s+/g, " ");

describe("toolkit PDF: names in every script and the shipped fonts", () => {
  let work: string;
  let extracted: string;
  let fontsInPdf: string[];
  let runs: { script: keyof typeof scripts; text: string; document: string }[];

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "gastvrij-scripts-"));
    const file = join(work, "toolkit.pdf");
    const { pdf } = await exportToolkitPdf({ dataset });
    await writeFile(file, pdf);
    const missing = (error: unknown) => {
      throw new Error(`pdftotext/pdffonts (Debian package poppler-utils) are needed: ${String(error)}`);
    };
    extracted = asPasted((await run("pdftotext", ["-enc", "UTF-8", file, "-"]).catch(missing)).stdout);
    const listing = (await run("pdffonts", [file]).catch(missing)).stdout;
    // pdffonts: two header lines, then one font a line, its name first ("ABCDEF+SourceSerif4-Regular").
    fontsInPdf = listing
      .split("\n")
      .slice(2)
      .map((line) => line.split(/\s+/)[0] ?? "")
      .filter(Boolean)
      .map((name) => name.replace(/^[A-Z]{6}\+/, ""));

    const { edition, context } = await loadPrintToolkit(await openContent({ dataset }));
    const { book } = buildPrintBook(edition, context);
    runs = printedStrings(book).flatMap(({ text, document }) =>
      (Object.keys(scripts) as (keyof typeof scripts)[]).flatMap((script) =>
        [...text.matchAll(scripts[script])].map((m) => ({ script, text: m[0].replace(/\u00a0/g, " "), document })),
      ),
    );
  }, 120_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("has names in Arabic, Persian, Ge'ez and Cyrillic script in the content it prints", () => {
    const arabicScript = runs.filter((r) => r.script === "Arabic").map((r) => r.text);
    expect(
      arabicScript.some((text) => persianLetters.test(text)),
      "a Persian name",
    ).toBe(true);
    expect(
      arabicScript.some((text) => !persianLetters.test(text)),
      "an Arabic name",
    ).toBe(true);
    expect(
      runs.some((r) => r.script === "Ethiopic"),
      "a name in Ge'ez script",
    ).toBe(true);
    expect(
      runs.some((r) => r.script === "Cyrillic"),
      "a name in Cyrillic script",
    ).toBe(true);
  });

  it("copies out every Arabic, Persian, Ge'ez and Cyrillic text exactly as written", () => {
    const garbled = runs
      .filter((r) => !extracted.includes(r.text))
      .map((r) => `${r.script} "${r.text}" (document ${r.document}) is not in the extracted text`);
    expect(garbled).toEqual([]);
    // The sample names of 3.7 by name, so a change of content cannot empty this check.
    for (const name of ["يوسف مثال", "پروین نمونه", "ሰላም ኣብነት", "Євгенія Приклад", "أهلا وسهلا"]) {
      expect(extracted).toContain(name);
    }
  });

  it("embeds only the shipped fonts", () => {
    const shipped = new Set(
      readdirSync(printFontsDir)
        .filter((file) => file.endsWith(".ttf"))
        .map((file) => {
          const font = create(readFileSync(join(printFontsDir, file)));
          if (font.isCollection) throw new Error(`${file} is a font collection`);
          return font.postscriptName;
        }),
    );
    expect(fontsInPdf.length).toBeGreaterThan(3);
    expect(fontsInPdf.filter((name) => !shipped.has(name))).toEqual([]);
    expect(fontsInPdf.join(" ")).not.toMatch(/Libertinus|NewCM|NewComputerModern|DejaVu/);
    // The scripts' own fonts are really used for the names.
    expect(fontsInPdf).toEqual(expect.arrayContaining(["Amiri-Regular", "NotoSansEthiopic-Regular"]));
  });
});
