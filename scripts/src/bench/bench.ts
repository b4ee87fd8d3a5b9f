/**
 * `pnpm bench`: measures the content pipeline side by side with plain libraries — export loading, typed queries
 * (against plain groq-js), Portable Text → HTML (against bare to-html) and → Typst, the PDF (against Chromium,
 * WeasyPrint and Chromium with Paged.js; all parts in one command; a warm recompile after an edit) and the site
 * build — on the embedded dataset and synthetic datasets of 10x and 100x its size, and the publish service (a
 * signed webhook until the new site and PDF are served; a live snapshot against the same export on disk) through a
 * local stand-in of the Sanity API. Prints tables, checks the headline goals and writes `bench-results/latest.json`.
 * Heavy steps run in child processes, so each peak RSS is one step's. Exit code 0 even when a goal is missed (it is a
 * measurement); 1 when a measurement failed, 2 for bad options.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot, userPath } from "../lib/paths.js";
import { type BenchDataset, prepareDatasets } from "./datasets.js";
import { evaluateGoals } from "./goals.js";
import type { LoadResult } from "./load.js";
import { type BenchOptions, iterations, type MeasurementName, parseOptions, UsageError, usage } from "./options.js";
import { measurePdf } from "./pdf.js";
import { runStep } from "./processes.js";
import type { PublishParams, PublishResult } from "./publish.js";
import type { QueriesResult } from "./queries.js";
import type { HtmlResult, TypstResult } from "./render.js";
import { formatReport, writeResults } from "./report.js";
import type { BenchResults, OnDataset } from "./results.js";
import { measureSite } from "./site.js";

/** The publish server's quiet time after a webhook in the benchmark (the service's default is 1,500 ms). */
export const publishQuietMs = 200;

/** Runs the measurements `options` ask for and returns the results (goals included). */
export async function runBench(
  options: BenchOptions,
  log: (line: string) => void = console.error,
): Promise<BenchResults> {
  const started = performance.now();
  const folder = await mkdtemp(join(tmpdir(), "gastvrij-bench-"));
  const { out: _out, ...shown } = options;
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? "unknown",
      memoryBytes: totalmem(),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadStart: loadavg()[0] ?? 0,
    },
    options: shown,
    datasets: [],
    goals: [],
    errors: [],
  };
  const wants = (name: MeasurementName) => options.only.includes(name);
  const attempt = async (name: string, task: () => Promise<void>) => {
    const begin = performance.now();
    log(`bench: ${name} …`);
    try {
      await task();
      log(`bench: ${name} done in ${((performance.now() - begin) / 1000).toFixed(1)} s`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`bench: ${name} FAILED: ${message}`);
      results.errors.push({ measurement: name, message });
    }
  };
  const perDataset = async <T>(
    name: MeasurementName,
    datasets: readonly BenchDataset[],
    params: (dataset: BenchDataset) => object,
  ): Promise<OnDataset<T>[]> => {
    const list: OnDataset<T>[] = [];
    for (const dataset of datasets) {
      await attempt(`${name} ${dataset.label}`, async () => {
        const run = await runStep<T>(name, { dataset: dataset.path, ...params(dataset) });
        list.push({ ...run.result, dataset: dataset.label, peakRss: run.peakRss });
      });
    }
    return list;
  };

  try {
    await attempt("datasets", async () => {
      results.datasets = await prepareDatasets(options.factors, folder);
    });
    await attempt("step baseline", async () => {
      results.stepBaselineRss = (await runStep("noop", {})).peakRss;
    });
    const datasets = results.datasets;
    const upTo = (factor: number) => datasets.filter((d) => d.factor <= factor);
    const big = (d: BenchDataset) => d.factor >= 50;

    if (wants("load")) {
      results.load = await perDataset<LoadResult>("load", datasets, (d) => ({
        iterations: iterations(options, big(d) ? 5 : 20, big(d) ? 2 : 3),
      }));
    }
    if (wants("queries")) {
      results.queries = await perDataset<QueriesResult>("queries", datasets, (d) => ({
        iterations: iterations(options, 200, 20),
        uncachedIterations: iterations(options, big(d) ? 10 : 30, 3),
        plainIterations: iterations(options, big(d) ? 5 : 20, 2),
        budgetMs: options.quick ? 1_000 : big(d) ? 10_000 : 5_000,
      }));
    }
    if (wants("html")) {
      results.html = await perDataset<HtmlResult>("html", datasets, (d) => ({
        iterations: iterations(options, big(d) ? 10 : 50, 5),
      }));
    }
    if (wants("typst")) {
      results.typst = await perDataset<TypstResult>("typst", datasets, (d) => ({
        iterations: iterations(options, big(d) ? 10 : 50, 5),
      }));
    }
    if (wants("pdf")) {
      await attempt("pdf", async () => {
        const pdfDatasets = datasets.filter((d) => d.factor === 1 || d.factor === 10);
        results.pdf = await measurePdf(pdfDatasets, {
          runs: iterations(options, 3, 1),
          folder,
          printers: true,
          log,
        });
      });
    }
    if (wants("site")) {
      results.site = [];
      for (const dataset of upTo(10)) {
        await attempt(`site ${dataset.label}`, async () => {
          results.site?.push(await measureSite(dataset, join(folder, `site-${dataset.label}`)));
        });
      }
    }
    if (wants("publish")) {
      const publishDatasets = datasets.filter((d) => d.factor === 1 || d.factor === 10);
      results.publish = await perDataset<PublishResult>("publish", publishDatasets, (d) => {
        const params: Omit<PublishParams, "dataset"> = {
          label: d.label,
          runs: iterations(options, d.factor === 1 ? 3 : 2, 1),
          snapshotRuns: iterations(options, d.factor === 1 ? 5 : 3, 1),
          quietMs: publishQuietMs,
          pollMs: 50,
          folder: join(folder, `publish-${d.label}`),
        };
        return params;
      });
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  results.machine.loadEnd = loadavg()[0] ?? 0;
  results.durationMs = performance.now() - started;
  results.goals = evaluateGoals(results);
  return results;
}

async function main(): Promise<number> {
  let options: BenchOptions | "help";
  try {
    options = parseOptions(process.argv.slice(2), join(repoRoot, "bench-results", "latest.json"));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`bench: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (options === "help") {
    console.log(usage);
    return 0;
  }
  options.out = userPath(options.out);
  const results = await runBench(options);
  console.log(formatReport(results));
  await writeResults(results, options.out);
  console.log(`\nresults written to ${options.out}`);
  return results.errors.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
