/** One call from content to PDF bytes, for the CLI, the site build and benchmarks. */
import { type OpenContentOptions, openContent } from "../content.js";
import { type RenderedPdf, type RenderPdfOptions, renderToolkitPdfWithInfo } from "./typst-pdf.js";
import { loadPrintToolkit, type PrintContentSource } from "./typst-toolkit.js";

export interface ExportToolkitPdfOptions extends RenderPdfOptions {
  /** Content to print; default: `openContent({dataset})` (the embedded dataset unless `dataset` or `GASTVRIJ_DATASET`). */
  content?: PrintContentSource;
  /** Local export to read when no `content` is given. */
  dataset?: string;
  /** Toolkit edition to print; default the newest. */
  editionNumber?: number;
}

/**
 * Reads the toolkit through the content package and renders it to PDF. Writes nothing: the caller writes the bytes
 * (atomically).
 *
 * @throws ContentError for unreadable or invalid content, a missing edition, or a Typst error (readable message).
 * @example
 * const { pdf, pages } = await exportToolkitPdf({ dataset: "export.ndjson" });
 */
export async function exportToolkitPdf(options: ExportToolkitPdfOptions = {}): Promise<RenderedPdf> {
  const open: OpenContentOptions = options.dataset ? { dataset: options.dataset } : {};
  const content = options.content ?? (await openContent(open));
  const toolkit = await loadPrintToolkit(
    content,
    options.editionNumber !== undefined ? { editionNumber: options.editionNumber } : {},
  );
  return renderToolkitPdfWithInfo(toolkit, options);
}
