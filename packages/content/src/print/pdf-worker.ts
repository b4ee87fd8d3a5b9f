/**
 * Makes toolkit PDFs on a second thread, with a Typst compiler of its own, so that `exportToolkitPdfs` lays out the
 * A4 copies and the A5 booklets at the same time on a machine with two cores. One module holds both sides: the main
 * thread calls {@link renderOnWorker}, which starts this very module as a worker (`import.meta.url`, so it works
 * from the TypeScript sources under tsx and from the CLI's esbuild bundle alike); the worker side runs when the
 * module is loaded on a worker thread with our `workerData`.
 *
 * The worker only lays out and imposes: it gets the edition and what the printer needs (plain data and image bytes,
 * copied once), and sends back the PDF bytes (transferred, not copied). A worker that cannot start (a runtime that
 * cannot load this module on a thread) is reported as such, so the caller makes those PDFs itself.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { ContentError, type ContentErrorLocation } from "../errors.js";
import type { ToolkitPdfFormat } from "../model/routes.js";
import type { PrintContext, PrintOptions } from "./book.js";
import type { PrintToolkit } from "./export.js";

/** What the worker makes: one PDF per entry, `part` a part id (none: the whole book). */
export interface WorkerJob {
  toolkit: PrintToolkit;
  options: PrintOptions & { pdfStandard?: string };
  items: { format: ToolkitPdfFormat; part?: string }[];
}

/** One PDF the worker made. */
export interface WorkerPdf {
  format: ToolkitPdfFormat;
  part?: string;
  pdf: Uint8Array;
  pages: number;
  sheets?: number;
  bookletPages?: number;
}

const marker = "gastvrij-toolkit-pdfs";

type Reply =
  | { kind: "started" }
  | { kind: "done"; pdfs: WorkerPdf[] }
  | { kind: "failed"; problem: string; location: ContentErrorLocation; content: boolean; item: number };

/** The worker could not be started here: make the PDFs on this thread instead. */
export class WorkerUnavailable extends Error {
  override readonly name = "WorkerUnavailable";
}

/** A content error in one of the worker's PDFs: `item` is its index in the job's items. */
export class WorkerContentError extends ContentError {
  constructor(
    problem: string,
    location: ContentErrorLocation,
    readonly item: number,
  ) {
    super(problem, location);
  }
}

/**
 * Starts the worker on `job` and resolves with its PDFs, in the order of `job.items`.
 *
 * @throws ContentError as the PDFs made on this thread would; WorkerUnavailable when no worker could start.
 */
export function renderOnWorker(job: WorkerJob): Promise<WorkerPdf[]> {
  return new Promise((resolve, reject) => {
    let started = false;
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    const worker = new Worker(new URL(import.meta.url), { workerData: { marker, job } });
    worker.on("message", (reply: Reply) => {
      if (reply.kind === "started") started = true;
      else if (reply.kind === "done") finish(() => resolve(reply.pdfs));
      else
        finish(() =>
          reject(
            reply.content
              ? new WorkerContentError(reply.problem, reply.location, reply.item)
              : new Error(reply.problem),
          ),
        );
    });
    worker.on("error", (error) =>
      finish(() =>
        reject(started ? error : new WorkerUnavailable(`no PDF worker: ${error.message}`, { cause: error })),
      ),
    );
    worker.on("exit", (code) =>
      finish(() =>
        reject(started ? new Error(`the PDF worker stopped (exit ${code})`) : new WorkerUnavailable("no PDF worker")),
      ),
    );
  });
}

/** The worker side: lays out and imposes the job's PDFs, one after the other, with this thread's compiler. */
async function work(job: WorkerJob): Promise<void> {
  const port = parentPort;
  if (!port) return;
  port.postMessage({ kind: "started" } satisfies Reply);
  let item = 0;
  try {
    // Loaded here, on the worker, so that the main thread's import of this module stays light.
    const [{ buildPrintBook }, { compileBook }, { imposeBooklet }] = await Promise.all([
      import("./book.js"),
      import("./compile.js"),
      import("./booklet.js"),
    ]);
    const { edition, context } = job.toolkit;
    const pdfs: WorkerPdf[] = [];
    for (const [index, { format, part }] of job.items.entries()) {
      item = index;
      const bundle = buildPrintBook(edition, context as PrintContext, {
        ...job.options,
        format,
        ...(part ? { part } : {}),
      });
      const rendered = compileBook(bundle, job.options);
      if (format === "a4") {
        pdfs.push({ format, ...(part ? { part } : {}), pdf: rendered.pdf, pages: rendered.pages });
        continue;
      }
      const booklet = await imposeBooklet(rendered.pdf);
      pdfs.push({
        format,
        ...(part ? { part } : {}),
        pdf: booklet.pdf,
        pages: booklet.pages,
        sheets: booklet.sheets,
        bookletPages: booklet.bookletPages,
      });
    }
    // Fresh copies of the bytes (Typst's may live in memory Node cannot hand over), then moved, not copied again.
    const own = pdfs.map((pdf) => ({ ...pdf, pdf: pdf.pdf.slice() }));
    port.postMessage(
      { kind: "done", pdfs: own } satisfies Reply,
      own.map((pdf) => pdf.pdf.buffer as ArrayBuffer),
    );
  } catch (error) {
    const content = error instanceof ContentError;
    port.postMessage({
      kind: "failed",
      problem: content ? error.problem : error instanceof Error ? error.message : String(error),
      location: content ? error.location : {},
      content,
      item,
    } satisfies Reply);
  }
}

if (!isMainThread && (workerData as { marker?: unknown } | null)?.marker === marker) {
  void work((workerData as { job: WorkerJob }).job);
}
