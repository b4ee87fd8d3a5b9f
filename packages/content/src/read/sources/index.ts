// Public entry @gastvrij/content/sources: the back ends behind `openContent` for tools that need them directly (the
// validator, the benchmark, the `query` command): reading an export, the local GROQ engine, the live source. Only
// re-exports.

export {
  collectAssets,
  describeAsset,
  type ExportAssetUse,
  type ExportData,
  type ExportDocument,
  type RawDocument,
  readExport,
} from "./export-reader.js";
export { createGroqEngine, type GroqEngine, type GroqEngineOptions, type QueryParams } from "./groq-engine.js";
export {
  type LivePerspective,
  type LiveSource,
  LiveSourceError,
  type LiveSourceOptions,
  openLiveSource,
} from "./live.js";
export {
  checkReferences,
  defaultDatasetPath,
  embeddedDatasetPath,
  type LocalSource,
  type LocalSourceOptions,
  openLocalSource,
  publishedDocuments,
} from "./local.js";
export type { ContentSource } from "./source.js";
