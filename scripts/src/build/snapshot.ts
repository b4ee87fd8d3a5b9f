/**
 * One snapshot per build: before anything is validated, built or printed, the chosen source (the embedded dataset, an
 * export file or folder, or the live dataset) is copied into a cache folder as a dataset export in Sanity's format
 * (`data.ndjson`, `images/`, `files/`, `assets.json`) with a `manifest.json`. Validation, the site, the PDF and the
 * feeds then all read that same folder, so they show the same content, and a build can be rerun offline from it
 * (`gastvrij build --dataset <snapshot folder>`).
 *
 * The live snapshot is a real dataset export made by `@sanity/export` (published documents only, assets included).
 * The read token is handed to the client for the requests and is never written anywhere.
 */
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { apiVersion } from "@gastvrij/content/model";
import { embeddedDatasetPath } from "@gastvrij/content/sources";

/** Where a build's content comes from. */
export type SnapshotSource =
  | {
      kind: "local";
      /** An `.ndjson` file, an export folder or a `.tar.gz` export. */
      path: string;
    }
  | {
      kind: "live";
      projectId: string;
      dataset: string;
      /** Read token; used for the requests only, never stored. */
      token?: string;
      /** Another API host (tests use a local stand-in), e.g. `http://127.0.0.1:4000`. */
      apiHost?: string;
    };

/** What a snapshot holds and where it came from; written as `manifest.json` beside `data.ndjson`. */
export interface SnapshotManifest {
  /** `embedded`, `export` (a file or folder on disk) or `live` (the Content Lake). */
  source: "embedded" | "export" | "live";
  /** The export's path (relative to the working folder when inside it) or `projectId/dataset`. */
  dataset: string;
  /** When the snapshot was taken (ISO 8601). */
  takenAt: string;
  /** Documents in `data.ndjson` (every line; the export may hold drafts, which the outputs leave out). */
  documentCount: number;
  /** Asset files (`images/`, `files/`). */
  assetCount: number;
  /** SHA-256 of `data.ndjson` and every asset file (by name): the same content gives the same hash. */
  contentHash: string;
}

/** A snapshot on disk: an export folder and its manifest. */
export interface Snapshot {
  dir: string;
  manifest: SnapshotManifest;
  /**
   * For a snapshot of an export on disk: the file its `data.ndjson` was copied from (the `.ndjson` file, or the
   * `.tar.gz`), so that messages can name the file the editor or developer knows, with the same line numbers.
   */
  origin?: string;
}

/** Options of {@link takeSnapshot}. */
export interface SnapshotOptions {
  /** Folder that holds the snapshots (one subfolder each). */
  cacheDir: string;
  /** The moment recorded as `takenAt` (default: now). */
  now?: Date;
  /** How many snapshots to keep in `cacheDir`, the new one included (default 5). */
  keep?: number;
}

/** The source a build reads by default: `GASTVRIJ_DATASET`, else the live dataset when `SANITY_PROJECT_ID` is set. */
export function sourceFromEnvironment(env: NodeJS.ProcessEnv = process.env, dataset?: string): SnapshotSource {
  if (dataset) return { kind: "local", path: dataset };
  if (env.GASTVRIJ_DATASET) return { kind: "local", path: env.GASTVRIJ_DATASET };
  if (env.SANITY_PROJECT_ID) {
    return {
      kind: "live",
      projectId: env.SANITY_PROJECT_ID,
      dataset: env.SANITY_DATASET || "production",
      token: env.SANITY_API_READ_TOKEN || undefined,
      apiHost: env.GASTVRIJ_SANITY_API_HOST || undefined,
    };
  }
  return { kind: "local", path: embeddedDatasetPath };
}

/** Takes a snapshot of `source` into a new folder of `options.cacheDir`, written completely or not at all. */
export async function takeSnapshot(source: SnapshotSource, options: SnapshotOptions): Promise<Snapshot> {
  const takenAt = (options.now ?? new Date()).toISOString();
  await mkdir(options.cacheDir, { recursive: true });
  const staging = join(options.cacheDir, `.staging-${process.pid}-${Date.now()}`);
  await rm(staging, { recursive: true, force: true });
  try {
    // The file whose lines the snapshot's data.ndjson has, for messages (none for the live dataset).
    const origin = source.kind === "live" ? undefined : await copyExport(source.path, staging);
    if (source.kind === "live") await exportLive(source, staging);
    const manifest: SnapshotManifest = {
      source: source.kind === "live" ? "live" : resolve(source.path) === embeddedDatasetPath ? "embedded" : "export",
      dataset: source.kind === "live" ? `${source.projectId}/${source.dataset}` : displayPath(source.path),
      takenAt,
      ...(await measure(staging)),
    };
    await writeFile(join(staging, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    const dir = join(options.cacheDir, `${takenAt.replace(/[:.]/g, "-")}-${manifest.contentHash.slice(0, 12)}`);
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
    await prune(options.cacheDir, options.keep ?? 5);
    return { dir, manifest, ...(origin ? { origin } : {}) };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** `message` with the snapshot's `data.ndjson` (absolute or relative to the working folder) named as its origin. */
export function inOrigin(message: string, snapshot: Snapshot): string {
  if (!snapshot.origin) return message;
  const data = join(snapshot.dir, "data.ndjson");
  return message.split(data).join(snapshot.origin).split(relative(process.cwd(), data)).join(snapshot.origin);
}

/** Reads the manifest of a snapshot folder. */
export async function readSnapshot(dir: string): Promise<Snapshot> {
  return { dir, manifest: JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as SnapshotManifest };
}

function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith("..") ? path : fromHere || ".";
}

/** The export folder (with `data.ndjson`) of a path: the folder itself, a folder one level down, or a file's folder. */
async function exportRoot(path: string): Promise<{ root: string; data: string }> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new SnapshotError(`${path}: no such export file or folder`);
  if (info.isFile()) return { root: dirname(path), data: path };
  if (existsSync(join(path, "data.ndjson"))) return { root: path, data: join(path, "data.ndjson") };
  for (const entry of await readdir(path, { withFileTypes: true })) {
    const candidate = join(path, entry.name, "data.ndjson");
    if (entry.isDirectory() && existsSync(candidate)) return { root: join(path, entry.name), data: candidate };
  }
  throw new SnapshotError(`${path}: the export has no data.ndjson`);
}

/**
 * Copies an export on disk (a `.tar.gz` is extracted) into `target` in the layout of a Sanity export folder; returns
 * the absolute path of the file the data came from (the `.ndjson` file, or the `.tar.gz`).
 */
async function copyExport(path: string, target: string): Promise<string> {
  await mkdir(target, { recursive: true });
  if (/\.(tar\.gz|tgz)$/.test(path)) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) throw new SnapshotError(`${path}: no such export file`);
    const extracted = join(target, ".extracted");
    await extractTarball(createReadStream(path), extracted).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      throw new SnapshotError(`${path}: not a readable .tar.gz export (${reason})`);
    });
    await copyExportFolder(extracted, target);
    await rm(extracted, { recursive: true, force: true });
    return resolve(path);
  }
  return resolve(await copyExportFolder(path, target));
}

/** Copies the export folder of `path` into `target`; returns the `data.ndjson` (or `.ndjson` file) it copied. */
async function copyExportFolder(path: string, target: string): Promise<string> {
  const { root, data } = await exportRoot(path);
  await cp(data, join(target, "data.ndjson"));
  for (const name of ["images", "files", "assets.json"]) {
    if (existsSync(join(root, name))) await cp(join(root, name), join(target, name), { recursive: true });
  }
  return data;
}

async function extractTarball(input: NodeJS.ReadableStream, target: string): Promise<void> {
  const tar = await import("tar");
  await mkdir(target, { recursive: true });
  await pipeline(input, tar.x({ cwd: target, strict: true }) as unknown as Writable);
}

/** The live dataset as an export (published documents, assets downloaded), extracted into `target`. */
async function exportLive(source: Extract<SnapshotSource, { kind: "live" }>, target: string): Promise<void> {
  const [{ createClient }, { exportDataset }] = await Promise.all([import("@sanity/client"), import("@sanity/export")]);
  const client = createClient({
    projectId: source.projectId,
    dataset: source.dataset,
    apiVersion,
    useCdn: false,
    token: source.token,
    ...(source.apiHost ? { apiHost: source.apiHost, useProjectHostname: false } : {}),
  });
  await mkdir(target, { recursive: true });
  const tarball = join(target, ".export.tar.gz");
  try {
    await exportDataset({
      client,
      dataset: source.dataset,
      outputPath: tarball,
      assets: true,
      drafts: false,
      raw: false,
      compress: false,
      assetsMap: true,
      mode: "stream",
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new SnapshotError(`export of ${source.projectId}/${source.dataset} failed: ${redact(message, source.token)}`);
  }
  const extracted = join(target, ".extracted");
  await extractTarball(createReadStream(tarball), extracted);
  await rm(tarball, { force: true });
  await copyExportFolder(extracted, target);
  await rm(extracted, { recursive: true, force: true });
}

/** A message with the token (if any) taken out, for errors and logs. */
export function redact(message: string, token: string | undefined): string {
  return token ? message.split(token).join("[token]") : message;
}

async function measure(dir: string): Promise<Pick<SnapshotManifest, "documentCount" | "assetCount" | "contentHash">> {
  const hash = createHash("sha256");
  const data = await readFile(join(dir, "data.ndjson"));
  hash.update("data.ndjson\0").update(data);
  const documentCount = data
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim() !== "").length;
  let assetCount = 0;
  for (const folder of ["images", "files"]) {
    if (!existsSync(join(dir, folder))) continue;
    const names = (await readdir(join(dir, folder), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .sort();
    for (const name of names) {
      hash.update(`${name}\0`).update(await readFile(join(dir, name)));
      assetCount++;
    }
  }
  return { documentCount, assetCount, contentHash: hash.digest("hex") };
}

/** Removes the oldest snapshots beyond `keep` (folder names start with the time they were taken). */
async function prune(cacheDir: string, keep: number): Promise<void> {
  const snapshots = (await readdir(cacheDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort();
  for (const name of snapshots.slice(0, Math.max(0, snapshots.length - keep))) {
    await rm(join(cacheDir, name), { recursive: true, force: true });
  }
}

/** A snapshot could not be taken: the source is missing or unreadable, or the export failed. */
export class SnapshotError extends Error {
  override readonly name = "SnapshotError";
}
