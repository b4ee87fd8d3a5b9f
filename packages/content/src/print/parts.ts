/**
 * The parts of the printed toolkit that have a PDF of their own, as the network offers them ("De Toolkit in
 * onderdelen"): each chapter and each supplement, plus one section alone (the Studio's print preview). Pure: from
 * the edition only, so the CLI, the build and the Studio list and find parts without laying anything out.
 */
import { ContentError } from "../errors.js";
import { type ToolkitPdfFormat, type ToolkitPdfPart, toolkitPartId, toolkitPdfFileName } from "../model/routes.js";
import type { ToolkitEdition } from "../read/results.js";

/** The kinds of part a PDF can hold besides the whole book. */
export type PrintPartKind = "chapter" | "supplement" | "section";

/** One part of the toolkit with a PDF of its own. */
export interface PrintPart {
  /** Stable id: `hoofdstuk-3`, `bijlage-3-12-energie-en-water`, `paragraaf-3-4`. */
  id: string;
  kind: PrintPartKind;
  /** What the cover and other parts call it: `Hoofdstuk 3`, `Bijlage bij 3.12`, `3.4`. */
  label: string;
  title: string;
  /** Id of the chapter, supplement or section document. */
  documentId: string;
  /** The part as the routes name its files. */
  route: ToolkitPdfPart;
  /** File name of its PDF in a format: `gastvrij-netwerk-toolkit-hoofdstuk-3.pdf`, `…-a5-boekje.pdf`. */
  fileName(format?: ToolkitPdfFormat): string;
}

/** What the book calls a chapter's part: `Hoofdstuk 3` (its cover line, and references into it from other parts). */
export const chapterPartLabel = (number: number | string): string => `Hoofdstuk ${number}`;

function part(kind: PrintPartKind, label: string, title: string, documentId: string, route: ToolkitPdfPart) {
  return {
    id: toolkitPartId(route),
    kind,
    label,
    title,
    documentId,
    route,
    fileName: (format: ToolkitPdfFormat = "a4") => toolkitPdfFileName(route, format),
  } satisfies PrintPart;
}

/**
 * The parts of an edition in reading order: each chapter followed by the supplements of its sections; with
 * `sections: true` each section too (after its chapter, before the supplements that belong to it).
 */
export function listPrintParts(edition: ToolkitEdition, options: { sections?: boolean } = {}): PrintPart[] {
  const parts: PrintPart[] = [];
  for (const chapter of edition.chapters) {
    parts.push(
      part("chapter", chapterPartLabel(chapter.number), chapter.title, chapter._id, {
        kind: "chapter",
        number: chapter.number,
      }),
    );
    for (const section of chapter.sections) {
      if (options.sections) {
        parts.push(
          part("section", section.number, section.title, section._id, { kind: "section", number: section.number }),
        );
      }
      for (const supplement of section.supplements) {
        parts.push(
          part("supplement", `Bijlage bij ${section.number}`, supplement.title, supplement._id, {
            kind: "supplement",
            sectionNumber: section.number,
            slug: supplement.slug,
          }),
        );
      }
    }
  }
  return parts;
}

/**
 * Finds a part by what a user types: its id (`hoofdstuk-3`, `bijlage-3-12-energie-en-water`), a chapter number
 * (`3`), a section number (`3.4`), or a supplement's document id or slug.
 *
 * @throws ContentError naming the parts there are when nothing matches.
 */
export function findPrintPart(edition: ToolkitEdition, given: string): PrintPart {
  const wanted = given.trim();
  const parts = listPrintParts(edition, { sections: true });
  const found = parts.find(
    (candidate) =>
      candidate.id === wanted ||
      candidate.documentId === wanted ||
      (candidate.kind === "chapter" && candidate.label === chapterPartLabel(wanted)) ||
      (candidate.kind === "section" && candidate.label === wanted) ||
      (candidate.route.kind === "supplement" && candidate.route.slug === wanted),
  );
  if (found) return found;
  const chapters = edition.chapters.map((chapter) => chapter.number).join(", ");
  const supplements = parts.filter((candidate) => candidate.kind === "supplement").map((candidate) => candidate.id);
  throw new ContentError(
    `no part ${JSON.stringify(given)} in toolkit edition ${edition.editionNumber}: give a chapter number (${chapters || "none"}), a section number such as 3.4, or a supplement (${supplements.join(", ") || "none"})`,
  );
}
