/**
 * A local stand-in for the Sanity API on 127.0.0.1, for the tests of live reading, snapshots and the publish service.
 * It holds the documents of an export as the Content Lake does (image fields reference `sanity.imageAsset` documents
 * whose `url` points back at it), answers GROQ queries (`/v<api>/data/query/<dataset>`), streams the dataset export
 * (`/v<api>/data/export/<dataset>`, as `@sanity/export` reads it) and serves the asset files. Every request must
 * carry the read token. Tests change documents with `put` and `remove`.
 *
 * Queries honour the `perspective` parameter as the API does: `published` (the default here) leaves out drafts and
 * release versions, `drafts` shows each draft in place of its published document (with the published id and the
 * draft's id as `_originalId`), `raw` shows every document as stored (how `@sanity/preview-url-secret` finds its
 * `sanity.previewUrlSecret` documents, which `addPreviewSecret` writes as the Studio's Presentation tool does).
 * Asked for `resultSourceMap`, it returns a content source map of the part stega uses here: the `title` of every
 * object in the result that is a document of the dataset.
 */
import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { embeddedDatasetPath } from "@gastvrij/content/sources";
import { evaluate, parse } from "groq-js";

export type LakeDocument = Record<string, unknown> & { _id: string; _type: string };

export interface ContentLake {
  /** `http://127.0.0.1:<port>`: the API host to configure. */
  apiHost: string;
  token: string;
  /** Requests received, with whether they carried the token. */
  requests: { path: string; authorised: boolean }[];
  get(id: string): LakeDocument | undefined;
  put(document: LakeDocument): void;
  remove(id: string): void;
  /**
   * Stores a `sanity.previewUrlSecret` document as the Presentation tool does when it opens the preview (updated
   * `ageSeconds` ago, default now: the secret is valid for an hour after that), and returns its id.
   */
  addPreviewSecret(secret: string, options?: { studioUrl?: string; ageSeconds?: number }): string;
  /** The perspectives the queries asked for, in order. */
  perspectives: string[];
  close(): Promise<void>;
}

interface Asset {
  file: string;
  bytes: Buffer;
  contentType: string;
}

/** Starts the stand-in with the documents of an export folder (default: the embedded dataset). */
export async function startContentLake(token: string, exportDir: string = embeddedDatasetPath): Promise<ContentLake> {
  const assets = new Map<string, Asset>();
  const documents = new Map<string, LakeDocument>();
  let apiHost = "";

  // `_sanityAsset: "image@file://./images/x.svg"` → an asset document and a reference to it, as the Lake stores them.
  const toLake = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(toLake);
    if (!value || typeof value !== "object") return value;
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(record)) if (key !== "_sanityAsset") out[key] = toLake(item);
    if (typeof record._sanityAsset === "string") {
      const [kind, target] = record._sanityAsset.split("@file://./") as [string, string];
      const bytes = readFileSync(join(exportDir, target));
      const sha1 = createHash("sha1").update(bytes).digest("hex");
      const extension = target.split(".").pop() ?? "bin";
      const id = kind === "image" ? `image-${sha1}-100x100-${extension}` : `file-${sha1}-${extension}`;
      assets.set(id, {
        file: `${sha1}.${extension}`,
        bytes,
        contentType: extension === "svg" ? "image/svg+xml" : "application/octet-stream",
      });
      out.asset = { _type: "reference", _ref: id };
    }
    return out;
  };
  for (const line of readFileSync(join(exportDir, "data.ndjson"), "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const document = toLake(JSON.parse(line)) as LakeDocument;
    documents.set(document._id, document);
  }
  const assetDocuments = (): LakeDocument[] =>
    [...assets].map(([id, asset]) => ({
      _id: id,
      _type: id.startsWith("image-") ? "sanity.imageAsset" : "sanity.fileAsset",
      url: `${apiHost}/assets/${asset.file}`,
      originalFilename: asset.file,
      size: asset.bytes.length,
      sha1hash: id.split("-")[1],
      mimeType: asset.contentType,
    }));
  const all = () => [...documents.values(), ...assetDocuments()];

  const requests: ContentLake["requests"] = [];
  const perspectives: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const authorised = request.headers.authorization === `Bearer ${token}`;
    requests.push({ path: url.pathname, authorised });
    const asset = url.pathname.startsWith("/assets/")
      ? [...assets.values()].find((candidate) => `/assets/${candidate.file}` === url.pathname)
      : undefined;
    if (asset) {
      response.writeHead(200, { "content-type": asset.contentType, "content-length": asset.bytes.length });
      response.end(asset.bytes);
      return;
    }
    if (!authorised) {
      response.writeHead(401, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: "Unauthorized", message: "Not authorized" }));
      return;
    }
    if (/^\/v[\d-]+\/data\/export\//.test(url.pathname)) {
      response.writeHead(200, { "content-type": "application/x-ndjson" });
      for (const document of all()) response.write(`${JSON.stringify(document)}\n`);
      response.end();
      return;
    }
    if (/^\/v[\d-]+\/data\/query\//.test(url.pathname)) {
      let query = url.searchParams.get("query") ?? "";
      let params: Record<string, unknown> = {};
      for (const [key, value] of url.searchParams) if (key.startsWith("$")) params[key.slice(1)] = JSON.parse(value);
      let perspective = url.searchParams.get("perspective") ?? "published";
      if (request.method === "POST") {
        const posted = JSON.parse(await body(request)) as { query: string; params?: Record<string, unknown> };
        ({ query, params = {} } = posted);
      }
      perspectives.push(perspective);
      try {
        if (perspective === "previewDrafts") perspective = "drafts";
        if (!["published", "drafts", "raw"].includes(perspective))
          throw new Error(`unknown perspective ${perspective}`);
        const dataset = inPerspective(all(), perspective as "published" | "drafts" | "raw");
        const result = await (await evaluate(parse(query), { dataset, params, timestamp: new Date() })).get();
        const sourceMap = url.searchParams.has("resultSourceMap") ? titleSourceMap(result, dataset) : undefined;
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ ms: 1, query, result, ...(sourceMap ? { resultSourceMap: sourceMap } : {}) }));
      } catch (error) {
        response.writeHead(400, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: { description: String(error) } }));
      }
      return;
    }
    response.writeHead(404, { "content-type": "application/json" });
    response.end(JSON.stringify({ error: "Not found" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiHost,
    token,
    requests,
    get: (id) => documents.get(id),
    put: (document) => documents.set(document._id, document),
    remove: (id) => documents.delete(id),
    addPreviewSecret: (secret, options = {}) => {
      // As @sanity/preview-url-secret's createPreviewSecret stores it: a draft id, found in the raw perspective.
      const id = `drafts.${randomUUID()}`;
      documents.set(id, {
        _id: id,
        _type: "sanity.previewUrlSecret",
        _updatedAt: new Date(Date.now() - (options.ageSeconds ?? 0) * 1000).toISOString(),
        secret,
        source: "sanity/presentation",
        studioUrl: options.studioUrl ?? "http://127.0.0.1:3333",
      });
      return id;
    },
    perspectives,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A content source map of the titles of the documents in `result` (see the module's comment). */
function titleSourceMap(result: unknown, dataset: LakeDocument[]) {
  const byId = new Map(dataset.map((document) => [document._id, document]));
  const documents: { _id: string; _type: string }[] = [];
  const mappings: Record<string, unknown> = {};
  const segment = (key: string | number) => (typeof key === "number" ? `[${key}]` : `['${key}']`);
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, `${path}${segment(index)}`);
      return;
    }
    if (!value || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    const document = typeof record._id === "string" ? byId.get(record._id) : undefined;
    if (document && typeof record.title === "string") {
      const _id = typeof document._originalId === "string" ? document._originalId : document._id;
      documents.push({ _id, _type: document._type });
      mappings[`${path}['title']`] = {
        type: "value",
        source: { type: "documentValue", document: documents.length - 1, path: 0 },
      };
    }
    for (const [key, item] of Object.entries(record)) walk(item, `${path}${segment(key)}`);
  };
  walk(result, "$");
  return { documents, paths: ["$['title']"], mappings };
}

/** The documents a query sees in a perspective (see the module's comment). */
function inPerspective(documents: LakeDocument[], perspective: "published" | "drafts" | "raw"): LakeDocument[] {
  if (perspective === "raw") return documents;
  const published = documents.filter((document) => !/^(drafts|versions)\./.test(document._id));
  if (perspective === "published") return published;
  const drafts = new Map(
    documents
      .filter((document) => document._id.startsWith("drafts."))
      .map((draft) => [draft._id.slice("drafts.".length), draft] as const),
  );
  const overlaid = published.map((document) => {
    const draft = drafts.get(document._id);
    return draft ? { ...draft, _id: document._id, _originalId: draft._id } : document;
  });
  const publishedIds = new Set(published.map((document) => document._id));
  const draftOnly = [...drafts]
    .filter(([id]) => !publishedIds.has(id))
    .map(([id, draft]) => ({ ...draft, _id: id, _originalId: draft._id }));
  return [...overlaid, ...draftOnly];
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
