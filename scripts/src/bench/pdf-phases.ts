/**
 * Where the time of `export-pdf` goes, in one process: open the export, query the toolkit (`loadPrintToolkit`),
 * build the print tree (`buildPrintBook`), and let Typst lay out and write the PDF (`compileBook`).
 */
import { buildPrintBook, compileBook, loadPrintToolkit, openContent } from "@gastvrij/content";

export interface PdfPhasesParams {
  dataset: string;
}

export interface PdfPhasesResult {
  openMs: number;
  queryMs: number;
  buildMs: number;
  /** Typst layout and PDF writing, first run in this process. */
  compileMs: number;
  /** The same compile a second time in the same process (Typst's caches warm). */
  compileAgainMs: number;
  pages: number;
  pdfBytes: number;
}

/** Times each phase of the PDF export once (and the compile twice). */
export async function measurePdfPhases(params: PdfPhasesParams): Promise<PdfPhasesResult> {
  let start = performance.now();
  const lap = () => {
    const now = performance.now();
    const took = now - start;
    start = now;
    return took;
  };
  const content = await openContent({ dataset: params.dataset });
  const openMs = lap();
  const toolkit = await loadPrintToolkit(content);
  const queryMs = lap();
  const bundle = buildPrintBook(toolkit);
  const buildMs = lap();
  const rendered = compileBook(bundle);
  const compileMs = lap();
  compileBook(bundle);
  const compileAgainMs = lap();
  return {
    openMs,
    queryMs,
    buildMs,
    compileMs,
    compileAgainMs,
    pages: rendered.pages,
    pdfBytes: rendered.pdf.byteLength,
  };
}
