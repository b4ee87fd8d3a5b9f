import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { access, mkdir, readdir, readFile, realpath, rename, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve, sep, win32 } from "node:path";
import { pathToFileURL } from "node:url";
import { extract } from "tar";
import { ContentError, type ContentErrorLocation } from "../../errors.js";

/** A document as it appears in an export: any JSON object with at least `_id` and `_type`. */
export interface RawDocument {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

/** One document of an export with the 1-based line it sits on in `data.ndjson`. */
export interface ExportDocument {
  document: RawDocument;
  line: number;
}

/** An asset field (`_sanityAsset: "image@file://./images/x.svg"`) found in a document of the export. */
export interface ExportAssetUse {
  /** The `_sanityAsset` value as written in the export. */
  ref: string;
  /** `image` or `file` (the part before `@`). */
  kind: "image" | "file";
  /** Absolute path of the local file, or undefined for a remote (`https://`) asset. */
  path?: string;
  /** `file://` URL of the local file, or the remote URL as written. */
  url: string;
  /**
   * Whether the local file exists as a file inside the export (always true for remote assets: they are not checked).
   */
  exists: boolean;
  /** `_id` of the document that uses the asset. */
  documentId: string;
  /** Field path of the object holding `_sanityAsset`, e.g. `body[4]`. */
  fieldPath: string;
  /** Line of the document in `data.ndjson`. */
  line: number;
}

/** Everything read from an export: documents (drafts included), asset uses and `assets.json` metadata. */
export interface ExportData {
  /** The path that was read (absolute). */
  source: string;
  /** Absolute path of the NDJSON file the documents come from (inside the extracted archive for `.tar.gz`). */
  dataFile: string;
  /** How `dataFile` is named in error messages (for an archive: `archive.tar.gz!/name/data.ndjson`). */
  dataFileLabel: string;
  /** Folder against which `file://./…` asset paths resolve (the folder of `data.ndjson`). */
  baseDir: string;
  /** All documents in file order, including `drafts.*`, `versions.*` and system documents. */
  documents: ExportDocument[];
  /** Every `_sanityAsset` field found, in document order. */
  assets: ExportAssetUse[];
  /** Contents of `assets.json` when the export has one (asset metadata keyed as Sanity wrote it), else `{}`. */
  assetsMeta: Record<string, unknown>;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads a Sanity export: an `.ndjson` file, an export folder (`data.ndjson`, `images/`, optional `assets.json`) or a
 * `.tar.gz` export (extracted once into a cache folder under the OS temp dir). Lines are streamed one at a time, so a
 * single very large document is fine. Returns every document (drafts and system documents too, for validation).
 *
 * Asset files (`_sanityAsset`, images and files alike) must be inside the export: a path that leaves the export's
 * folder (`../`, an absolute path, a symbolic link pointing out) or an unsafe file name is refused in every document,
 * drafts too, before anything is read from it. A file that does not exist is not an error here: its use says
 * `exists: false`, and the local source (published documents) and the validator decide.
 *
 * @throws ContentError naming file and line for malformed JSON, a truncated last line, invalid UTF-8, or a line
 *   that is not a document with string `_id` and `_type`; and file, line, document and field for an asset path
 *   that leaves the export or has an unsafe file name.
 */
export async function readExport(path: string): Promise<ExportData> {
  const source = resolve(path);
  const info = await stat(source).catch((error: unknown) => {
    throw new ContentError(`cannot read export: ${(error as Error).message}`, { file: source }, { cause: error });
  });
  if (info.isDirectory()) return readExportFolder(source, source, join(source, "data.ndjson"));
  if (/\.(tar\.gz|tgz)$/i.test(source)) return readExportArchive(source);
  return readExportFolder(source, dirname(source), source);
}

async function readExportFolder(
  source: string,
  baseDir: string,
  dataFile: string,
  label = dataFile,
): Promise<ExportData> {
  if (!(await exists(dataFile))) {
    throw new ContentError("export has no data.ndjson", { file: source });
  }
  const documents: ExportDocument[] = [];
  for await (const { text, line, complete } of readLines(dataFile, label)) {
    if (text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const problem = complete
        ? `invalid JSON: ${(error as Error).message}`
        : `last line is incomplete (file truncated?): ${(error as Error).message}`;
      throw new ContentError(problem, { file: label, line }, { cause: error });
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw new ContentError("line is not a JSON object (one document per line expected)", { file: label, line });
    }
    const doc = value as Record<string, unknown>;
    if (typeof doc._id !== "string" || doc._id === "") {
      throw new ContentError("document has no string _id", { file: label, line });
    }
    if (typeof doc._type !== "string" || doc._type === "") {
      throw new ContentError("document has no string _type", { file: label, line, documentId: doc._id });
    }
    documents.push({ document: doc as RawDocument, line });
  }
  const assetsMeta = await readAssetsMeta(join(dirname(dataFile), "assets.json"));
  const assets: ExportAssetUse[] = [];
  for (const { document, line } of documents) {
    collectAssets(document, "", (ref, fieldPath) => {
      assets.push(describeAsset(ref, baseDir, document._id, fieldPath, line, label));
    });
  }
  await checkAssetFiles(assets, baseDir, label);
  return { source, dataFile, dataFileLabel: label, baseDir, documents, assets, assetsMeta };
}

async function readAssetsMeta(file: string): Promise<Record<string, unknown>> {
  if (!(await exists(file))) return {};
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new ContentError(`invalid assets.json: ${(error as Error).message}`, { file }, { cause: error });
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new ContentError("assets.json is not a JSON object", { file });
  }
  return value as Record<string, unknown>;
}

/**
 * Parses `image@file://./images/x.svg` (or `file@https://…`) into where the asset lives. A local path must stay inside
 * `baseDir` and every part of it must be a safe file name ({@link unsafeFileName}); the file itself is not touched.
 *
 * @param file - How the export file is named in errors (with `line`).
 * @throws ContentError naming file, line, document and field for an unreadable value, an absolute path, a path that
 *   leaves `baseDir` or an unsafe file name.
 */
export function describeAsset(
  ref: string,
  baseDir: string,
  documentId: string,
  fieldPath: string,
  line: number,
  file?: string,
): ExportAssetUse {
  const where = { ...(file ? { file, line } : {}), documentId, path: fieldPath };
  const at = ref.indexOf("@");
  const kind = ref.slice(0, at) === "file" ? "file" : "image";
  const target = ref.slice(at + 1);
  if (at > 0 && target.startsWith("file://")) {
    const path = exportFilePath(ref, target.slice("file://".length), baseDir, where);
    return { ref, kind, path, url: pathToFileURL(path).href, exists: false, documentId, fieldPath, line };
  }
  if (at > 0 && /^https?:\/\//.test(target)) {
    return { ref, kind, url: target, exists: true, documentId, fieldPath, line };
  }
  throw new ContentError(`unreadable _sanityAsset value ${JSON.stringify(ref)}`, where);
}

/** The absolute path of an asset file written `./files/x.pdf` in an export, refused when it is not safely inside. */
function exportFilePath(ref: string, written: string, baseDir: string, where: ContentErrorLocation): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(written);
  } catch (error) {
    throw new ContentError(
      `unreadable _sanityAsset value ${JSON.stringify(ref)}: a % that does not start an escape such as %20`,
      where,
      { cause: error },
    );
  }
  if (isAbsolute(decoded) || win32.isAbsolute(decoded)) {
    throw new ContentError(
      `asset path ${JSON.stringify(ref)} is absolute: an export's files are inside its folder (file://./files/…)`,
      where,
    );
  }
  const path = resolve(baseDir, decoded);
  const inside = relative(baseDir, path);
  if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new ContentError(`asset path ${JSON.stringify(ref)} leaves the export folder`, where);
  }
  for (const name of inside.split(sep)) {
    const reason = unsafeFileName(name);
    if (reason)
      throw new ContentError(`unsafe file name ${JSON.stringify(name)} in ${JSON.stringify(ref)}: ${reason}`, where);
  }
  return path;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;
/** Invisible characters and text-direction controls: they can make `invoice\u202Efdp.exe` read as `invoiceexe.pdf`. */
const invisibleCharacter = /[\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
/** Characters a file name may not have on Windows, or that change a web address when the name becomes part of one. */
const reservedCharacter = /[<>:"|?*\\#%]/;
/** Names Windows keeps for devices, with any extension (`nul.pdf`). */
const deviceName = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/**
 * Why a file name (one part of a path) is not safe to keep in an export and publish, or `undefined` when it is: no
 * control characters, invisible or text-direction characters, characters that Windows refuses or that change a web
 * address (`< > : " | ? * \ # %`), no hidden name (a leading dot, as `.htaccess`), no space at either end or dot at the
 * end, no Windows device name, at most 255 bytes. Sanity's own exports (`files/<sha1>.pdf`) always pass.
 *
 * @example
 * unsafeFileName("statuten-2026.pdf"); // undefined
 * unsafeFileName("a\u0000b.pdf"); // "it holds a control character"
 */
export function unsafeFileName(name: string): string | undefined {
  if (name === "") return "the name is empty";
  if (controlCharacter.test(name)) return "it holds a control character";
  if (invisibleCharacter.test(name)) return "it holds an invisible or text-direction character";
  const reserved = reservedCharacter.exec(name)?.[0];
  if (reserved) return `it holds ${JSON.stringify(reserved)}, which file systems or web addresses do not allow`;
  if (name.startsWith(".")) return "a name starting with a dot is a hidden file";
  if (/^\s|[\s.]$/u.test(name)) return "the name starts or ends with a space, or ends with a dot";
  if (deviceName.test(name)) return "Windows keeps this name for a device";
  if (Buffer.byteLength(name) > 255) return "the name is longer than 255 bytes";
  return undefined;
}

/**
 * Sets `exists` of every local asset: whether its path leads to a file. A path through a symbolic link is followed
 * and must still end inside the export folder; the first asset (in document order) that leaves it is refused.
 */
async function checkAssetFiles(assets: ExportAssetUse[], baseDir: string, label: string): Promise<void> {
  const root = await realpath(baseDir);
  const outside = await Promise.all(
    assets.map(async (asset) => {
      if (!asset.path) return false;
      const real = await realpath(asset.path).catch(() => undefined);
      if (real === undefined) return false;
      const inside = relative(root, real);
      if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return true;
      asset.exists = (await stat(real).catch(() => undefined))?.isFile() === true;
      return false;
    }),
  );
  const index = outside.indexOf(true);
  const asset = assets[index];
  if (asset) {
    throw new ContentError(`asset path ${JSON.stringify(asset.ref)} leaves the export folder through a symbolic link`, {
      file: label,
      line: asset.line,
      documentId: asset.documentId,
      path: asset.fieldPath,
    });
  }
}

/** Calls `found` for every object in `value` that has a string `_sanityAsset`, with its field path. */
export function collectAssets(value: unknown, path: string, found: (ref: string, fieldPath: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      collectAssets(item, `${path}[${index}]`, found);
    });
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record._sanityAsset === "string") found(record._sanityAsset, path);
    for (const [key, child] of Object.entries(record)) {
      if (child !== null && typeof child === "object") collectAssets(child, path ? `${path}.${key}` : key, found);
    }
  }
}

/** Whether a line's bytes look like UTF-16: a UTF-16 byte order mark on line 1, or NUL bytes (ASCII in UTF-16). */
function looksLikeUtf16(bytes: Buffer, line: number): boolean {
  const bom = line === 1 && bytes.length >= 2 ? bytes.readUInt16BE(0) : 0;
  return bom === 0xfffe || bom === 0xfeff || bytes.includes(0);
}

/** Streams a file as UTF-8 lines (without `\n`/`\r\n`), with 1-based numbers; `complete` is false for an unterminated last line. */
async function* readLines(
  file: string,
  label: string,
): AsyncGenerator<{ text: string; line: number; complete: boolean }> {
  let pending: Buffer[] = [];
  let line = 0;
  const decode = (parts: Buffer[]): string => {
    let bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
    if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    // UTF-16 text of ASCII letters is valid UTF-8 with a NUL after every letter: name the encoding, not the JSON it breaks.
    if (looksLikeUtf16(bytes, line)) {
      throw new ContentError("not UTF-8: the file looks like UTF-16; save it as UTF-8", { file: label, line });
    }
    try {
      return utf8.decode(bytes);
    } catch (error) {
      throw new ContentError(
        "invalid UTF-8 (the export must be UTF-8 encoded)",
        { file: label, line },
        { cause: error },
      );
    }
  };
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      let newline = chunk.indexOf(0x0a, start);
      while (newline !== -1) {
        pending.push(chunk.subarray(start, newline));
        line++;
        yield { text: decode(pending), line, complete: true };
        pending = [];
        start = newline + 1;
        newline = chunk.indexOf(0x0a, start);
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    }
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(`cannot read: ${(error as Error).message}`, { file: label }, { cause: error });
  } finally {
    stream.destroy();
  }
  if (pending.length > 0) {
    line++;
    yield { text: decode(pending), line, complete: false };
  }
}

/** Extracts a `.tar.gz` export once into a cache folder keyed by its content hash, then reads that folder. */
async function readExportArchive(archive: string): Promise<ExportData> {
  const bytes = await readFile(archive);
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 24);
  const target = join(tmpdir(), `gastvrij-export-${hash}`);
  if (!(await exists(target))) {
    const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
    await mkdir(temp, { recursive: true });
    try {
      await extract({
        file: archive,
        cwd: temp,
        strict: true,
        // Only plain files and folders: no links, devices or absolute paths.
        filter: (entryPath, entry) => {
          const type = "type" in entry ? entry.type : undefined;
          return (type === "File" || type === "Directory" || type === undefined) && !entryPath.includes("..");
        },
      });
    } catch (error) {
      await rm(temp, { recursive: true, force: true });
      throw new ContentError(
        `cannot extract archive: ${(error as Error).message}`,
        { file: archive },
        { cause: error },
      );
    }
    await rename(temp, target).catch(async () => {
      // Another process extracted the same archive first: use theirs.
      await rm(temp, { recursive: true, force: true });
    });
  }
  const dataFile = await findDataFile(target);
  if (!dataFile) throw new ContentError("archive holds no data.ndjson", { file: archive });
  const label = `${archive}!/${relative(target, dataFile).split(sep).join("/")}`;
  const data = await readExportFolder(archive, dirname(dataFile), dataFile, label);
  return { ...data, source: archive };
}

/** `data.ndjson` at the top of the folder or one level down (`<name>/data.ndjson`, as `sanity dataset export` writes). */
async function findDataFile(root: string): Promise<string | undefined> {
  const direct = join(root, "data.ndjson");
  if (await exists(direct)) return direct;
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const nested = join(root, entry.name, "data.ndjson");
    if (await exists(nested)) return nested;
  }
  return undefined;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
