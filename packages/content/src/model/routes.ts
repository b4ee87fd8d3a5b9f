/** Site paths of the pages and files that documents get: one place for the renderers, the site, feeds and print. */
import { type RoutableType, routePaths } from "./document-types.js";

/** The site path of a document, e.g. `hrefFor("toolkitSection", "wonen")` is `/toolkit/wonen/`. */
export function hrefFor(type: RoutableType, slug: string): string {
  return `${routePaths[type]}${encodeURIComponent(slug)}/`;
}

/**
 * The two printed forms of the toolkit, in the order they are made: the A4 reading copy and the A5 booklet for print
 * shops.
 */
export const toolkitPdfFormats = ["a4", "a5-booklet"] as const;

/** A printed form of the toolkit (one of {@link toolkitPdfFormats}). */
export type ToolkitPdfFormat = (typeof toolkitPdfFormats)[number];

/** A part of the toolkit that has a PDF of its own: a chapter, a supplement, or one section (print preview). */
export type ToolkitPdfPart =
  | { kind: "chapter"; number: number | string }
  | { kind: "section"; number: string }
  | { kind: "supplement"; sectionNumber: string; slug: string };

/**
 * The id of a part (`hoofdstuk-3`, `paragraaf-3-4`, `bijlage-3-12-energie-en-water`): lowercase ASCII letters,
 * digits and dashes, stable as long as the numbers and the supplement's slug are.
 */
export function toolkitPartId(part: ToolkitPdfPart): string {
  const clean = (text: string | number) =>
    String(text)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
  switch (part.kind) {
    case "chapter":
      return `hoofdstuk-${clean(part.number)}`;
    case "section":
      return `paragraaf-${clean(part.number)}`;
    case "supplement":
      return `bijlage-${clean(part.sectionNumber)}-${clean(part.slug)}`;
  }
}

/**
 * File name of the toolkit's PDF: `gastvrij-netwerk-toolkit.pdf` (whole book, A4), `…-hoofdstuk-3.pdf`,
 * `…-bijlage-3-12-energie-en-water.pdf`; the A5 booklet adds `-a5-boekje`.
 */
export function toolkitPdfFileName(part?: ToolkitPdfPart, format: ToolkitPdfFormat = "a4"): string {
  const stem = `gastvrij-netwerk-toolkit${part ? `-${toolkitPartId(part)}` : ""}`;
  return `${stem}${format === "a5-booklet" ? "-a5-boekje" : ""}.pdf`;
}

/** Site path of a toolkit PDF (the whole A4 book is {@link toolkitPdfPath}). */
export function toolkitPdfHref(part?: ToolkitPdfPart, format: ToolkitPdfFormat = "a4"): string {
  return `/toolkit/${toolkitPdfFileName(part, format)}`;
}

/** Path of the printable toolkit on the site: the whole book, A4 (`/toolkit/gastvrij-netwerk-toolkit.pdf`). */
export const toolkitPdfPath = toolkitPdfHref();

/** What {@link toolkitPdfPartOf} reads of a toolkit document: the published values, as the site prints them. */
export interface ToolkitPdfPartSource {
  /** The document's `_type`: `toolkitChapter`, `toolkitSection` or `toolkitSupplement`. */
  type: string;
  /** A chapter's `number`. */
  number?: unknown;
  /** A section's chapter's `number` (of the chapter its `chapter` reference points to, as the site groups sections). */
  chapterNumber?: unknown;
  /** A supplement's section's `number` (of the section its `section` reference points to). */
  sectionNumber?: unknown;
  /** A supplement's slug (`slug.current`). */
  slug?: unknown;
}

/**
 * The PDF a toolkit document is printed in, as the site links it: a chapter its own, a section its chapter's, a
 * supplement its own (named by its section's number and its slug).
 *
 * @returns `undefined` for any other type, and when a number or slug it needs is missing (the whole book then).
 * @example
 * toolkitPdfPartOf({ type: "toolkitSection", chapterNumber: 3 }); // { kind: "chapter", number: 3 }
 */
export function toolkitPdfPartOf(source: ToolkitPdfPartSource): ToolkitPdfPart | undefined {
  const given = (value: unknown): value is string | number =>
    (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && value.trim() !== "");
  switch (source.type) {
    case "toolkitChapter":
      return given(source.number) ? { kind: "chapter", number: source.number } : undefined;
    case "toolkitSection":
      return given(source.chapterNumber) ? { kind: "chapter", number: source.chapterNumber } : undefined;
    case "toolkitSupplement":
      return given(source.sectionNumber) && given(source.slug)
        ? { kind: "supplement", sectionNumber: String(source.sectionNumber), slug: String(source.slug) }
        : undefined;
    default:
      return undefined;
  }
}

/** Path of the news feed (Atom). */
export const newsFeedPath = "/nieuws/feed.xml";

/** Path of the subscribable calendar of all public events. */
export const calendarFeedPath = "/agenda/agenda.ics";

/** Path of one event's calendar file. */
export function eventCalendarPath(slug: string): string {
  return `${routePaths.event}${encodeURIComponent(slug)}.ics`;
}
