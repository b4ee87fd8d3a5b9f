/**
 * The toolkit's PDFs as the pages link them: the whole book and each chapter and supplement, as A4 reading copy and
 * as A5 booklet for print shops. File names come from the content package's routes (the same names `export-pdf`
 * writes). The build makes the PDFs before the site and names their folder in GASTVRIJ_TOOLKIT_PDFS: the links then
 * say each file's size ("pdf, 1,2 MB"); a site built on its own (the PDFs are added afterwards) says "pdf".
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import {
  type ToolkitPdfFormat,
  type ToolkitPdfPart,
  toolkitPdfFileName,
  toolkitPdfHref,
  toolkitPdfPartOf,
} from "@gastvrij/content/model";
import { formatFileFacts } from "../format";
import type { ChapterView, SupplementView } from "./types";

/** One PDF: its site path and what the link says of it ("pdf, 1,2 MB"). */
export interface ToolkitPdfLink {
  href: string;
  facts: string;
  /** Bytes, when the build made the file before the site. */
  size?: number;
}

/** A part of the toolkit (or the whole book) with its two PDFs. */
export interface ToolkitPdfEntry {
  /** "Hele toolkit", "Hoofdstuk 3. Huiswerk …", "Bijlage bij 3.12: Energie en water". */
  title: string;
  a4: ToolkitPdfLink;
  booklet: ToolkitPdfLink;
}

export interface ToolkitPdfList {
  whole: ToolkitPdfEntry;
  chapters: ToolkitPdfEntry[];
  supplements: ToolkitPdfEntry[];
}

/** Reads the size of each PDF from the build's folder of PDFs, when there is one. */
export type PdfSizes = (fileName: string) => number | undefined;

/**
 * Sizes from the folder GASTVRIJ_TOOLKIT_PDFS names; none when it is not set. A file missing from a folder that is
 * set is an error: the build made every file the pages link to.
 */
export function pdfSizesFrom(dir: string | undefined = process.env.GASTVRIJ_TOOLKIT_PDFS || undefined): PdfSizes {
  if (!dir) return () => undefined;
  return (fileName) => {
    const stat = statSync(join(dir, fileName), { throwIfNoEntry: false });
    if (!stat) throw new Error(`the toolkit's PDF ${fileName} is not in ${dir} (GASTVRIJ_TOOLKIT_PDFS)`);
    return stat.size;
  };
}

function link(part: ToolkitPdfPart | undefined, format: ToolkitPdfFormat, sizes: PdfSizes): ToolkitPdfLink {
  const size = sizes(toolkitPdfFileName(part, format));
  return {
    href: toolkitPdfHref(part, format),
    facts: formatFileFacts({ type: "pdf", ...(size === undefined ? {} : { size }) }),
    ...(size === undefined ? {} : { size }),
  };
}

function entry(title: string, part: ToolkitPdfPart | undefined, sizes: PdfSizes): ToolkitPdfEntry {
  return { title, a4: link(part, "a4", sizes), booklet: link(part, "a5-booklet", sizes) };
}

// Which PDF a chapter or supplement is printed in: the model's rule, as the Studio's "Bekijk de pdf" uses it.
const chapterPart = (number: number) => toolkitPdfPartOf({ type: "toolkitChapter", number });
const supplementPart = (supplement: Pick<SupplementView, "slug" | "section">) =>
  toolkitPdfPartOf({ type: "toolkitSupplement", sectionNumber: supplement.section.number, slug: supplement.slug });

/** Every PDF of the toolkit: the whole book, the chapters in order, the supplements in reading order. */
export function toolkitPdfList(
  chapters: readonly Pick<ChapterView, "number" | "title">[],
  supplements: readonly Pick<SupplementView, "slug" | "title" | "section">[],
  sizes: PdfSizes = pdfSizesFrom(),
): ToolkitPdfList {
  return {
    whole: entry("Hele toolkit", undefined, sizes),
    chapters: chapters.map((chapter) =>
      entry(`Hoofdstuk ${chapter.number}. ${chapter.title}`, chapterPart(chapter.number), sizes),
    ),
    supplements: supplements.map((supplement) =>
      entry(`Bijlage bij ${supplement.section.number}: ${supplement.title}`, supplementPart(supplement), sizes),
    ),
  };
}

/** The A4 PDF of a chapter (a chapter's page and its sections' pages link it). */
export function chapterPdf(chapterNumber: number, sizes: PdfSizes = pdfSizesFrom()): ToolkitPdfLink {
  return link(chapterPart(chapterNumber), "a4", sizes);
}

/** The A4 PDF of a supplement. */
export function supplementPdf(
  supplement: Pick<SupplementView, "slug" | "section">,
  sizes: PdfSizes = pdfSizesFrom(),
): ToolkitPdfLink {
  return link(supplementPart(supplement), "a4", sizes);
}
