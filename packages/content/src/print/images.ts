/**
 * The image files of a toolkit edition, loaded before the book is laid out (Typst reads nothing itself): `file://`
 * URLs of a local export from disk, `https://` URLs of the Sanity CDN with fetch.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { ContentError } from "../errors.js";
import type { ToolkitEdition } from "../read/results.js";
import { type PrintImageFile, printedDocuments } from "./book.js";

/** The URL of every image block in a Portable Text value (nested bodies included). */
function imageUrls(value: unknown, found: Map<string, string>, documentId: string): void {
  if (Array.isArray(value)) {
    for (const item of value) imageUrls(item, found, documentId);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const record = value as Record<string, unknown>;
  if (record._type === "image" && typeof record.url === "string") found.set(record.url, documentId);
  for (const child of Object.values(record))
    if (child && typeof child === "object") imageUrls(child, found, documentId);
}

/**
 * Loads every image of the edition's rich text once per URL: the `images` of `buildPrintBook`'s context.
 *
 * @throws ContentError naming the document when a file cannot be read.
 */
export async function loadPrintImages(edition: ToolkitEdition): Promise<Map<string, PrintImageFile>> {
  const found = new Map<string, string>();
  for (const { id, fields } of printedDocuments(edition)) imageUrls(Object.values(fields), found, id);
  const images = new Map<string, PrintImageFile>();
  await Promise.all(
    [...found].map(async ([url, documentId]) => {
      images.set(url, await loadImage(url, documentId));
    }),
  );
  return images;
}

async function loadImage(url: string, documentId: string): Promise<PrintImageFile> {
  const parsed = new URL(url);
  const extension = extname(parsed.pathname).slice(1).toLowerCase();
  try {
    if (parsed.protocol === "file:") return { data: await readFile(fileURLToPath(parsed)), extension };
    if (parsed.protocol === "https:") {
      const response = await fetch(parsed);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const type = response.headers.get("content-type") ?? "";
      const fromType = type.includes("svg") ? "svg" : (/image\/(png|jpeg|gif|webp)/.exec(type)?.[1] ?? "");
      return {
        data: new Uint8Array(await response.arrayBuffer()),
        extension: extension || (fromType === "jpeg" ? "jpg" : fromType),
      };
    }
    throw new Error(`unsupported URL scheme ${parsed.protocol}`);
  } catch (error) {
    throw new ContentError(`cannot load image ${url}: ${(error as Error).message}`, { documentId }, { cause: error });
  }
}
