/**
 * One call from content to PDF bytes, for the CLI, the site build and benchmarks: the whole book, one part, or the
 * whole book and every part in both formats in one go (one process, one warm Typst compiler).
 */
import { writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { replaceAllAtomically } from "../atomic-write.js";
import { ContentError } from "../errors.js";
import { type ToolkitPdfFormat, toolkitPdfFileName, toolkitPdfFormats } from "../model/routes.js";
import { type Content, openContent } from "../read/content.js";
import type { ToolkitEdition } from "../read/results.js";
import { buildPrintBook, type PrintContext, type PrintOptions } from "./book.js";
import { imposeBooklet } from "./booklet.js";
import { compileBook, type RenderedPdf } from "./compile.js";
import { loadPrintImages } from "./images.js";
import { findPrintPart, listPrintParts, type PrintPart } from "./parts.js";
import { renderOnWorker, WorkerContentError, type WorkerJob, WorkerUnavailable } from "./pdf-worker.js";

/** Options of {@link exportToolkitPdf}. */
export interface ExportToolkitPdfOptions extends PrintOptions {
  /** Content to print; default: `openContent({dataset})` (the embedded dataset unless `dataset` or `GASTVRIJ_DATASET`). */
  content?: Content;
  /** Local export to read when no `content` is given. */
  dataset?: string;
  /** Toolkit edition to print; default the newest. */
  editionNumber?: number;
  /**
   * PDF standard of the A4 copies such as `a-2b`, or `1.7` for a plain tagged PDF; default: `ua-1` (PDF/UA-1, see
   * `compileBook`). An A5 booklet is a print shop's file, imposed without tags, whatever this says.
   */
  pdfStandard?: string;
}

/** One toolkit PDF and what it holds. */
export interface ToolkitPdf extends RenderedPdf {
  /** `gastvrij-netwerk-toolkit.pdf`, `gastvrij-netwerk-toolkit-hoofdstuk-3-a5-boekje.pdf`, … */
  fileName: string;
  format: ToolkitPdfFormat;
  /** The part it prints; absent for the whole book. */
  part?: PrintPart;
  /** The A5 booklet only: sheets to print on both sides, and pages of the booklet (padded to a multiple of 4). */
  sheets?: number;
  bookletPages?: number;
}

/** Options of {@link exportToolkitPdfs}. */
export interface ExportToolkitPdfsOptions extends ExportToolkitPdfOptions {
  /** Formats to make, in this order; default both (`toolkitPdfFormats`: `a4`, then `a5-booklet`). */
  formats?: readonly ToolkitPdfFormat[];
  /** Also every chapter and supplement of the edition (see `listPrintParts`); default only the whole book. */
  parts?: boolean;
  /**
   * Lay out the other formats on a worker thread with a compiler of its own, at the same time as the first (default:
   * when the machine has more than one core): up to half the time on two cores, for about 150 MB more memory.
   */
  parallel?: boolean;
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
 * (`loadPrintToolkit`), the print tree (`buildPrintBook`), Typst (`compileBook`); for the `a5-booklet` format the
 * pages are then imposed on sheets (`imposeBooklet`). With `part` one part only (chapter number, section number,
 * supplement id, or a part id). Writes nothing: the caller writes the bytes (atomically).
 *
 * @throws ContentError for unreadable or invalid content, a missing edition or part, or a Typst error (readable
 *   message).
 * @example
 * const { pdf, pages } = await exportToolkitPdf({ dataset: "export.ndjson" });
 */
export async function exportToolkitPdf(
  options: ExportToolkitPdfOptions & { part?: string; format?: ToolkitPdfFormat } = {},
): Promise<ToolkitPdf> {
  const toolkit = await loadFromOptions(options);
  const part = options.part === undefined ? undefined : findPrintPart(toolkit.edition, options.part);
  return renderToolkitPdf(toolkit, options, part, options.format ?? "a4");
}

/**
 * The whole book and, with `parts`, each chapter and supplement, in each of `formats`, made in this process: the
 * first format with this thread's Typst compiler, the others at the same time on the worker's (`pdf-worker.ts`;
 * with `parallel: false`, or where no worker can start, all on this thread). Both compilers stay warm for the next
 * call. All in memory: nothing is written, so a failure leaves no file half made. Order: per format, the whole book
 * first, then the parts in reading order.
 *
 * @throws ContentError as {@link exportToolkitPdf}, naming the part that failed.
 */
export async function exportToolkitPdfs(options: ExportToolkitPdfsOptions = {}): Promise<ToolkitPdf[]> {
  const toolkit = await loadFromOptions(options);
  const formats = options.formats ?? toolkitPdfFormats;
  const parts = options.parts ? listPrintParts(toolkit.edition) : [];
  // One date for every file of the run.
  const shared = { ...options, date: options.date ?? new Date() };
  const [first = [], ...rest] = formats.map((format) => [undefined, ...parts].map((part) => ({ format, part })));
  const others = rest.flat();
  if (others.length === 0 || !(options.parallel ?? availableParallelism() > 1)) {
    const pdfs: ToolkitPdf[] = [];
    for (const { format, part } of [...first, ...others]) pdfs.push(await renderNamed(toolkit, shared, part, format));
    return pdfs;
  }
  // The other formats are laid out on a worker (started first, so it works while this thread lays out the first
  // format); this thread imposes each booklet the worker sends as soon as it has time.
  const finished: Promise<ToolkitPdf>[] = new Array(others.length);
  const onWorker = renderOnWorker(workerJob(toolkit, shared, others), (index, rendered) => {
    const item = others[index];
    if (!item) return;
    const pdf = finishPdf(rendered, item.part, item.format).catch((error: unknown) => {
      throw named(error, item.part, item.format);
    });
    // Awaited below; until then a failure must not count as unhandled.
    pdf.catch(() => undefined);
    finished[index] = pdf;
  });
  onWorker.catch(() => undefined);
  const pdfs: ToolkitPdf[] = [];
  for (const { format, part } of first) {
    pdfs.push(await renderNamed(toolkit, shared, part, format));
    // Let the worker's PDFs in between two layouts.
    await new Promise((resolve) => setImmediate(resolve));
  }
  try {
    await onWorker;
    return [...pdfs, ...(await Promise.all(finished))];
  } catch (error) {
    if (error instanceof WorkerContentError) throw named(error, others[error.item]?.part, others[error.item]?.format);
    if (!(error instanceof WorkerUnavailable)) throw error;
  }
  for (const { format, part } of others) pdfs.push(await renderNamed(toolkit, shared, part, format));
  return pdfs;
}

/** What the worker needs: the toolkit and the options as plain data (no content reader, no functions). */
function workerJob(
  toolkit: PrintToolkit,
  options: ExportToolkitPdfOptions,
  items: { format: ToolkitPdfFormat; part: PrintPart | undefined }[],
): WorkerJob {
  const { siteUrl, date, keywords, pdfStandard } = options;
  return {
    toolkit,
    options: {
      ...(siteUrl ? { siteUrl } : {}),
      ...(date ? { date } : {}),
      ...(keywords ? { keywords } : {}),
      ...(pdfStandard ? { pdfStandard } : {}),
    },
    items: items.map(({ format, part }) => ({ format, ...(part ? { part: part.id } : {}) })),
  };
}

/** {@link renderToolkitPdf}, with the part named in an error. */
async function renderNamed(
  toolkit: PrintToolkit,
  options: ExportToolkitPdfOptions,
  part: PrintPart | undefined,
  format: ToolkitPdfFormat,
): Promise<ToolkitPdf> {
  try {
    return await renderToolkitPdf(toolkit, options, part, format);
  } catch (error) {
    throw named(error, part, format);
  }
}

/** A content error of a part's PDF, saying which part and format (the whole book's errors stay as they are). */
function named(error: unknown, part: PrintPart | undefined, format: ToolkitPdfFormat | undefined): unknown {
  if (!(error instanceof ContentError) || !part) return error;
  const where = error.location.documentId ? error.location : { documentId: part.documentId };
  return new ContentError(`${part.label} (${format}): ${error.problem}`, where, { cause: error });
}

/**
 * Writes PDFs into `dir` under their file names, all or nothing (`replaceAllAtomically`): every file goes to a
 * temporary name first and the files are renamed into place only when all were written; on a failure the temporary
 * files are removed and the folder is as it was.
 */
export async function writeToolkitPdfs(dir: string, pdfs: readonly ToolkitPdf[]): Promise<string[]> {
  const files = pdfs.map(({ fileName, pdf }) => ({
    path: join(dir, fileName),
    write: (temporary: string) => writeFile(temporary, pdf),
  }));
  await replaceAllAtomically(files);
  return files.map(({ path }) => path);
}

async function loadFromOptions(options: ExportToolkitPdfOptions): Promise<PrintToolkit> {
  const content = options.content ?? (await openContent(options.dataset ? { dataset: options.dataset } : {}));
  return loadPrintToolkit(content, options.editionNumber !== undefined ? { editionNumber: options.editionNumber } : {});
}

async function renderToolkitPdf(
  { edition, context }: PrintToolkit,
  options: ExportToolkitPdfOptions,
  part: PrintPart | undefined,
  format: ToolkitPdfFormat,
): Promise<ToolkitPdf> {
  const bundle = buildPrintBook(edition, context, { ...options, format, ...(part ? { part: part.id } : {}) });
  return finishPdf(compileBook(bundle, options), part, format);
}

/** A laid-out PDF with its name; a booklet's pages imposed on sheets. */
async function finishPdf(
  rendered: RenderedPdf,
  part: PrintPart | undefined,
  format: ToolkitPdfFormat,
): Promise<ToolkitPdf> {
  const fileName = toolkitPdfFileName(part?.route, format);
  const facts = { fileName, format, ...(part ? { part } : {}) };
  if (format === "a4") return { pdf: rendered.pdf, pages: rendered.pages, ...facts };
  const booklet = await imposeBooklet(rendered.pdf);
  return {
    pdf: booklet.pdf,
    pages: booklet.pages,
    sheets: booklet.sheets,
    bookletPages: booklet.bookletPages,
    ...facts,
  };
}
