/**
 * From the content package's typed results (toolkit edition, site settings, link targets) to a PrintToolkit.
 * Structural types keep this module independent of how the results are validated; any `ToolkitEdition` fits.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { ContentError } from "../errors.js";
import type { PrintImageFile, PrintLinkTarget, PrintRichText, PrintToolkit } from "./typst.js";

type Maybe<T> = T | null | undefined;

export interface EditionInput {
  _id: string;
  title: string;
  subtitle?: Maybe<string>;
  editionNumber: number;
  year: number;
  intro?: Maybe<PrintRichText>;
  colophon?: Maybe<PrintRichText>;
  disclaimer?: Maybe<string>;
  publisher?: Maybe<{ name: string }>;
  editionHistory?: Maybe<ReadonlyArray<{ edition: number; year: number; note?: Maybe<string> }>>;
  chapters: ReadonlyArray<{
    _id: string;
    number: number;
    title: string;
    summary?: Maybe<string>;
    body?: Maybe<PrintRichText>;
    sections: ReadonlyArray<{
      _id: string;
      number: string;
      title: string;
      slug: string;
      body: PrintRichText;
      supplements?: Maybe<ReadonlyArray<{ _id: string; title: string; body: PrintRichText; order?: Maybe<number> }>>;
    }>;
  }>;
}

export interface LinkTargetInput {
  _id: string;
  _type: string;
  title: string;
  number?: Maybe<string | number>;
  href?: Maybe<string>;
}

export interface PrintToolkitInput {
  edition: EditionInput;
  settings?: Maybe<{ organisationName?: Maybe<string>; sampleContentNote?: Maybe<string> }>;
  /** Every published document an internal link may point to (the content package's link targets). */
  linkTargets: readonly LinkTargetInput[];
  /** Organisations named by practice examples (`_id`, `name`). */
  organisations?: ReadonlyArray<{ _id: string; name: string }>;
}

/** Compares section numbers part by part: 3.2 before 3.12. */
function compareSectionNumbers(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Builds the PrintToolkit: sections in number order, supplements after their section, every image file loaded
 * (`file://` from disk, `https://` with fetch) so the Typst compile itself reads nothing.
 */
export async function printToolkitFromContent(input: PrintToolkitInput): Promise<PrintToolkit> {
  const { edition } = input;
  const targets = new Map<string, PrintLinkTarget>();
  for (const target of input.linkTargets) {
    const number = target.number === null || target.number === undefined ? undefined : String(target.number);
    targets.set(target._id, {
      type: target._type,
      title: target.title,
      ...(number ? { number } : {}),
      ...(target.href ? { href: target.href } : {}),
    });
  }
  for (const org of input.organisations ?? []) targets.set(org._id, { type: "organisation", title: org.name });

  const images = await loadImages(edition);
  const note = input.settings?.sampleContentNote;
  const organisationName = input.settings?.organisationName ?? edition.publisher?.name;
  return {
    edition: {
      id: edition._id,
      title: edition.title,
      ...(edition.subtitle ? { subtitle: edition.subtitle } : {}),
      editionNumber: edition.editionNumber,
      year: edition.year,
      ...(edition.intro ? { intro: edition.intro } : {}),
      ...(edition.colophon ? { colophon: edition.colophon } : {}),
      ...(edition.disclaimer ? { disclaimer: edition.disclaimer } : {}),
      ...(edition.publisher?.name ? { publisherName: edition.publisher.name } : {}),
      editionHistory: (edition.editionHistory ?? []).map((e) => ({
        edition: e.edition,
        year: e.year,
        ...(e.note ? { note: e.note } : {}),
      })),
    },
    ...(organisationName ? { organisationName } : {}),
    ...(note ? { sampleContentNote: note } : {}),
    chapters: [...edition.chapters]
      .sort((a, b) => a.number - b.number)
      .map((chapter) => ({
        id: chapter._id,
        number: chapter.number,
        title: chapter.title,
        ...(chapter.summary ? { summary: chapter.summary } : {}),
        ...(chapter.body ? { body: chapter.body } : {}),
        sections: [...chapter.sections]
          .sort((a, b) => compareSectionNumbers(a.number, b.number))
          .map((section) => ({
            id: section._id,
            number: section.number,
            title: section.title,
            slug: section.slug,
            body: section.body,
            supplements: [...(section.supplements ?? [])]
              .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
              .map((s) => ({ id: s._id, title: s.title, body: s.body })),
          })),
      })),
    resolveLink: (id) => targets.get(id),
    resolveImage: ({ id, url }) => images.get(url ?? id),
  };
}

/** Every image block (with its `url`) in the edition's rich text, loaded once per URL. */
async function loadImages(edition: EditionInput): Promise<Map<string, PrintImageFile>> {
  const found = new Map<string, { documentId: string }>();
  const scan = (documentId: string, value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) scan(documentId, item);
      return;
    }
    if (value === null || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    if (record._type === "image" && typeof record.url === "string") found.set(record.url, { documentId });
    for (const child of Object.values(record)) if (child && typeof child === "object") scan(documentId, child);
  };
  scan(edition._id, [edition.intro, edition.colophon]);
  for (const chapter of edition.chapters) {
    scan(chapter._id, chapter.body);
    for (const section of chapter.sections) {
      scan(section._id, section.body);
      for (const supplement of section.supplements ?? []) scan(supplement._id, supplement.body);
    }
  }
  const images = new Map<string, PrintImageFile>();
  await Promise.all(
    [...found].map(async ([url, { documentId }]) => {
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

/** What `loadPrintToolkit` needs from the content package's `Content` (openContent()). */
export interface PrintContentSource {
  getToolkitEdition(options?: { editionNumber?: number }): Promise<EditionInput>;
  getSiteSettings(): Promise<{ organisationName?: Maybe<string>; sampleContentNote?: Maybe<string> }>;
  linkTargets(): Promise<ReadonlyMap<string, LinkTargetInput> | readonly LinkTargetInput[]>;
}

/**
 * Reads the toolkit to print from the content: the newest edition, or the one numbered `editionNumber`.
 * @throws ContentError when that edition is not in the content.
 */
export async function loadPrintToolkit(
  content: PrintContentSource,
  options: { editionNumber?: number } = {},
): Promise<PrintToolkit> {
  const [edition, settings, targets] = await Promise.all([
    content.getToolkitEdition(options.editionNumber !== undefined ? { editionNumber: options.editionNumber } : {}),
    content.getSiteSettings(),
    content.linkTargets(),
  ]);
  // A content source that ignores the edition number must not print another edition silently.
  if (options.editionNumber !== undefined && edition.editionNumber !== options.editionNumber) {
    throw new ContentError(
      `toolkit edition ${options.editionNumber} not found: the content has edition ${edition.editionNumber} (${edition.year})`,
    );
  }
  const linkTargets = Array.isArray(targets)
    ? targets
    : [...(targets as ReadonlyMap<string, LinkTargetInput>).values()];
  return printToolkitFromContent({ edition, settings, linkTargets });
}
