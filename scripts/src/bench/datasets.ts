/**
 * The datasets of a benchmark run: the embedded dataset (1x) and synthetic exports of N times its size, written once
 * into the run's temporary folder. N× means N copies of every document, with the toolkit kept as ONE edition whose
 * chapters hold N times the sections and supplements ("toolkit ×N"), so the site, the queries and the PDF all grow.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { embeddedDatasetPath, readExport } from "@gastvrij/content/sources";
import { writeSyntheticExport } from "@gastvrij/content/testing";

export interface BenchDataset {
  /** Multiple of the embedded dataset. */
  factor: number;
  /** `1x`, `10x`, … */
  label: string;
  /** Export folder to pass as `--dataset` / `GASTVRIJ_DATASET`. */
  path: string;
  /** Documents in the export (published or not, assets not counted). */
  documents: number;
  /** Size of `data.ndjson`, bytes. */
  bytes: number;
  /** Time it took to generate and write, ms (0 for the embedded dataset). */
  generateMs: number;
}

/** The label of a factor: `10x`. */
export const labelOf = (factor: number) => `${factor}x`;

/** Writes (or, for 1x, points at) every dataset of `factors` under `folder`. */
export async function prepareDatasets(factors: readonly number[], folder: string): Promise<BenchDataset[]> {
  const out: BenchDataset[] = [];
  for (const factor of factors) {
    if (factor === 1) {
      const data = await readExport(embeddedDatasetPath);
      const { size } = await stat(data.dataFile);
      out.push({
        factor,
        label: labelOf(factor),
        path: embeddedDatasetPath,
        documents: data.documents.length,
        bytes: size,
        generateMs: 0,
      });
      continue;
    }
    const started = performance.now();
    const written = await writeSyntheticExport(embeddedDatasetPath, join(folder, `dataset-${labelOf(factor)}`), {
      factor,
      toolkit: "one",
    });
    out.push({
      factor,
      label: labelOf(factor),
      path: written.folder,
      documents: written.documents,
      bytes: written.bytes,
      generateMs: performance.now() - started,
    });
  }
  return out;
}
