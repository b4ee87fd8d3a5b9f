/** Load/parse time of an export: read the NDJSON, keep the published documents, index them for GROQ. */
import { createGroqEngine, openLocalSource, publishedDocuments, readExport } from "@gastvrij/content/sources";
import { summarize, type Timing, timeRepeated } from "./stats.js";

export interface LoadParams {
  dataset: string;
  iterations: number;
}

export interface LoadResult {
  documents: number;
  /** `readExport`: read and parse the NDJSON, find the assets. */
  read: Timing;
  /** `publishedDocuments`: drop drafts, resolve assets, check every reference. */
  published: Timing;
  /** `createGroqEngine`: the indexes of the fast engine. */
  index: Timing;
  /** `openLocalSource`: all of the above, as the site and the CLI call it. */
  open: Timing;
}

/** Measures loading `dataset` `iterations` times (one unmeasured warm-up first). */
export async function measureLoad(params: LoadParams): Promise<LoadResult> {
  const data = await readExport(params.dataset);
  const documents = publishedDocuments(data);
  const options = { iterations: params.iterations, warmup: 1 };
  return {
    documents: documents.length,
    read: summarize(await timeRepeated(() => readExport(params.dataset), options)),
    published: summarize(await timeRepeated(() => publishedDocuments(data), options)),
    index: summarize(await timeRepeated(() => createGroqEngine(documents), options)),
    open: summarize(await timeRepeated(() => openLocalSource({ dataset: params.dataset }), options)),
  };
}
