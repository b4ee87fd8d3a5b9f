// Public API of @gastvrij/content/testing: synthetic datasets for tests and benchmarks (not needed to use the content).
export {
  type SyntheticDatasetOptions,
  type SyntheticDocument,
  syntheticDataset,
  syntheticSuffix,
} from "./synthetic-dataset.js";
export { type SyntheticExport, writeSyntheticExport } from "./synthetic-export.js";
