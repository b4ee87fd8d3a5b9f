import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import { ContentError } from "../../errors.js";
import { isPublishedId, safeUrl } from "../../model/index.js";
import { packageRoot } from "../../package-root.js";
import { type ExportData, type RawDocument, readExport } from "./export-reader.js";
import { createGroqEngine, type GroqEngine, type QueryParams } from "./groq-engine.js";
import type { ContentSource } from "./source.js";

/**
 * The dataset that ships with the package (`dataset/embedded/`, generated from the sample Markdown texts). Resolved
 * from the package root, so it works wherever the package is installed or bundled.
 */
export const embeddedDatasetPath: string = resolve(packageRoot, "dataset/embedded");

/** The dataset the local source reads when none is given: `GASTVRIJ_DATASET` if set, else the embedded dataset. */
export function defaultDatasetPath(): string {
  const fromEnv = process.env.GASTVRIJ_DATASET;
  return fromEnv ? resolve(fromEnv) : embeddedDatasetPath;
}

/** Options of {@link openLocalSource}. */
export interface LocalSourceOptions {
  /** An `.ndjson` file, an export folder or a `.tar.gz` export; default {@link defaultDatasetPath}. */
  dataset?: string;
}

/** A {@link ContentSource} over an export on disk. */
export interface LocalSource extends ContentSource {
  readonly kind: "local";
  /** Absolute path of the export that was read. */
  readonly dataset: string;
  /** The published documents the source answers from (images resolved to asset references), in file order. */
  readonly documents: readonly RawDocument[];
}

/**
 * Opens a local source: reads the export, keeps the published perspective (no `drafts.*`, `versions.*`, `sanity.*`,
 * `system.*` documents), turns `_sanityAsset` image and file fields into asset references with `file://` URLs (so
 * `asset->url` works as it does live) and answers GROQ with a fast, cached groq-js engine.
 *
 * @throws ContentError for unreadable input, a duplicate `_id` or an asset file that does not exist.
 * @example
 * const source = await openLocalSource();
 * const titles = await source.fetch<string[]>(`*[_type == "theme"].title`);
 */
export async function openLocalSource(options: LocalSourceOptions = {}): Promise<LocalSource> {
  const dataset = resolve(options.dataset ?? defaultDatasetPath());
  const data = await readExport(dataset);
  const documents = publishedDocuments(data);
  const engine: GroqEngine = createGroqEngine(documents);
  const lines = new Map(data.documents.map(({ document, line }) => [document._id, line]));
  return {
    kind: "local",
    description: dataset,
    dataset,
    documents: engine.documents,
    fetch: <T>(query: string, params?: QueryParams) => engine.query<T>(query, params),
    locate: (documentId: string) => {
      const line = lines.get(documentId);
      return line === undefined ? undefined : { file: data.dataFileLabel, line };
    },
  };
}

/**
 * The published documents of an export with assets resolved: drops drafts, versions and system documents, rejects
 * duplicate ids and adds one `sanity.imageAsset`/`sanity.fileAsset` document per local asset file, images and files
 * alike: its `file:` URL, extension, MIME type (from the extension), size (measured on disk) and original file name
 * (from the export's `assets.json` when it has one, as Sanity's exports do, else the file's own name).
 *
 * @throws ContentError naming file, line, document and field for a duplicate id, a missing asset file, an asset
 *   document of the export whose `url` is not a web address (only the export's own `_sanityAsset` files become
 *   `file:` URLs, so no document can point the site or the PDF at another file on the machine), or a dangling
 *   reference.
 */
export function publishedDocuments(data: ExportData): RawDocument[] {
  const seen = new Map<string, number>();
  const documents: RawDocument[] = [];
  const assetDocs = new Map<string, RawDocument>();
  const uses = new Map(data.assets.map((use) => [`${use.documentId}\u0000${use.fieldPath}`, use]));
  const lines = new Map<string, number>();
  for (const { document, line } of data.documents) {
    const first = lines.get(document._id);
    if (first !== undefined) {
      throw new ContentError(`duplicate _id ${JSON.stringify(document._id)} (first on line ${first})`, {
        file: data.dataFileLabel,
        line,
        documentId: document._id,
      });
    }
    lines.set(document._id, line);
    if (!isPublishedId(document._id)) continue;
    seen.set(document._id, line);
    if (assetTypes.has(document._type) && document.url != null) {
      if (safeUrl(document.url, ["http", "https"], { absolute: true }) === undefined) {
        throw new ContentError(
          `asset document with a URL that is not a web address (${JSON.stringify(document.url)}): an export's own files are given by _sanityAsset`,
          { file: data.dataFileLabel, line, documentId: document._id, path: "url" },
        );
      }
    }
    documents.push(
      resolveAssets(document, "", (fieldPath) => {
        const use = uses.get(`${document._id}\u0000${fieldPath}`);
        if (!use) throw new Error(`asset use not collected: ${document._id} ${fieldPath}`);
        if (!use.exists) {
          throw new ContentError(`asset file not found: ${use.path ?? use.url}`, {
            file: data.dataFileLabel,
            line,
            documentId: document._id,
            path: fieldPath,
          });
        }
        const extension = extname(use.path ?? new URL(use.url).pathname)
          .slice(1)
          .toLowerCase();
        const hash = createHash("sha1").update(use.ref).digest("hex");
        const id = `${use.kind}-${hash}-${extension || "bin"}`;
        if (!assetDocs.has(id)) {
          const name = basename(use.path ?? new URL(use.url).pathname);
          assetDocs.set(id, {
            _id: id,
            _type: use.kind === "image" ? "sanity.imageAsset" : "sanity.fileAsset",
            url: use.url,
            path: use.path ?? null,
            originalFilename: originalFilename(data.assetsMeta, use.kind, name) ?? name,
            extension,
            size: use.path ? statSync(use.path).size : null,
            mimeType: Object.hasOwn(mimeTypes, extension) ? mimeTypes[extension] : "application/octet-stream",
          });
        }
        return id;
      }) as RawDocument,
    );
  }
  const all = [...documents, ...assetDocs.values()];
  checkReferences(all, data.dataFileLabel, seen);
  return all;
}

/**
 * Every strong reference (`_ref` without `_weak: true`) must point to a published document of the export.
 *
 * @throws ContentError naming the document, the field and the missing id.
 */
export function checkReferences(documents: readonly RawDocument[], file?: string, lines?: Map<string, number>): void {
  const ids = new Set(documents.map((doc) => doc._id));
  const visit = (value: unknown, path: string, doc: RawDocument): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, `${path}[${index}]`, doc);
      });
      return;
    }
    if (value === null || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    if (typeof record._ref === "string" && record._weak !== true && !ids.has(record._ref)) {
      const draft = ids.has(`drafts.${record._ref}`) ? " (only a draft exists)" : "";
      throw new ContentError(`reference to missing document ${JSON.stringify(record._ref)}${draft}`, {
        file,
        line: lines?.get(doc._id),
        documentId: doc._id,
        path,
      });
    }
    for (const [key, child] of Object.entries(record)) {
      if (child !== null && typeof child === "object") visit(child, path ? `${path}.${key}` : key, doc);
    }
  };
  for (const doc of documents) visit(doc, "", doc);
}

const assetTypes = new Set(["sanity.imageAsset", "sanity.fileAsset"]);

/**
 * The name an asset was uploaded with, from an export's `assets.json` (Sanity keys it `file-<sha1>` for the file
 * `files/<sha1>.pdf`, and keeps the asset document's `originalFilename` there). Only text: never used as a path.
 */
function originalFilename(meta: Record<string, unknown>, kind: "image" | "file", name: string): string | undefined {
  const stem = name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : name;
  const entry = meta[`${kind}-${stem}`];
  const value =
    entry !== null && typeof entry === "object" ? (entry as Record<string, unknown>).originalFilename : undefined;
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** MIME types by lowercase extension: images, and the documents a network shares (the rest is octet-stream). */
const mimeTypes: Readonly<Record<string, string>> = {
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  doc: "application/msword",
  odt: "application/vnd.oasis.opendocument.text",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xls: "application/vnd.ms-excel",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  txt: "text/plain",
  csv: "text/csv",
  zip: "application/zip",
};

/** Copies `value`, replacing each `{_sanityAsset}` object by the same object with `asset: {_type: "reference", _ref}`. */
function resolveAssets(value: unknown, path: string, assetId: (fieldPath: string) => string): unknown {
  if (Array.isArray(value)) {
    let changed = false;
    const copy = value.map((item, index) => {
      const next = resolveAssets(item, `${path}[${index}]`, assetId);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? copy : value;
  }
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  if (typeof record._sanityAsset === "string") {
    const { _sanityAsset: _ignored, ...rest } = record;
    copy = { ...rest, asset: { _type: "reference", _ref: assetId(path) } };
  }
  for (const [key, child] of Object.entries(record)) {
    if (child === null || typeof child !== "object") continue;
    const next = resolveAssets(child, path ? `${path}.${key}` : key, assetId);
    if (next !== child) {
      copy ??= { ...record };
      copy[key] = next;
    }
  }
  return copy ?? value;
}
