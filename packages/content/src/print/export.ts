/** One call from content to PDF bytes, for the CLI, the site build and benchmarks. */
import { ContentError } from "../errors.js";
import { type Content, openContent } from "../read/content.js";
import type { ToolkitEdition } from "../read/results.js";
import { buildPrintBook, type PrintContext, type PrintOptions } from "./book.js";
import { compileBook, type RenderedPdf } from "./compile.js";
import { loadPrintImages } from "./images.js";

/** Options of {@link exportToolkitPdf}. */
export interface ExportToolkitPdfOptions extends PrintOptions {
  /** Content to print; default: `openContent({dataset})` (the embedded dataset unless `dataset` or `GASTVRIJ_DATASET`). */
  content?: Content;
  /** Local export to read when no `content` is given. */
  dataset?: string;
  /** Toolkit edition to print; default the newest. */
  editionNumber?: number;
  /** PDF standard such as `a-2b`, or `1.7` for a plain tagged PDF; default: `ua-1` (PDF/UA-1, see `compileBook`). */
  pdfStandard?: string;
}

/** A toolkit edition to print and what the printer needs besides it. */
export interface PrintToolkit {
  edition: ToolkitEdition;
  context: PrintContext;
}

/**
 * Reads what the book is made of: the edition (default: the newest), the site settings, the link targets and the
 * image files. Give it to `buildPrintBook(edition, context)`.
 *
 * @throws ContentError for invalid content, a missing edition or an image file that cannot be read.
 */
export async function loadPrintToolkit(
  content: Content,
  options: { editionNumber?: number } = {},
): Promise<PrintToolkit> {
  const { editionNumber } = options;
  const [edition, settings, linkTargets] = await Promise.all([
    content.getToolkitEdition(editionNumber !== undefined ? { editionNumber } : {}),
    content.getSiteSettings(),
    content.linkTargets(),
  ]);
  // A content source that ignores the edition number must not print another edition silently.
  if (editionNumber !== undefined && edition.editionNumber !== editionNumber) {
    throw new ContentError(
      `toolkit edition ${editionNumber} not found: the content has edition ${edition.editionNumber} (${edition.year})`,
    );
  }
  return { edition, context: { linkTargets, images: await loadPrintImages(edition), settings } };
}

/**
 * Reads the toolkit through the content package and renders it to PDF: what the book is made of
 * (`loadPrintToolkit`), the print tree (`buildPrintBook`), Typst (`compileBook`). Writes nothing: the caller writes
 * the bytes (atomically).
 *
 * @throws ContentError for unreadable or invalid content, a missing edition, or a Typst error (readable message).
 * @example
 * const { pdf, pages } = await exportToolkitPdf({ dataset: "export.ndjson" });
 */
export async function exportToolkitPdf(options: ExportToolkitPdfOptions = {}): Promise<RenderedPdf> {
  const content = options.content ?? (await openContent(options.dataset ? { dataset: options.dataset } : {}));
  const { edition, context } = await loadPrintToolkit(
    content,
    options.editionNumber !== undefined ? { editionNumber: options.editionNumber } : {},
  );
  return compileBook(buildPrintBook(edition, context, options), options);
}
