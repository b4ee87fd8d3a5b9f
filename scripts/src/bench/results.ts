/** The shape of `bench-results/latest.json`. */
import type { BenchDataset } from "./datasets.js";
import type { Goal } from "./goals.js";
import type { LoadResult } from "./load.js";
import type { BenchOptions } from "./options.js";
import type { PdfResults } from "./pdf.js";
import type { PublishResult } from "./publish.js";
import type { QueriesResult } from "./queries.js";
import type { HtmlResult, TypstResult } from "./render.js";
import type { SiteResult } from "./site.js";

/** A measurement on one dataset, with the peak RSS of the process it ran in. */
export type OnDataset<T> = T & { dataset: string; peakRss: number };

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  platform: string;
  /** 1-minute load average when the run started and ended (other work on the machine skews the figures). */
  loadStart: number;
  loadEnd?: number;
}

export interface BenchResults {
  /** ISO time the run started. */
  date: string;
  durationMs?: number;
  machine: Machine;
  options: Omit<BenchOptions, "out">;
  datasets: BenchDataset[];
  /** Peak RSS of a step process that only loads the modules (the floor under every step's figure), bytes. */
  stepBaselineRss?: number;
  load?: OnDataset<LoadResult>[];
  queries?: OnDataset<QueriesResult>[];
  html?: OnDataset<HtmlResult>[];
  typst?: OnDataset<TypstResult>[];
  pdf?: PdfResults;
  site?: SiteResult[];
  /** Publish (webhook → new page and PDF served) and the live snapshot against the export on disk, at 1x and 10x. */
  publish?: OnDataset<PublishResult>[];
  goals: Goal[];
  /** Measurements that failed (the rest still ran). */
  errors: { measurement: string; message: string }[];
}
