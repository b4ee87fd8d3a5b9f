/**
 * The PDF side by side: the whole `gastvrij export-pdf` command against headless Chromium printing the same toolkit
 * as one HTML page, each spawned as a whole process (start, read, lay out, write) with wall time, peak memory of the
 * process tree and page count.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchDataset } from "./datasets.js";
import type { PdfPhasesResult } from "./pdf-phases.js";
import type { PrintHtmlResult } from "./print-html.js";
import { runCommand, runStep } from "./processes.js";
import { summarize, type Timing } from "./stats.js";

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, "..", "cli.ts");
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
/** Runs a TypeScript file as the project's `cli` script does (`tsx file …`). */
const tsx = (file: string, args: readonly string[]) => [tsxCli, file, ...args];

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
  bytes?: number;
}

export interface PdfCase {
  /** Dataset label: `1x` is the embedded toolkit, `10x` the toolkit ×10. */
  dataset: string;
  sections: number;
  exportPdf: ProcessMeasurement;
  chromium?: ProcessMeasurement;
  /** How the Chromium input was made. */
  printHtml?: Omit<PrintHtmlResult, "file">;
  /** Why Chromium was not measured. */
  chromiumError?: string;
  /** The phases of the export inside one process, with that process's peak RSS. */
  phases?: PdfPhasesResult & { peakRss: number };
}

export interface PdfResults {
  /** `gastvrij --help`: starting the CLI (Node, tsx, loading every module), the floor under every command. */
  cliStartup: ProcessMeasurement;
  cases: PdfCase[];
}

export interface PdfOptions {
  runs: number;
  /** Temporary folder for PDFs and the print HTML. */
  folder: string;
  chromium: boolean;
}

interface OneRun {
  wallMs: number;
  peakTreeRss?: number;
  peakProcessRss?: number;
  pages?: number;
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
  const pages = results.at(-1)?.pages;
  return {
    wall: summarize(results.map((r) => r.wallMs)),
    ...(tree !== undefined ? { peakTreeRss: tree } : {}),
    ...(single !== undefined ? { peakProcessRss: single } : {}),
    ...(pages !== undefined ? { pages } : {}),
  };
}

/** `export-pdf` and Chromium for each dataset (the bench passes the embedded one and the toolkit ×10). */
export async function measurePdf(datasets: readonly BenchDataset[], options: PdfOptions): Promise<PdfResults> {
  const cliStartup = await repeat(options.runs, () => runCommand(process.execPath, tsx(cli, ["--help"])));
  const cases: PdfCase[] = [];
  for (const dataset of datasets) {
    const out = join(options.folder, `toolkit-${dataset.label}.pdf`);
    const exportPdf = await repeat(options.runs, async () => {
      const run = await runCommand(
        process.execPath,
        tsx(cli, ["export-pdf", "--dataset", dataset.path, "--out", out]),
        { env: { ...process.env, GASTVRIJ_CWD: process.cwd() } },
      );
      const pages = /\((\d+) pages/.exec(run.stdout)?.[1];
      return { ...run, ...(pages ? { pages: Number(pages) } : {}) };
    });
    const item: PdfCase = { dataset: dataset.label, sections: 0, exportPdf };
    cases.push(item);
    const phases = await runStep<PdfPhasesResult>("pdf-phases", { dataset: dataset.path });
    item.phases = { ...phases.result, peakRss: phases.peakRss };
    if (!options.chromium) continue;
    const html = join(options.folder, `toolkit-${dataset.label}.html`);
    const printed = join(options.folder, `toolkit-${dataset.label}-chromium.pdf`);
    const { result } = await runStep<PrintHtmlResult>("print-html", { dataset: dataset.path, out: html });
    const { file: _file, ...printHtml } = result;
    item.printHtml = printHtml;
    item.sections = result.sections;
    try {
      item.chromium = await repeat(options.runs, async () => {
        const run = await runCommand(
          process.execPath,
          tsx(join(here, "chromium-print.ts"), [html, printed, chromiumPath]),
        );
        const pages = /pages (\d+)/.exec(run.stdout)?.[1];
        return { ...run, ...(pages ? { pages: Number(pages) } : {}) };
      });
    } catch (error) {
      item.chromiumError = (error as Error).message;
    }
  }
  return { cliStartup, cases };
}
