import { isAbsolute, relative } from "node:path";
import { ContentError } from "@gastvrij/content";
import { readExport } from "@gastvrij/content/sources";
import { type DatasetReport, validateDataset } from "./validate-dataset.js";

/**
 * A file's name as messages show it: relative to `cwd` (where the user typed the command) when it lies below it,
 * as given otherwise (and always for a file inside a `.tar.gz`, `archive.tar.gz!/data.ndjson`).
 */
export function displayFile(file: string, cwd: string | undefined): string {
  if (!cwd || !isAbsolute(file) || file.includes("!/")) return file;
  const rel = relative(cwd, file);
  return rel.startsWith("..") || isAbsolute(rel) ? file : rel;
}

/**
 * Reads an export (`.ndjson`, export folder or `.tar.gz`, with `readExport` of @gastvrij/content) and validates it.
 * A file that cannot be read (a malformed NDJSON line, a missing file) becomes one problem naming file and line,
 * not an exception. `cwd` makes file names in messages relative to where the user typed the command.
 */
export async function validateExport(path: string, options: { cwd?: string } = {}): Promise<DatasetReport> {
  const display = (file: string) => displayFile(file, options.cwd);
  let data: Awaited<ReturnType<typeof readExport>>;
  try {
    data = await readExport(path);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const { file, line, documentId, path: field } = error.location;
    return {
      problems: [
        {
          level: "error",
          file: display(file ?? path),
          ...(line ? { line } : {}),
          ...(documentId ? { documentId } : {}),
          ...(field ? { path: field } : {}),
          message: error.problem,
        },
      ],
      validated: 0,
      skipped: 0,
    };
  }
  return validateDataset({ file: display(data.dataFileLabel), documents: data.documents, assets: data.assets });
}
