/**
 * Lays out toolkit PDFs on a second thread, with a Typst compiler of its own, so that `exportToolkitPdfs` makes the
 * A4 copies and the A5 booklets at the same time on a machine with two cores. One module holds both sides: the main
 * thread calls {@link renderOnWorker}, which starts this very module as a worker (`import.meta.url`, so it works
 * from the TypeScript sources under tsx and from the CLI's esbuild bundle alike); the worker side runs when the
 * module is loaded on a worker thread with our `workerData`.
 *
 * The worker only runs Typst: it gets the edition and what the printer needs (plain data and image bytes, copied
 * once) and sends each PDF back as soon as it is laid out (its bytes moved, not copied), so the main thread can
 * impose a booklet while the worker lays out the next. A worker that cannot start (a runtime that cannot load this
 * module on a thread) is reported as such, so the caller makes those PDFs itself.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { ContentError, type ContentErrorLocation } from "../errors.js";
import type { ToolkitPdfFormat } from "../model/routes.js";
import type { PrintContext, PrintOptions } from "./book.js";
import type { RenderedPdf } from "./compile.js";
import type { PrintToolkit } from "./export.js";

/** What the worker lays out: one PDF per entry, `part` a part id (none: the whole book). */
export interface WorkerJob {
  toolkit: PrintToolkit;
  options: PrintOptions & { pdfStandard?: string };
  items: { format: ToolkitPdfFormat; part?: string }[];
}

const marker = "gastvrij-toolkit-pdfs";

type Reply =
  | { kind: "started" }
  | { kind: "pdf"; item: number; pdf: Uint8Array; pages: number }
  | { kind: "done" }
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
 * Starts the worker on `job`; `onPdf` gets each PDF (by its index in `job.items`) as it arrives. Resolves when all
 * are laid out.
 *
 * @throws ContentError as the PDFs made on this thread would; WorkerUnavailable when no worker could start.
 */
export function renderOnWorker(job: WorkerJob, onPdf: (item: number, pdf: RenderedPdf) => void): Promise<void> {
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
      else if (reply.kind === "pdf") onPdf(reply.item, { pdf: reply.pdf, pages: reply.pages });
      else if (reply.kind === "done") finish(resolve);
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

/** The worker side: lays out the job's PDFs one after the other with this thread's compiler, sending each back. */
async function work(job: WorkerJob): Promise<void> {
  const port = parentPort;
  if (!port) return;
  port.postMessage({ kind: "started" } satisfies Reply);
  let item = 0;
  try {
    // Loaded here, on the worker, so that the main thread's import of this module stays light.
    const [{ buildPrintBook }, { compileBook }] = await Promise.all([import("./book.js"), import("./compile.js")]);
    const { edition, context } = job.toolkit;
    for (const [index, { format, part }] of job.items.entries()) {
      item = index;
      const bundle = buildPrintBook(edition, context as PrintContext, {
        ...job.options,
        format,
        ...(part ? { part } : {}),
      });
      const rendered = compileBook(bundle, job.options);
      // A fresh copy of the bytes (Typst's may live in memory Node cannot hand over), then moved, not copied again.
      const pdf = rendered.pdf.slice();
      port.postMessage({ kind: "pdf", item, pdf, pages: rendered.pages } satisfies Reply, [pdf.buffer]);
    }
    port.postMessage({ kind: "done" } satisfies Reply);
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
