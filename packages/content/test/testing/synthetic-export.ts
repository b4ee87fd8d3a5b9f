import { copyFile, mkdir } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { writeFileAtomic } from "../../src/atomic-write.js";
import { ContentError } from "../../src/errors.js";
import { readExport } from "../../src/read/sources/export-reader.js";
import { type SyntheticDatasetOptions, syntheticDataset } from "./synthetic-dataset.js";

/** What {@link writeSyntheticExport} wrote. */
export interface SyntheticExport {
  /** The export folder (`data.ndjson` and the asset files beside it). */
  folder: string;
  /** `folder/data.ndjson`. */
  dataFile: string;
  /** Number of documents written. */
  documents: number;
  /** Size of `data.ndjson` in bytes. */
  bytes: number;
}

/**
 * Reads the export at `base` (an `.ndjson` file, an export folder or a `.tar.gz`), makes a {@link syntheticDataset} of
 * it and writes that as an export folder at `folder`: `data.ndjson` plus every local asset file the documents use,
 * at the same relative path, so `openLocalSource({dataset: folder})` and `gastvrij export-pdf --dataset folder` read
 * it like any export. `data.ndjson` is written to a temporary file and renamed into place.
 *
 * @throws ContentError when the base export cannot be read; RangeError for bad options.
 * @example
 * await writeSyntheticExport(embeddedDatasetPath, "/tmp/bench/10x", { factor: 10, toolkit: "one" });
 */
export async function writeSyntheticExport(
  base: string,
  folder: string,
  options: SyntheticDatasetOptions = {},
): Promise<SyntheticExport> {
  const data = await readExport(base);
  const documents = syntheticDataset(
    data.documents.map(({ document }) => document),
    options,
  );
  const out = resolve(folder);
  await mkdir(out, { recursive: true });
  const copied = new Set<string>();
  for (const asset of data.assets) {
    if (!asset.path || !asset.exists || copied.has(asset.path)) continue;
    copied.add(asset.path);
    const path = relative(data.baseDir, asset.path);
    if (path.startsWith("..") || isAbsolute(path)) {
      throw new ContentError(`asset outside the export folder cannot be copied: ${asset.ref}`, {
        file: data.dataFileLabel,
        line: asset.line,
        documentId: asset.documentId,
        path: asset.fieldPath,
      });
    }
    await mkdir(dirname(join(out, path)), { recursive: true });
    await copyFile(asset.path, join(out, path));
  }
  const text = documents.map((document) => `${JSON.stringify(document)}\n`).join("");
  const dataFile = join(out, "data.ndjson");
  await writeFileAtomic(dataFile, text);
  return { folder: out, dataFile, documents: documents.length, bytes: Buffer.byteLength(text) };
}
