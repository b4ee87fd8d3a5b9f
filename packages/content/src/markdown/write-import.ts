import { copyFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { replaceAtomically } from "../atomic-write.js";
import type { ImportedDocument, MarkdownImport } from "./import-directory.js";

/** The documents as NDJSON: one JSON object per line, in the given order, ending with a newline. */
export function toNdjson(documents: readonly ImportedDocument[]): string {
  return documents.map((document) => `${JSON.stringify(document)}\n`).join("");
}

/**
 * Writes an import as a Sanity export: the NDJSON at `outFile` and each image or file beside it (`images/x.svg`),
 * every file atomically (temporary file + rename), the assets first so the NDJSON never names a missing file.
 */
export async function writeMarkdownImport(result: MarkdownImport, outFile: string): Promise<void> {
  const folder = dirname(outFile);
  for (const asset of result.assets) {
    const target = join(folder, asset.target);
    await replaceAtomically(target, (temporary) => copyFile(asset.source, temporary));
  }
  await replaceAtomically(outFile, (temporary) => writeFile(temporary, toNdjson(result.documents)));
}
