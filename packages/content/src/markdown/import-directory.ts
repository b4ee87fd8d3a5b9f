import { access, readdir, readFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { ContentError } from "../errors.js";
import { markdownToDocument } from "./document.js";
import { errorAt } from "./locate.js";
import type { JsonObject } from "./types.js";

/** A document converted from Markdown, as it goes into the NDJSON export. */
export type ImportedDocument = JsonObject & { _id: string; _type: string };

/** An image or file to copy next to the NDJSON. */
export interface ImportedAsset {
  /** Absolute path of the file the Markdown points to. */
  source: string;
  /** Path relative to the NDJSON file (`images/x.svg`), as named in `_sanityAsset`. */
  target: string;
}

/** The result of {@link importMarkdownDirectory}. */
export interface MarkdownImport {
  /** Every document, sorted by `_id`. */
  documents: ImportedDocument[];
  /** Every image and file used, sorted by target, each once. */
  assets: ImportedAsset[];
}

/** Options of {@link importMarkdownDirectory}. */
export interface ImportMarkdownOptions {
  /** How file paths appear in error messages: relative to this folder (default: absolute paths). */
  displayRoot?: string;
}

/**
 * Converts every `*.md` file under `dir` (recursively; `README.md` files and folders starting with `.` or named
 * `node_modules` are skipped) to Sanity documents, and checks them together: `_id`s are unique, every reference
 * points to a document of the import (of a fitting type), every image exists. Images are looked up next to the
 * Markdown file first, then from `dir`.
 *
 * @throws ContentError naming the Markdown file and line of the first problem.
 */
export async function importMarkdownDirectory(
  dir: string,
  options: ImportMarkdownOptions = {},
): Promise<MarkdownImport> {
  const root = resolve(dir);
  const display = (path: string) => (options.displayRoot ? relative(options.displayRoot, path) || "." : path);
  const files = await markdownFiles(root).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") {
      throw new ContentError(`no folder of Markdown files at ${display(root)}`);
    }
    throw error;
  });
  const converted = [];
  for (const path of files) {
    converted.push({ path, file: display(path), ...markdownToDocument(await readFile(path, "utf8"), display(path)) });
  }

  const byId = new Map<string, (typeof converted)[number]>();
  for (const entry of converted) {
    const earlier = byId.get(entry.document._id);
    if (earlier) {
      throw errorAt(
        { documentId: entry.document._id, file: entry.file },
        entry.idLine,
        `duplicate _id ${entry.document._id}: ${earlier.file}:${earlier.idLine} has it too`,
      );
    }
    byId.set(entry.document._id, entry);
  }

  for (const entry of converted) {
    const location = { documentId: entry.document._id, file: entry.file };
    for (const use of entry.references) {
      const target = byId.get(use.id);
      if (!target) {
        throw errorAt(
          location,
          use.line,
          `${use.what}: ref:${use.id} points to no document (no Markdown file has _id: ${use.id})`,
        );
      }
      if (use.allowedTypes.length > 0 && !use.allowedTypes.includes(target.document._type)) {
        throw errorAt(
          location,
          use.line,
          `${use.what}: ref:${use.id} is a ${target.document._type}; it must point to a ${use.allowedTypes.join(" or ")}`,
        );
      }
    }
  }

  const assets = new Map<string, ImportedAsset & { file: string; line?: number }>();
  for (const entry of converted) {
    for (const use of entry.assets) {
      const location = { documentId: entry.document._id, file: entry.file };
      const source = await findAsset(use.url, dirname(entry.path), root);
      if (!source) {
        throw errorAt(
          location,
          use.line,
          `${use.kind} ${use.url} not found (looked next to the Markdown file and in ${display(root)})`,
        );
      }
      const known = assets.get(use.target);
      if (known && known.source !== source) {
        throw errorAt(
          location,
          use.line,
          `${use.kind} ${use.url} has the same name as ${display(known.source)} (used in ${known.file}:${known.line}): rename one`,
        );
      }
      if (!known)
        assets.set(use.target, {
          source,
          target: use.target,
          file: entry.file,
          ...(use.line !== undefined ? { line: use.line } : {}),
        });
    }
  }

  const documents = converted.map((entry) => entry.document).sort((a, b) => compare(a._id, b._id));
  const assetList = [...assets.values()]
    .map(({ source, target }) => ({ source, target }))
    .sort((a, b) => compare(a.target, b.target));
  return { documents, assets: assetList };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md") && entry.name.toLowerCase() !== "readme.md")
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(
      (path) =>
        !relative(dir, path)
          .split(sep)
          .some((part) => part.startsWith(".") || part === "node_modules"),
    )
    .sort(compare);
}

async function findAsset(url: string, markdownDir: string, root: string): Promise<string | undefined> {
  for (const base of [markdownDir, root]) {
    const candidate = resolve(base, url);
    try {
      await access(candidate);
      return candidate;
    } catch {
      // try the next place
    }
  }
  return undefined;
}
