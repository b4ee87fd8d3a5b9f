/** One call from content to PDF bytes, for the CLI, the site build and benchmarks. */
import { ContentError } from "../errors.js";
import { type Content, openContent } from "../read/content.js";
import { buildPrintBook, type PrintOptions } from "./book.js";
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
  /** PDF standard such as `a-2b` or `ua-1` (experimental in Typst); default: plain tagged PDF 1.7. */
  pdfStandard?: string;
}

/**
 * Reads the toolkit through the content package and renders it to PDF: the edition, the site settings and the link
 * targets, the image files, the print tree, Typst. Writes nothing: the caller writes the bytes (atomically).
 *
 * @throws ContentError for unreadable or invalid content, a missing edition, or a Typst error (readable message).
 * @example
 * const { pdf, pages } = await exportToolkitPdf({ dataset: "export.ndjson" });
 */
export async function exportToolkitPdf(options: ExportToolkitPdfOptions = {}): Promise<RenderedPdf> {
  const content = options.content ?? (await openContent(options.dataset ? { dataset: options.dataset } : {}));
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
  const images = await loadPrintImages(edition);
  return compileBook(buildPrintBook(edition, { linkTargets, images, settings }, options), options);
}
