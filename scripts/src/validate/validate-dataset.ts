import { printedTextFindings, safeUrl } from "@gastvrij/content/model";
import type { ExportAssetUse, ExportDocument, RawDocument } from "@gastvrij/content/sources";
import { Schema } from "@sanity/schema";
import { builtinTypes } from "@sanity/schema/_internal";
import type { Path, PathSegment, SchemaType } from "@sanity/types";
import { validateDocument, validateDocumentWithWorkspace, validationMarkerCodes } from "@sanity/validation";
import { schemaTypes } from "gastvrij-studio/schema";
import { createDatasetClient } from "./dataset-client.js";

/**
 * One problem found in a dataset. Only problems in published documents gate a build: a problem in a draft
 * (`drafts.*`) or a release version (`versions.*`) is a `note`, whatever the Studio's level for it (the Studio lets a
 * draft be half-written; publishing is what it checks).
 */
export interface DatasetProblem {
  level: "error" | "warning" | "note";
  /** The NDJSON file (as it should be named in messages). */
  file: string;
  /** 1-based line of the document. */
  line?: number;
  documentId?: string;
  /** Whether the document is a draft (`drafts.*`) or a release version (`versions.*`): its problems are notes. */
  draft?: boolean;
  /** Field path such as `body[3].items[0].text`. */
  path?: string;
  message: string;
}

/** What {@link validateDataset} reads: the documents of one export with their line numbers. */
export interface DatasetInput {
  file: string;
  documents: readonly ExportDocument[];
  /** `_sanityAsset` fields of the export, checked for missing files (optional). */
  assets?: readonly ExportAssetUse[];
}

/** The outcome of {@link validateDataset}. */
export interface DatasetReport {
  problems: DatasetProblem[];
  /** Documents that were validated (drafts included). */
  validated: number;
  /** System documents that were skipped (`sanity.*`, `system.*`, asset documents). */
  skipped: number;
}

let compiledSchema: ReturnType<typeof Schema.compile> | undefined;

/** The Studio's schema, compiled once. */
export function studioSchema(): ReturnType<typeof Schema.compile> {
  compiledSchema ??= Schema.compile({ name: "gastvrij", types: [...builtinTypes, ...schemaTypes] });
  return compiledSchema;
}

const assetTypes = new Set(["sanity.imageAsset", "sanity.fileAsset"]);

/** Whether a document is Sanity's own (system documents, asset documents): not part of the content model. */
export function isSystemDocument(document: RawDocument): boolean {
  return (
    /^(sanity|system)\./.test(document._id) ||
    /^(sanity|system)\./.test(document._type) ||
    document._id.startsWith("_.")
  );
}

/** Whether an id is a draft's (`drafts.*`) or a release version's (`versions.*`): not published content. */
export const isDraftId = (id: string): boolean => id.startsWith("drafts.") || id.startsWith("versions.");

/**
 * Validates the documents of a dataset against the Studio's schema and validation rules, in-process and offline:
 * every rule runs as it does in the Studio, with a client that answers from the dataset itself. Also reports what
 * the rules cannot see: duplicate `_id`s, unknown `_type`s, strong references to documents that are not in the
 * dataset, and missing asset files. A character the printed toolkit cannot show in a field the book prints (the
 * Studio's error, `printedTextFindings` of the model) is an error here: the PDF step would fail on it. Never throws
 * for bad content.
 *
 * Published documents are checked as they will be published: their rules see the published documents only, so a
 * draft (a chapter renumbered in a draft, a slug taken by a draft) cannot make a published document invalid. Drafts
 * and release versions are checked as the Studio checks them (their rules see every document), and whatever is
 * wrong with them is a `note`: one editor's unfinished draft never blocks a build.
 */
export async function validateDataset(
  input: DatasetInput,
  options: { concurrency?: number } = {},
): Promise<DatasetReport> {
  const schema = studioSchema();
  const problems: DatasetProblem[] = [];
  const seen = new Map<string, number>();
  const unique: ExportDocument[] = [];
  let skipped = 0;

  /** Records a problem; in a draft or release version it is a note, unless it breaks reading the whole export. */
  const problem = (
    entry: ExportDocument | undefined,
    fields: Omit<DatasetProblem, "file" | "line" | "documentId" | "draft">,
    options: { breaksExport?: boolean } = {},
  ) => {
    const id = entry?.document._id;
    const draft = id !== undefined && isDraftId(id);
    problems.push({
      file: input.file,
      ...(entry ? { line: entry.line } : {}),
      ...(id ? { documentId: id, draft } : {}),
      ...fields,
      ...(draft && !options.breaksExport ? { level: "note" as const } : {}),
    });
  };

  for (const entry of input.documents) {
    const { _id: id } = entry.document;
    const first = seen.get(id);
    if (first !== undefined) {
      // Every reader of the export refuses a duplicate id, a draft's too: an error even in a draft.
      problem(
        entry,
        { level: "error", message: `duplicate _id: the same id is already used on line ${first}` },
        { breaksExport: true },
      );
      continue;
    }
    seen.set(id, entry.line);
    unique.push(entry);
  }

  const allDocuments = unique.map((entry) => entry.document);
  const publishedOnly = allDocuments.filter((doc) => !isDraftId(doc._id));
  const publishedIds = new Set(publishedOnly.map((doc) => doc._id));
  const allIds = new Set(allDocuments.map((doc) => doc._id));
  // The rules of a published document see what is published; a draft's rules see every document, as in the Studio.
  const publishedClient = createDatasetClient(publishedOnly);
  let draftClient: ReturnType<typeof createDatasetClient> | undefined;
  const clientFor = (document: RawDocument) => {
    if (!isDraftId(document._id)) return publishedClient;
    draftClient ??= createDatasetClient(allDocuments);
    return draftClient;
  };

  const toValidate: ExportDocument[] = [];
  for (const entry of unique) {
    const { document } = entry;
    if (isSystemDocument(document)) {
      skipped++;
      // An asset document of the export holds a web address (the Sanity CDN); the export's own files are
      // `_sanityAsset` fields. A `file:` URL here would point the site and the PDF at any file on the machine.
      const url = document.url;
      if (assetTypes.has(document._type) && url != null && !safeUrl(url, ["http", "https"], { absolute: true })) {
        problem(entry, {
          level: "error",
          path: "url",
          message: `asset document with a URL that is not a web address (${JSON.stringify(url)}): an export's own files are given by _sanityAsset`,
        });
      }
      continue;
    }
    const type = schema.get(document._type) as SchemaType | undefined;
    if (type?.jsonType !== "object" || !isDocumentType(type)) {
      problem(entry, {
        level: "error",
        message: `unknown _type "${document._type}" (the Studio has no document type with that name)`,
      });
      continue;
    }
    const draft = isDraftId(document._id);
    for (const { ref, path, weak } of collectReferences(document)) {
      if (weak || publishedIds.has(ref)) continue;
      // A draft may point at another draft (both still to be published); a missing document is a note there.
      if (draft && (allIds.has(ref) || allIds.has(`drafts.${ref}`))) continue;
      const onlyDraft = allIds.has(`drafts.${ref}`);
      problem(entry, {
        level: "error",
        path,
        message: onlyDraft
          ? `reference to document ${ref}, which exists only as an unpublished draft`
          : `reference to missing document ${ref}`,
      });
    }
    toValidate.push(entry);
  }

  // Images and files alike (the export reader has already refused paths that leave the export and unsafe names).
  for (const asset of input.assets ?? []) {
    if (asset.exists) continue;
    const entry = unique.find((candidate) => candidate.document._id === asset.documentId);
    problem(entry, { level: "error", path: asset.fieldPath, message: `asset file not found: ${asset.ref}` });
  }

  const concurrency = Math.max(1, options.concurrency ?? 8);
  let next = 0;
  const worker = async () => {
    while (next < toValidate.length) {
      const entry = toValidate[next++];
      if (!entry) break;
      // A character the book cannot print: the PDF would fail on it, so it is an error (a note in a draft), in every
      // field the book prints (the Studio refuses it in the fields it checks, and that marker is not repeated).
      const unprintable = printedTextFindings(entry.document).map((found) => ({
        path: `${found.field}${found.at}`,
        message: found.message,
      }));
      for (const found of unprintable) problem(entry, { level: "error", ...found });
      const refused = new Set(unprintable.map((found) => `${found.path}\u0000${found.message}`));
      const prepared = withPlaceholderAssets(entry.document) as never;
      // References were checked above for the whole document; asset references are stand-ins.
      const getDocumentExists = async () => true;
      const client = clientFor(entry.document);
      let markers: Awaited<ReturnType<typeof validateDocumentWithWorkspace>>;
      try {
        // The Studio's rules with the levels the Studio gives them. (In "cli" mode @sanity/validation adds its
        // unknown-field check to each object's rule with .warning(), which turns every error on an object-typed
        // field, such as a slug, into a warning.)
        markers = await validateDocumentWithWorkspace({
          document: prepared,
          workspace: { schema, getClient: () => client } as never,
          environment: "studio",
          getDocumentExists,
          maxCustomValidationConcurrency: 4,
        });
        // Fields the schema does not know (typos, leftovers), from the "cli" mode's own check.
        const { markers: cliMarkers } = await validateDocument({ document: prepared, schema, getDocumentExists });
        markers.push(...cliMarkers.filter((marker) => marker.code === validationMarkerCodes.objectUnknownField));
      } catch (error) {
        // A document so odd that validating it throws is a problem of that document, not the end of the check.
        problem(entry, { level: "error", message: `could not be validated: ${(error as Error).message}` });
        continue;
      }
      for (const marker of markers) {
        const path = formatPath(marker.path, entry.document);
        if (refused.has(`${path}\u0000${marker.message}`)) continue;
        problem(entry, {
          level: marker.level === "error" ? "error" : "warning",
          path: path || undefined,
          message: marker.message,
        });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, toValidate.length) }, worker));

  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.path ?? "").localeCompare(b.path ?? ""));
  return { problems: withoutRepeats(dropUndefined(problems)), validated: toValidate.length, skipped };
}

function dropUndefined(problems: DatasetProblem[]): DatasetProblem[] {
  for (const entry of problems) {
    if (entry.path === undefined) delete entry.path;
  }
  return problems;
}

/** Each problem once: a field's rules can fail together with one message (a number that is text fails each). */
function withoutRepeats(problems: DatasetProblem[]): DatasetProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify([problem.line, problem.documentId, problem.path, problem.level, problem.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isDocumentType(type: SchemaType): boolean {
  for (let current: SchemaType | undefined = type; current; current = current.type) {
    if (current.name === "document") return true;
  }
  return false;
}

/** Every `_ref` in a document with its field path; asset references excepted (an export holds no asset documents). */
export function collectReferences(document: RawDocument): Array<{ ref: string; path: string; weak: boolean }> {
  const found: Array<{ ref: string; path: string; weak: boolean }> = [];
  const walk = (value: unknown, path: string, key: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        walk(item, `${path}[${index}]`, "");
      });
    } else if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (typeof record._ref === "string" && key !== "asset") {
        found.push({ ref: record._ref, path, weak: record._weak === true });
        return;
      }
      for (const [child, inner] of Object.entries(record)) {
        if (inner !== null && typeof inner === "object") walk(inner, path ? `${path}.${child}` : child, child);
      }
    }
  };
  walk(document, "", "");
  return found;
}

/**
 * A copy of the document in which every `{_sanityAsset: "image@file://…"}` (how an export writes an asset) carries a
 * stand-in asset reference, so the Studio's "image required" rules see an asset; missing files are reported apart.
 */
function withPlaceholderAssets(document: RawDocument): RawDocument {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(record)) {
        if (key !== "_sanityAsset") out[key] = walk(inner);
      }
      if (typeof record._sanityAsset === "string" && !out.asset) {
        const kind = record._sanityAsset.startsWith("file@") ? "file" : "image";
        out.asset = { _type: "reference", _ref: `${kind}-0000000000000000000000000000000000000000-1x1-svg` };
      }
      return out;
    }
    return value;
  };
  return walk(document) as RawDocument;
}

/**
 * A marker path as people read it: `body[3].items[0].text`. Keyed segments become the index of the item with that
 * key in the document (or `[_key=="…"]` when it cannot be found).
 */
export function formatPath(path: Path | undefined, document: unknown): string {
  let out = "";
  let value: unknown = document;
  for (const segment of path ?? []) {
    const [text, inner] = step(segment, value);
    out += text.startsWith("[") || out === "" ? text : `.${text}`;
    value = inner;
  }
  return out;
}

function step(segment: PathSegment, value: unknown): [string, unknown] {
  if (typeof segment === "string") {
    const inner = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[segment] : undefined;
    return [segment, inner];
  }
  if (typeof segment === "number") return [`[${segment}]`, Array.isArray(value) ? value[segment] : undefined];
  if (Array.isArray(segment)) return [`[${segment[0]}:${segment[1]}]`, undefined];
  if (segment && typeof segment === "object" && "_key" in segment) {
    const index = Array.isArray(value)
      ? value.findIndex(
          (item) => item && typeof item === "object" && (item as { _key?: unknown })._key === segment._key,
        )
      : -1;
    return index >= 0 ? [`[${index}]`, (value as unknown[])[index]] : [`[_key=="${segment._key}"]`, undefined];
  }
  return [String(segment), undefined];
}
