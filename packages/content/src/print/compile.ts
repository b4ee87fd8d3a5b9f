/**
 * Compiles the printed toolkit with Typst (through @myriaddreamin/typst-ts-node-compiler). The content goes in as
 * JSON data (`sys.inputs.data`), never as Typst code; images are mapped as virtual files whose names we choose.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
import type { ContentErrorLocation } from "../errors.js";
import { ContentError } from "../errors.js";
import { codePointLabel, printedFields, unprintableCharacters } from "../model/printable-characters.js";
import { packageRoot } from "../package-root.js";
import type { PrintBook, PrintBookBundle } from "./book.js";
import { holdSystemFontsAway } from "./system-fonts.js";

/** Folder of the committed fonts (Source Serif 4, Source Sans 3, Amiri, Noto Sans Ethiopic) with their licences. */
export const printFontsDir = join(packageRoot, "fonts");
/** The book template. */
export const toolkitTemplatePath = join(packageRoot, "src/print/toolkit.typ");

/**
 * Typst's workspace root. It does not exist on disk: the template can read nothing but the virtual files mapped
 * below it (images), whatever the data says.
 */
const workspace = "/__gastvrij_print__";

/** A PDF and its number of pages. */
export interface RenderedPdf {
  pdf: Uint8Array;
  pages: number;
}

let compiler: NodeCompiler | undefined;
let template: string | undefined;

/**
 * The one Typst compiler of this thread, made on first use and reused (its caches make a second book fast). It knows
 * the fonts in `printFontsDir` and Typst's own embedded ones (Libertinus Serif, New Computer Modern, DejaVu Sans Mono:
 * they are part of the compiler), never the machine's (`system-fonts.ts`): a PDF must not depend on what is installed
 * where it is made, and scanning the system's fonts costs time at every start.
 */
function getCompiler(): NodeCompiler {
  if (compiler) return compiler;
  const release = holdSystemFontsAway();
  try {
    compiler = NodeCompiler.create({ workspace, fontArgs: [{ fontPaths: [printFontsDir] }] });
  } finally {
    release();
  }
  return compiler;
}

/** Makes this thread's compiler now instead of at the first book (the PDF worker does so before it reports ready). */
export function prepareCompiler(): void {
  getCompiler();
}

/** The PDF standard the book is written to unless the caller asks for another: PDF/UA-1 (accessible, tagged). */
export const defaultPdfStandard = "ua-1";

/**
 * Lays out a print tree (`buildPrintBook`) with the book template and writes a tagged PDF to a standard Typst checks
 * and declares as it writes: PDF/UA-1 by default (the title shown in viewers, `pdfuaid:part` 1 in the metadata), or
 * `pdfStandard` such as `a-2b` or `1.7` (plain tagged PDF). The pages of an A5 booklet (`format: "a5-booklet"`) are
 * written untagged whatever the standard: they are imposed on sheets that keep no tags.
 *
 * @throws ContentError with a readable message when Typst reports an error (naming the document of a bad image).
 */
export function compileBook(bundle: PrintBookBundle, options: { pdfStandard?: string } = {}): RenderedPdf {
  template ??= readFileSync(toolkitTemplatePath, "utf8");
  const data = JSON.stringify(bundle.book, withoutControls);
  // The A5 booklet's pages are only the input of the imposition (`booklet.ts`), whose sheets keep no tags: they are
  // written as a plain untagged PDF, which Typst writes and pdf-lib reads in less time. PDF/UA-1 then no longer
  // refuses a character without a glyph, so that is checked here, before the layout.
  const forSheets = bundle.book.format === "a5-booklet";
  if (forSheets) {
    const glyphs = unprintableCharacters(data);
    if (glyphs.length > 0) throw missingGlyphError(glyphs, bundle.book);
  }
  const typst = getCompiler();
  typst.resetShadow();
  for (const [path, data] of bundle.files) typst.mapShadow(join(workspace, path), Buffer.from(data));
  typst.mapShadow(join(workspace, "toolkit.typ"), Buffer.from(template));
  try {
    const result = typst.compile({
      mainFilePath: join(workspace, "toolkit.typ"),
      inputs: { data },
    });
    const error = result.takeError();
    if (error || !result.result) {
      throw typstError(error?.shortDiagnostics ?? [], bundle, (path) => imageFails(typst, path));
    }
    const document = result.result;
    const pdf = typst.pdf(
      document,
      forSheets
        ? { pdfTags: false, pdfStandard: "1.7" }
        : { pdfTags: true, pdfStandard: options.pdfStandard || defaultPdfStandard },
    );
    return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), pages: document.numOfPages };
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const glyphs = missingGlyphs(error);
    if (glyphs.length > 0) throw missingGlyphError(glyphs, bundle.book, error);
    throw new ContentError(`Typst could not make the PDF: ${describe(error)}`, {}, { cause: error });
  } finally {
    typst.resetShadow();
    typst.evictCache(10);
  }
}

/**
 * Control characters (C0 and C1, but tab and line breaks) never print and no font has them, so PDF/UA-1 would refuse
 * the book for them: they are left out of the data (a JSON.stringify replacer, so nothing is copied first).
 */
function withoutControls(_key: string, value: unknown): unknown {
  return typeof value === "string" ? value.replace(/[^\P{Cc}\t\n\r]/gu, "") : value;
}

/** The characters PDF/UA-1 refused because no font of the book has them (from Typst's export error). */
function missingGlyphs(error: unknown): string[] {
  if (!(error instanceof Error)) return [];
  const texts = [...error.message.matchAll(/the text `\\"(.*?)\\"` could not be displayed with font/g)].map((m) =>
    (m[1] ?? "").replace(/\\+u\{([0-9a-fA-F]+)\}/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16))),
  );
  return [...new Set(texts.flatMap((text) => [...text]))];
}

/**
 * A readable error for characters no shipped font has (PDF/UA-1 forbids a missing glyph), naming the first
 * chapter, section or supplement (or the edition's field) that holds one.
 */
function missingGlyphError(glyphs: string[], book: PrintBook, cause?: unknown): ContentError {
  const shown = glyphs
    .slice(0, 5)
    .map((c) => `"${c}" (${codePointLabel(c)})`)
    .join(", ");
  const more = glyphs.length > 5 ? ` and ${glyphs.length - 5} more` : "";
  const many = glyphs.length > 1;
  const them = many ? "them" : "it";
  return new ContentError(
    `Typst could not make the PDF: no font of the book has the character${many ? "s" : ""} ${shown}${more}, so ${many ? "they would print as empty boxes" : "it would print as an empty box"} (a PDF/UA-1 file may not miss a glyph): replace ${them} or add a font that has ${them} to packages/content/fonts`,
    whereIs(book, glyphs),
    cause === undefined ? undefined : { cause },
  );
}

/** The first printed part and field that holds one of `glyphs`. */
function whereIs(book: PrintBook, glyphs: string[]): ContentErrorLocation {
  const holds = (value: unknown) => {
    const text = JSON.stringify(value ?? "");
    return glyphs.some((c) => text.includes(c));
  };
  const documentId = (label: string) => label.replace(/^doc:/, "");
  for (const field of printedFields.toolkitEdition) {
    if (holds(book[field])) return { path: field };
  }
  const parts = [
    ...book.chapters.flatMap((chapter) => [
      chapter,
      ...chapter.sections.flatMap((section) => [section, ...section.supplements]),
    ]),
    ...(book.supplement ? [book.supplement] : []),
  ];
  for (const part of parts) {
    const fields: Record<string, unknown> = {
      title: part.title,
      summary: "summary" in part ? part.summary : undefined,
      body: part.body,
    };
    for (const [field, value] of Object.entries(fields)) {
      if (holds(value)) return { documentId: documentId(part.label), path: field };
    }
  }
  return {};
}

interface Diagnostic {
  message?: unknown;
  severity?: unknown;
  hints?: unknown;
  path?: unknown;
}

/** Whether Typst fails on this mapped image alone (our own virtual names only, never a string from the content). */
function imageFails(typst: NodeCompiler, path: string): boolean {
  if (!/^\/assets\/image-\d+\.[a-z]+$/.test(path)) return false;
  const probe = typst.compile({ mainFileContent: `#image("${path}")` });
  return Boolean(probe.takeError()) || !probe.result;
}

function typstError(
  diagnostics: unknown[],
  bundle?: PrintBookBundle,
  imageFailsAlone?: (path: string) => boolean,
): ContentError {
  const errors = (diagnostics as Diagnostic[]).filter(
    (d) => d && (d.severity === undefined || d.severity === 1 || d.severity === "Error" || d.severity === "error"),
  );
  const messages = errors.map((d) => {
    const hints = Array.isArray(d.hints) && d.hints.length ? ` (hint: ${d.hints.join("; ")})` : "";
    return `${String(d.message ?? "unknown error")}${hints}`;
  });
  const text = messages.length ? messages.join("; ") : "unknown error";
  // An error inside a mapped file (an image) names the document and field the file comes from.
  const file = errors
    .map((d) => (typeof d.path === "string" ? d.path : ""))
    .find((p) => p.startsWith(`${workspace}/assets/`));
  let image = file ? file.slice(workspace.length) : undefined;
  // Decoding errors of raster images point at the template: try each image on its own to find the one.
  if (!image && bundle && imageFailsAlone && /image|decod|svg|png|jpe?g|gif|webp/i.test(text)) {
    image = [...bundle.files.keys()].find(imageFailsAlone);
  }
  const origin = image && bundle ? bundle.origins.get(image) : undefined;
  if (origin) return new ContentError(`Typst could not make the PDF: image cannot be read: ${text}`, origin);
  return new ContentError(`Typst could not make the PDF: ${text}`);
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    // Export errors arrive as Rust debug text: keep the messages and hints only.
    const messages = [...error.message.matchAll(/message: "((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
    const hints = [...error.message.matchAll(/hints: \[((?:"(?:[^"\\]|\\.)*",? ?)*)\]/g)]
      .map((m) => m[1]?.replaceAll('"', "").trim())
      .filter(Boolean);
    if (messages.length) return `${messages.join("; ")}${hints.length ? ` (hint: ${hints.join("; ")})` : ""}`;
    return error.message;
  }
  if (error && typeof error === "object" && "shortDiagnostics" in error) {
    return typstError((error as { shortDiagnostics: unknown[] }).shortDiagnostics).problem;
  }
  return String(error);
}
