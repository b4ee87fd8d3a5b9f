/**
 * Where the time of `export-pdf` goes, in one process: open the export, query the toolkit (the edition, the site
 * settings, the link targets and the image files: `loadPrintToolkit`), build the print tree
 * (`buildPrintBook`), and let Typst lay out and write the PDF (`compileBook`), as `exportToolkitPdf` does.
 */
import { openContent } from "@gastvrij/content";
import { buildPrintBook, compileBook, loadPrintToolkit } from "@gastvrij/content/print";

export interface PdfPhasesParams {
  dataset: string;
}

export interface PdfPhasesResult {
  openMs: number;
  /** The edition, settings and link targets, and the image files. */
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
  const { edition, context } = await loadPrintToolkit(content);
  const queryMs = lap();
  const bundle = buildPrintBook(edition, context);
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
