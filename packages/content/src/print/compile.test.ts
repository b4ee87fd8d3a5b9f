/**
 * The Typst compiler knows the fonts shipped in `fonts/` and none of the machine's: a PDF made here is the same as one
 * made on a server without those fonts, and a character no shipped font has shows as missing instead of silently
 * coming out in whatever font the machine has (on this machine's Debian, Droid Sans Fallback has CJK characters).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { create } from "fontkitten";
import { PDFDocument, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { openContent } from "../read/content.js";
import { buildPrintBook } from "./book.js";
import { compileBook, printFontsDir } from "./compile.js";
import { loadPrintToolkit } from "./export.js";

/** The fonts a PDF embeds, by PostScript name (without Typst's subset tag and CID encoding suffix). */
function embeddedFonts(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  const names = [...text.matchAll(/\/BaseFont\s*\/([^\s/<>[\]()]+)/g)].map((m) =>
    (m[1] ?? "").replace(/^[A-Z]{6}\+/, "").replace(/-Identity-H$/, ""),
  );
  return [...new Set(names)].sort();
}

function shippedFonts(): Set<string> {
  return new Set(
    readdirSync(printFontsDir)
      .filter((file) => file.endsWith(".ttf"))
      .map((file) => {
        const font = create(readFileSync(join(printFontsDir, file)));
        if (font.isCollection) throw new Error(`${file}: a font collection, expected one font`);
        return font.postscriptName;
      }),
  );
}

/** The embedded toolkit with "漢字" added to the first section's text: characters none of the shipped fonts has. */
async function bookWithCjk(format: "a4" | "a5-booklet" = "a4") {
  const { edition, context } = await loadPrintToolkit(await openContent({}));
  const edited = structuredClone(edition);
  const body = edited.chapters[0]?.sections[0]?.body as { children?: { text?: string }[] }[] | undefined;
  const span = body?.flatMap((block) => block.children ?? []).find((child) => typeof child.text === "string");
  if (!span) throw new Error("the embedded toolkit's first section has no text to edit");
  span.text = `${span.text} 漢字`;
  return buildPrintBook(edited, context, { format });
}

describe("the compiler's fonts", () => {
  it("does not set a character in a font of the machine: PDF/UA-1 reports it as missing, naming the document", async () => {
    const before = process.env.FONTCONFIG_FILE;
    const bundle = await bookWithCjk();
    expect(() => compileBook(bundle)).toThrow(/section-1-1.*漢/s);
    // The compiler's own setting is undone: programs the process starts still find the machine's fonts.
    expect(process.env.FONTCONFIG_FILE).toBe(before);
  });

  it("refuses such a character in the A5 booklet's pages too, which are written untagged for the imposition", async () => {
    const withCjk = await bookWithCjk("a5-booklet");
    expect(() => compileBook(withCjk)).toThrow(
      /^document section-1-1, field body: Typst could not make the PDF: no font of the book has the characters "漢" \(U\+6F22\), "字" \(U\+5B57\), so they would print as empty boxes/,
    );
    const { edition, context } = await loadPrintToolkit(await openContent({}));
    const tagged = async (format: "a4" | "a5-booklet") => {
      const { pdf } = compileBook(buildPrintBook(edition, context, { format }));
      return (await PDFDocument.load(pdf)).catalog.has(PDFName.of("StructTreeRoot"));
    };
    expect(await tagged("a4")).toBe(true);
    expect(await tagged("a5-booklet")).toBe(false);
  });

  it("embeds only shipped fonts, also where a character has no glyph (plain tagged PDF)", async () => {
    const { pdf } = compileBook(await bookWithCjk(), { pdfStandard: "1.7" });
    const used = embeddedFonts(pdf);
    const shipped = shippedFonts();
    expect(used.length).toBeGreaterThan(1);
    expect(used.filter((name) => !shipped.has(name))).toEqual([]);
  });

  it("keeps the machine's fonts from the PDF worker's compiler too (its thread's environment never reaches it)", async () => {
    // The worker runs the TypeScript sources through tsx (it cannot start under Vitest), as the CLI does.
    const script = `
      import { openContent } from ${JSON.stringify(fileURLToPath(new URL("../read/content.ts", import.meta.url)))};
      import { loadPrintToolkit } from ${JSON.stringify(fileURLToPath(new URL("./export.ts", import.meta.url)))};
      import { renderOnWorker } from ${JSON.stringify(fileURLToPath(new URL("./pdf-worker.ts", import.meta.url)))};
      const { edition, context } = await loadPrintToolkit(await openContent({}));
      const span = edition.chapters[0].sections[0].body.flatMap((b) => b.children ?? []).find((c) => typeof c.text === "string");
      span.text += " 漢字";
      const job = (pdfStandard) => ({ toolkit: { edition, context }, options: { pdfStandard }, items: [{ format: "a4" }] });
      let pdf;
      await renderOnWorker(job("1.7"), (_, rendered) => { pdf = rendered.pdf; });
      const refused = await renderOnWorker(job("ua-1"), () => undefined).then(() => "", (error) => String(error));
      console.log(JSON.stringify({ pdf: Buffer.from(pdf).toString("base64"), refused }));
    `;
    const root = fileURLToPath(new URL("../../../../", import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), "gastvrij-worker-fonts-"));
    const file = join(dir, "worker-fonts.mts");
    writeFileSync(file, script);
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", file], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    }).finally(() => rmSync(dir, { recursive: true, force: true }));
    const { pdf, refused } = JSON.parse(stdout) as { pdf: string; refused: string };
    const used = embeddedFonts(Buffer.from(pdf, "base64"));
    expect(used.length).toBeGreaterThan(1);
    expect(used.filter((name) => !shippedFonts().has(name))).toEqual([]);
    expect(refused).toMatch(/section-1-1.*漢/s);
  }, 60_000);
});
