/**
 * The PDF side by side: the whole `gastvrij export-pdf` command (the compiled CLI in the environment `npm run
 * gastvrij` gives it) against the same toolkit printed from one HTML page by headless Chromium, WeasyPrint and
 * Chromium with Paged.js, each spawned as a whole process (start, read, lay out, write) with wall time, peak memory of
 * the process tree and page count. Besides: every part and the whole book in A4 and A5 from one command (`export-pdf --all`), the phases
 * inside one export, and the warm path of a long-running process (one section edited, the book made again).
 */
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cliEnvironment, ensureCliBundle } from "../../cli-bundle.mjs";
import type { BenchDataset } from "./datasets.js";
import { countPdfPages } from "./pdf-pages.js";
import type { PdfPhasesResult } from "./pdf-phases.js";
import type { PdfWarmResult } from "./pdf-warm.js";
import type { PrintHtmlResult } from "./print-html.js";
import { findPagedJs, findWeasyprint, writePagedHtml } from "./printers.js";
import { runCommand, runStep, tsNode } from "./processes.js";
import { summarize, type Timing } from "./stats.js";

const here = dirname(fileURLToPath(import.meta.url));

/** Debian's Chromium, the baseline printer. */
export const chromiumPath = process.env.GASTVRIJ_BENCH_CHROMIUM ?? "/usr/bin/chromium";

/** Repeated runs of one command. */
export interface ProcessMeasurement {
  /** Wall time of the whole process. */
  wall: Timing;
  /** Highest peak over the runs of the summed RSS of the process tree, bytes. */
  peakTreeRss?: number;
  /** Highest peak RSS of a single process of the tree, bytes. */
  peakProcessRss?: number;
  pages?: number;
  /** Files written (`export-pdf --all`). */
  files?: number;
}

/** The printers compared with export-pdf, all from the same print HTML. */
export const otherPrinters = ["chromium", "weasyprint", "pagedjs"] as const;
export type OtherPrinter = (typeof otherPrinters)[number];
export const printerLabels: Record<OtherPrinter, string> = {
  chromium: "Chromium plain print",
  weasyprint: "WeasyPrint",
  pagedjs: "Chromium + Paged.js",
};

/** A command measured, or why it was not. */
export interface Measured {
  run?: ProcessMeasurement;
  /** Why it did not run or failed (a missing printer, an error). */
  error?: string;
}

export interface PdfCase {
  /** Dataset label: `1x` is the embedded toolkit, `10x` the toolkit ×10. */
  dataset: string;
  sections: number;
  exportPdf: ProcessMeasurement;
  /** The same toolkit through the other printers. */
  printers: Partial<Record<OtherPrinter, Measured>>;
  /** How their input was made. */
  printHtml?: Omit<PrintHtmlResult, "file">;
  /** `export-pdf --all`: the whole book and every part, A4 and A5 booklet, in one command. */
  allParts?: Measured;
  /** The phases of the export inside one process, with that process's peak RSS. */
  phases?: PdfPhasesResult & { peakRss: number };
  /** One section edited in a long-running process, with that process's peak RSS. */
  warm?: PdfWarmResult & { peakRss: number };
  /** Why the phases or the warm path were not measured. */
  stepErrors?: string[];
}

export interface PdfResults {
  /** `gastvrij --help` (compiled CLI): starting the CLI, the floor under every command. */
  cliStartup: ProcessMeasurement;
  cases: PdfCase[];
}

export interface PdfOptions {
  runs: number;
  /** Temporary folder for PDFs and the print HTML. */
  folder: string;
  /** Measure the other printers (Chromium, WeasyPrint, Paged.js). */
  printers: boolean;
  log?: (line: string) => void;
}

interface OneRun {
  wallMs: number;
  peakTreeRss?: number;
  peakProcessRss?: number;
  pages?: number;
  files?: number;
}

async function repeat(runs: number, once: () => Promise<OneRun>): Promise<ProcessMeasurement> {
  const results: OneRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await once());
  const peaks = (key: "peakTreeRss" | "peakProcessRss") => {
    const values = results.map((r) => r[key]).filter((v): v is number => v !== undefined);
    return values.length ? Math.max(...values) : undefined;
  };
  const tree = peaks("peakTreeRss");
  const single = peaks("peakProcessRss");
  const last = results.at(-1);
  return {
    wall: summarize(results.map((r) => r.wallMs)),
    ...(tree !== undefined ? { peakTreeRss: tree } : {}),
    ...(single !== undefined ? { peakProcessRss: single } : {}),
    ...(last?.pages !== undefined ? { pages: last.pages } : {}),
    ...(last?.files !== undefined ? { files: last.files } : {}),
  };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs `measure` and keeps its result, or the reason it failed. */
async function attempt(measure: () => Promise<ProcessMeasurement>): Promise<Measured> {
  try {
    return { run: await measure() };
  } catch (error) {
    return { error: message(error) };
  }
}

/** Whether this checkout's export-pdf has `--all` (all parts, A4 and A5, in one command). */
export function supportsAll(exportPdfHelp: string): boolean {
  return /^\s*--all\b/m.test(exportPdfHelp) && /--out-dir\b/.test(exportPdfHelp);
}

/** export-pdf and the other printers for each dataset (the bench passes the embedded one and the toolkit ×10). */
export async function measurePdf(datasets: readonly BenchDataset[], options: PdfOptions): Promise<PdfResults> {
  const log = options.log ?? (() => {});
  const cli = await ensureCliBundle({ log });
  const gastvrij = (args: readonly string[]) =>
    runCommand(process.execPath, [cli, ...args], {
      env: cliEnvironment({ ...process.env, GASTVRIJ_CWD: process.cwd() }),
    });
  const cliStartup = await repeat(options.runs, () => gastvrij(["--help"]));
  const hasAll = supportsAll((await gastvrij(["export-pdf", "--help"])).stdout);
  const weasyprint = options.printers ? findWeasyprint(log) : undefined;
  const pagedjs = options.printers ? findPagedJs() : undefined;

  const cases: PdfCase[] = [];
  for (const dataset of datasets) {
    // The slow printers run once on the big toolkit: their spread is small next to their time.
    const slowRuns = dataset.factor >= 10 ? 1 : options.runs;
    const out = join(options.folder, `toolkit-${dataset.label}.pdf`);
    log(`bench: pdf ${dataset.label}: export-pdf`);
    const exportPdf = await repeat(options.runs, async () => {
      const run = await gastvrij(["export-pdf", "--dataset", dataset.path, "--out", out]);
      const pages = /\((\d+) pages/.exec(run.stdout)?.[1];
      return { ...run, ...(pages ? { pages: Number(pages) } : {}) };
    });
    const item: PdfCase = { dataset: dataset.label, sections: 0, exportPdf, printers: {} };
    cases.push(item);

    if (hasAll) {
      log(`bench: pdf ${dataset.label}: export-pdf --all`);
      const dir = join(options.folder, `parts-${dataset.label}`);
      item.allParts = await attempt(() =>
        repeat(options.runs, async () => {
          const run = await gastvrij(["export-pdf", "--all", "--dataset", dataset.path, "--out-dir", dir]);
          const files = (await readdir(dir)).filter((name) => name.endsWith(".pdf")).length;
          return { ...run, files };
        }),
      );
    } else {
      item.allParts = { error: "not available: this export-pdf has no --all --out-dir" };
    }

    const stepErrors: string[] = [];
    /** A step in a process of its own, with that process's peak RSS; undefined (the reason kept) when it failed. */
    const step = async <T extends object>(name: string, what: string) => {
      try {
        const { result, peakRss } = await runStep<T>(name, { dataset: dataset.path });
        return { ...result, peakRss };
      } catch (error) {
        stepErrors.push(`${what}: ${message(error)}`);
        return undefined;
      }
    };
    const phases = await step<PdfPhasesResult>("pdf-phases", "phases");
    if (phases) item.phases = phases;
    log(`bench: pdf ${dataset.label}: warm edit`);
    const warm = await step<PdfWarmResult>("pdf-warm", "warm");
    if (warm) item.warm = warm;
    if (stepErrors.length) item.stepErrors = stepErrors;
    if (!options.printers) continue;

    const html = join(options.folder, `toolkit-${dataset.label}.html`);
    const { result } = await runStep<PrintHtmlResult>("print-html", { dataset: dataset.path, out: html });
    const { file: _file, ...printHtml } = result;
    item.printHtml = printHtml;
    item.sections = result.sections;
    const chromiumPrint = (input: string, output: string, extra: string[] = []) => {
      const node = tsNode(join(here, "chromium-print.ts"), [input, output, chromiumPath, ...extra]);
      return async () => {
        const run = await runCommand(node.command, node.args);
        const pages = /pages (\d+)/.exec(run.stdout)?.[1];
        return { ...run, ...(pages ? { pages: Number(pages) } : {}) };
      };
    };

    log(`bench: pdf ${dataset.label}: Chromium`);
    const chromiumOut = join(options.folder, `toolkit-${dataset.label}-chromium.pdf`);
    item.printers.chromium = await attempt(() => repeat(options.runs, chromiumPrint(html, chromiumOut)));

    if (weasyprint && "path" in weasyprint) {
      log(`bench: pdf ${dataset.label}: WeasyPrint`);
      const weasyOut = join(options.folder, `toolkit-${dataset.label}-weasyprint.pdf`);
      item.printers.weasyprint = await attempt(() =>
        repeat(slowRuns, async () => {
          const run = await runCommand(weasyprint.path, ["--quiet", html, weasyOut]);
          return { ...run, pages: countPdfPages(await readFile(weasyOut)) };
        }),
      );
    } else if (weasyprint) item.printers.weasyprint = { error: weasyprint.missing };

    if (pagedjs && "path" in pagedjs) {
      log(`bench: pdf ${dataset.label}: Chromium + Paged.js`);
      const pagedHtml = join(options.folder, `toolkit-${dataset.label}-paged.html`);
      const pagedOut = join(options.folder, `toolkit-${dataset.label}-paged.pdf`);
      item.printers.pagedjs = await attempt(async () => {
        await writePagedHtml(html, pagedHtml, pagedjs.path);
        return repeat(slowRuns, chromiumPrint(pagedHtml, pagedOut, ["--pagedjs"]));
      });
    } else if (pagedjs) item.printers.pagedjs = { error: pagedjs.missing };
  }
  return { cliStartup, cases };
}
