/**
 * Lays out toolkit PDFs on a second thread, with a Typst compiler of its own, so that `exportToolkitPdfs` makes the
 * A4 copies and the A5 booklets at the same time on a machine with two cores. One module holds both sides: the main
 * thread calls {@link renderOnWorker}, which starts this very module as a worker (`import.meta.url`, so it works
 * from the TypeScript sources under tsx and from the CLI's esbuild bundle alike); the worker side runs when the
 * module is loaded on a worker thread with our `workerData`.
 *
 * The worker only runs Typst: it gets the edition and what the printer needs (plain data and image bytes, copied
 * once per job) and sends each PDF back as soon as it is laid out (its bytes moved, not copied), so the main thread
 * can impose a booklet while the worker lays out the next. The worker stays for the next job, its compiler warm.
 * A worker that cannot start (a runtime that cannot load this module on a thread) is reported as such, so the caller
 * makes those PDFs itself.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { ContentError, type ContentErrorLocation } from "../errors.js";
import type { ToolkitPdfFormat } from "../model/routes.js";
import type { PrintOptions } from "./book.js";
import type { RenderedPdf } from "./compile.js";
import type { PrintToolkit } from "./export.js";
import { holdSystemFontsAway } from "./system-fonts.js";

/** What the worker lays out: one PDF per entry, `part` a part id (none: the whole book). */
export interface WorkerJob {
  toolkit: PrintToolkit;
  options: PrintOptions & { pdfStandard?: string };
  items: { format: ToolkitPdfFormat; part?: string }[];
}

const marker = "gastvrij-toolkit-pdfs";

type Reply =
  | { kind: "ready" }
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
 * The one worker of this process, started on first use and kept (like the compiler of `compile.ts`), so that a
 * long-running process (the publish service) lays out with a warm compiler on both threads. It does not keep the
 * process alive between jobs.
 */
let current: { worker: Worker; ready: boolean; release: () => void } | undefined;
/** Set when a worker failed to start: this runtime cannot run one, so the caller is told at once from then on. */
let unavailable: string | undefined;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Lays out `job` on the worker; `onPdf` gets each PDF (by its index in `job.items`) as it arrives. Resolves when all
 * are laid out. Jobs run one after the other.
 *
 * @throws ContentError as the PDFs made on this thread would; WorkerUnavailable when no worker can start here.
 */
export function renderOnWorker(job: WorkerJob, onPdf: (item: number, pdf: RenderedPdf) => void): Promise<void> {
  const run = queue.then(() => runJob(job, onPdf));
  queue = run.catch(() => undefined);
  return run;
}

function runJob(job: WorkerJob, onPdf: (item: number, pdf: RenderedPdf) => void): Promise<void> {
  if (unavailable) return Promise.reject(new WorkerUnavailable(unavailable));
  if (!current) {
    // The worker's compiler is created before it reports ready, with the machine's fonts held away from it here: only
    // this thread's environment reaches its native code (see `system-fonts.ts`).
    const release = holdSystemFontsAway();
    const started = { worker: new Worker(new URL(import.meta.url), { workerData: { marker } }), ready: false, release };
    // A worker that ends between jobs (killed, out of memory) is forgotten, so the next job starts a new one instead
    // of waiting for an answer that never comes.
    started.worker.once("exit", () => {
      started.release();
      if (current === started) current = undefined;
    });
    current = started;
  }
  const state = current;
  const { worker } = state;
  return new Promise((resolve, reject) => {
    const stop = (action: () => void) => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      worker.unref();
      action();
    };
    const onMessage = (reply: Reply) => {
      if (reply.kind === "ready") {
        state.ready = true;
        state.release();
      } else if (reply.kind === "pdf") onPdf(reply.item, { pdf: reply.pdf, pages: reply.pages });
      else if (reply.kind === "done") stop(resolve);
      else {
        const error = reply.content
          ? new WorkerContentError(reply.problem, reply.location, reply.item)
          : new Error(reply.problem);
        stop(() => reject(error));
      }
    };
    const lost = (reason: string, cause?: unknown) => {
      state.release();
      if (current === state) current = undefined;
      void worker.terminate();
      if (!state.ready) unavailable = `no PDF worker: ${reason}`;
      stop(() =>
        reject(state.ready ? new Error(`the PDF worker stopped: ${reason}`, { cause }) : new WorkerUnavailable(reason)),
      );
    };
    const onError = (error: Error) => lost(error.message, error);
    const onExit = (code: number) => lost(`exit ${code}`);
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    // Keep the process alive while the job runs.
    worker.ref();
    worker.postMessage({ job });
  });
}

/** The worker side: lays out each job's PDFs one after the other with this thread's compiler, sending each back. */
async function serve(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  // Loaded here, on the worker, so that the main thread's import of this module stays light.
  const [{ buildPrintBook }, { compileBook, prepareCompiler }] = await Promise.all([
    import("./book.js"),
    import("./compile.js"),
  ]);
  prepareCompiler();
  port.postMessage({ kind: "ready" } satisfies Reply);
  port.on("message", ({ job }: { job: WorkerJob }) => {
    let item = 0;
    try {
      const { edition, context } = job.toolkit;
      for (const [index, { format, part }] of job.items.entries()) {
        item = index;
        const bundle = buildPrintBook(edition, context, {
          ...job.options,
          format,
          ...(part ? { part } : {}),
        });
        const rendered = compileBook(bundle, job.options);
        // A fresh copy of the bytes (Typst's may live in memory Node cannot hand over), then moved, not copied.
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
  });
}

if (!isMainThread && (workerData as { marker?: unknown } | null)?.marker === marker) void serve();
