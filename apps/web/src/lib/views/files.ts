/**
 * The one place where files of the content get a site address. Downloads (tool, event, page and news files, an
 * event's report book) from a local export are copied into the build under `/bestanden/<hash>/<safe name>`: the
 * first 8 hex digits of the SHA-256 of the file's bytes, so the address changes when the file does and stays when it
 * does not. Images in rich text from a local export are published under `/media/`. Files on the Sanity CDN (https)
 * are linked where they are.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { fileURLToPath } from "node:url";
import type { FileDownload } from "@gastvrij/content";
import { formatFileFacts } from "../format";
import type { FileLink } from "./types";

/** A file from the content and the site path it is published under. */
export interface PublishedFile {
  sitePath: string;
  read(): Promise<Uint8Array<ArrayBuffer>>;
}

/** Where downloads are published. */
export const downloadsPath = "/bestanden/";

/** Where images of rich text are published. */
export const imagesPath = "/media/";

const longestName = 80;

/**
 * A file name that is safe in a path: lowercase ASCII letters, digits, dots and dashes, no `..`, no slash, no
 * leading or trailing dot or dash; accents are dropped ("Één brief.PDF" → "een-brief.pdf"). The extension (`pdf`)
 * is kept or added; an empty name becomes "bestand".
 */
export function safeFileName(name: string, extension?: string): string {
  const ext = (extension ?? "").toLowerCase().replace(/[^a-z0-9]/g, "");
  const clean = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9.-]+/g, "-")
      .replace(/\.{2,}/g, ".")
      .replace(/-{2,}/g, "-")
      .replace(/-*\.[.-]*/g, ".")
      .replace(/^[.-]+|[.-]+$/g, "");
  let stem = clean(name);
  if (ext && stem.endsWith(`.${ext}`)) stem = stem.slice(0, -(ext.length + 1));
  stem = clean(stem.slice(0, longestName)) || "bestand";
  return ext ? `${stem}.${ext}` : stem;
}

/** The type a link shows (`pdf`): the file's extension, else that of its name or address, else none. */
function fileType(file: FileDownload): string | undefined {
  const fromName = (name: string | null) => (name ? extname(name).slice(1) : "");
  const type = file.extension || fromName(file.filename) || fromName(new URL(file.url).pathname);
  const clean = type.toLowerCase().replace(/[^a-z0-9]/g, "");
  return clean || undefined;
}

/** Publishes the files of the content and remembers what it published, for the build to copy. */
export interface FilePublisher {
  /** The link to a download: a site path for a local file (copied into the build), else its https address. */
  download(file: FileDownload): FileLink;
  /** The site path of a rich text image: under `/media/` for a local file, else its own address. */
  image(url: string): string;
  /** The downloads to copy into the build. */
  downloads(): PublishedFile[];
  /** The images to copy into the build. */
  images(): PublishedFile[];
}

export function filePublisher(): FilePublisher {
  const downloads = new Map<string, PublishedFile>();
  const images = new Map<string, PublishedFile>();
  const fromDisk = (path: string) => async () => new Uint8Array(await readFile(path));
  return {
    download(file) {
      const type = fileType(file);
      if (!file.url.startsWith("file:")) {
        const size = file.size ?? undefined;
        return {
          title: file.title,
          href: file.url,
          external: true,
          type,
          size,
          facts: formatFileFacts({ type, size }),
        };
      }
      const path = fileURLToPath(file.url);
      const bytes = readFileSync(path);
      const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 8);
      const name = safeFileName(file.filename ?? basename(path), type);
      const sitePath = `${downloadsPath}${hash}/${name}`;
      downloads.set(sitePath, { sitePath, read: fromDisk(path) });
      // The size of the bytes published, whatever the asset document says.
      const size = bytes.length;
      return { title: file.title, href: sitePath, external: false, type, size, facts: formatFileFacts({ type, size }) };
    },
    image(url) {
      if (!url.startsWith("file:")) return url;
      const path = fileURLToPath(url);
      const sitePath = `${imagesPath}${basename(path)}`;
      images.set(sitePath, { sitePath, read: fromDisk(path) });
      return sitePath;
    },
    downloads: () => [...downloads.values()],
    images: () => [...images.values()],
  };
}
