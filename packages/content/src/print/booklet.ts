/**
 * The A5 booklet for print shops: the pages Typst laid out in the `a5-booklet` format (A5 with 3 mm bleed on every
 * side, 154 × 216 mm) imposed two-up on sheets in saddle-stitch order, so that the printed stack, folded once in the
 * middle and stapled on the fold, reads 1, 2, 3, …
 *
 * - Pages are padded with blank pages to a multiple of 4 (one sheet, printed on both sides, holds 4 pages).
 * - Sheet k (from 1) has on its front [n − 2k + 2, 2k − 1] and on its back [2k, n − 2k + 1] (left, right): sheet 1
 *   front [n, 1], back [2, n − 1]. The PDF holds the sides in order: sheet 1 front, sheet 1 back, sheet 2 front, …
 *   (duplex, turned on the long edge).
 * - A side of a sheet is the spread's trim (296 × 210 mm) plus 3 mm bleed around it plus a slug with the marks:
 *   crop marks at the four corners of the trim and a fold mark at the spine, above and below the trim, starting
 *   outside the bleed. Each page keeps its bleed on the three outer edges; on the spine side its bleed is clipped at
 *   the trim, so the two pages meet exactly at the fold.
 * - Every side has a TrimBox (the spread) and a BleedBox (the spread plus 3 mm); the MediaBox includes the slug.
 *
 * Why pdf-lib and not Typst: Typst 0.14 can place the pages of a PDF as images, but it cannot write a TrimBox or a
 * BleedBox, which a print shop's workflow reads to trim and to check the bleed; a second Typst pass would also
 * re-encode every page as an image XObject of a new document. pdf-lib (1.17.1, plain JavaScript, no native code)
 * embeds each page once as a Form XObject (fonts and images shared, vector content as it was, clipped by the form's
 * bounding box, which is how the spine bleed is cut), draws the marks as lines, and sets the boxes; all pages are
 * embedded in one call, so fonts shared by the pages are copied once. The imposed file is a production file: it
 * loses the PDF tags and the outline of the reading copy (a tagged structure of imposed sheets would read in the
 * wrong order anyway). That work is in `booklet-pdf.ts`, loaded on first use.
 */
/** Millimetres to PDF points. */
export const mm = (value: number) => (value * 72) / 25.4;

/** Sizes of the booklet, in millimetres. */
export const bookletGeometry = {
  /** The trimmed A5 page. */
  page: { width: 148, height: 210 },
  /** Bleed around every page as Typst lays it out, and around the spread on the sheet. */
  bleed: 3,
  /** Distance from the trim to the edge of the sheet: bleed plus room for the marks. */
  slug: 12,
  /** Crop and fold marks start this far from the trim (just outside the bleed) and are this long. */
  markOffset: 3,
  markLength: 6,
} as const;

/** What {@link imposeBooklet} made. */
export interface ImposedBooklet {
  pdf: Uint8Array;
  /** Sides of sheets in the PDF (its pages): two per sheet. */
  pages: number;
  sheets: number;
  /** Pages of the booklet after padding (a multiple of 4). */
  bookletPages: number;
  /** Blank pages added at the end. */
  blankPages: number;
}

/** One side of a sheet: the booklet pages (1-based) on its left and right, `null` for a blank page. */
export interface SheetSide {
  left: number | null;
  right: number | null;
}

/**
 * The sides of the sheets, in order, for a booklet of `pages` pages (padded to a multiple of 4; padding pages are
 * `null`).
 */
export function saddleStitchOrder(pages: number): SheetSide[] {
  if (!Number.isInteger(pages) || pages < 1) throw new RangeError(`a booklet needs at least one page, not ${pages}`);
  const total = Math.ceil(pages / 4) * 4;
  const page = (number: number) => (number <= pages ? number : null);
  const sides: SheetSide[] = [];
  for (let sheet = 1; sheet <= total / 4; sheet += 1) {
    sides.push({ left: page(total - 2 * sheet + 2), right: page(2 * sheet - 1) });
    sides.push({ left: page(2 * sheet), right: page(total - 2 * sheet + 1) });
  }
  return sides;
}

/**
 * Imposes the pages of an `a5-booklet` PDF (each 154 × 216 mm: A5 plus 3 mm bleed) on sheets for saddle stitching.
 * The document's title, author, subject and keywords are kept.
 *
 * @throws ContentError when a page is not A5 with 3 mm bleed (the PDF was not made in the booklet format).
 */
export async function imposeBooklet(input: Uint8Array): Promise<ImposedBooklet> {
  // pdf-lib is loaded here, not with the print entry: a command that makes only A4 PDFs never needs it.
  const { imposeSheets } = await import("./booklet-pdf.js");
  return imposeSheets(input);
}
