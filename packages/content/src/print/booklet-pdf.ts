/**
 * The pdf-lib side of the A5 booklet (see `booklet.ts` for the geometry and why pdf-lib): each page embedded once,
 * drawn two-up on the sheets in saddle-stitch order, with crop and fold marks, TrimBox and BleedBox. Its own module so
 * that pdf-lib is loaded only when a booklet is imposed.
 */
import { grayscale, ParseSpeeds, PDFDocument, type PDFEmbeddedPage, type PDFPage } from "pdf-lib";
import { ContentError } from "../errors.js";
import { bookletGeometry, type ImposedBooklet, mm, saddleStitchOrder } from "./booklet.js";

/** `imposeBooklet` of `booklet.ts`: the pages of an `a5-booklet` PDF imposed on sheets. */
export async function imposeSheets(input: Uint8Array): Promise<ImposedBooklet> {
  // Parsed and saved in one go: pdf-lib's default yields to the event loop every 100 objects, which only slows a
  // batch job down.
  const source = await PDFDocument.load(input, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const pages = source.getPages();
  const { page: trim, bleed, slug } = bookletGeometry;
  const pageWidth = mm(trim.width + 2 * bleed);
  const pageHeight = mm(trim.height + 2 * bleed);
  pages.forEach((page, index) => {
    const { width, height } = page.getSize();
    if (Math.abs(width - pageWidth) > 1 || Math.abs(height - pageHeight) > 1) {
      throw new ContentError(
        `page ${index + 1} of the booklet is ${(width / mm(1)).toFixed(1)} × ${(height / mm(1)).toFixed(1)} mm, not ${trim.width + 2 * bleed} × ${trim.height + 2 * bleed} mm (A5 with ${bleed} mm bleed): make it with format "a5-booklet"`,
      );
    }
  });
  const order = saddleStitchOrder(pages.length);

  const target = await PDFDocument.create({ updateMetadata: false });
  copyMetadata(source, target);
  // Each page is on one side of the spread only: embed it once, clipped at the trim on its spine side.
  const side = new Map<number, "left" | "right">();
  for (const { left, right } of order) {
    if (left !== null) side.set(left, "left");
    if (right !== null) side.set(right, "right");
  }
  const numbers = [...side.keys()].sort((a, b) => a - b);
  const embedded = await target.embedPages(
    numbers.map((number) => pages[number - 1] as PDFPage),
    numbers.map((number) =>
      side.get(number) === "left"
        ? { left: 0, bottom: 0, right: pageWidth - mm(bleed), top: pageHeight }
        : { left: mm(bleed), bottom: 0, right: pageWidth, top: pageHeight },
    ),
  );
  const byNumber = new Map<number, PDFEmbeddedPage>(
    numbers.map((number, i) => [number, embedded[i] as PDFEmbeddedPage]),
  );

  const sheetWidth = mm(2 * trim.width + 2 * slug);
  const sheetHeight = mm(trim.height + 2 * slug);
  const trimLeft = mm(slug);
  const trimBottom = mm(slug);
  const spine = trimLeft + mm(trim.width);
  for (const { left, right } of order) {
    const sheet = target.addPage([sheetWidth, sheetHeight]);
    const leftPage = left === null ? undefined : byNumber.get(left);
    const rightPage = right === null ? undefined : byNumber.get(right);
    if (leftPage) {
      sheet.drawPage(leftPage, {
        x: trimLeft - mm(bleed),
        y: trimBottom - mm(bleed),
        width: leftPage.width,
        height: leftPage.height,
      });
    }
    if (rightPage) {
      sheet.drawPage(rightPage, {
        x: spine,
        y: trimBottom - mm(bleed),
        width: rightPage.width,
        height: rightPage.height,
      });
    }
    drawMarks(sheet, {
      left: trimLeft,
      bottom: trimBottom,
      right: spine + mm(trim.width),
      top: trimBottom + mm(trim.height),
      spine,
    });
    sheet.setTrimBox(trimLeft, trimBottom, mm(2 * trim.width), mm(trim.height));
    sheet.setBleedBox(
      trimLeft - mm(bleed),
      trimBottom - mm(bleed),
      mm(2 * trim.width + 2 * bleed),
      mm(trim.height + 2 * bleed),
    );
  }
  const pdf = await target.save({ objectsPerTick: Number.POSITIVE_INFINITY });
  return {
    pdf,
    pages: order.length,
    sheets: order.length / 2,
    bookletPages: order.length * 2,
    blankPages: order.length * 2 - pages.length,
  };
}

/** Crop marks at the four corners of the trim and a fold mark at the spine, all outside the bleed. */
function drawMarks(
  sheet: PDFPage,
  trim: { left: number; bottom: number; right: number; top: number; spine: number },
): void {
  const offset = mm(bookletGeometry.markOffset);
  const length = mm(bookletGeometry.markLength);
  // Registration-style hairlines in black.
  const line = (x1: number, y1: number, x2: number, y2: number, dashed = false) =>
    sheet.drawLine({
      start: { x: x1, y: y1 },
      end: { x: x2, y: y2 },
      thickness: 0.25,
      color: grayscale(0),
      ...(dashed ? { dashArray: [2, 1.5] } : {}),
    });
  for (const x of [trim.left, trim.right]) {
    const outward = x === trim.left ? -1 : 1;
    for (const y of [trim.bottom, trim.top]) {
      const up = y === trim.bottom ? -1 : 1;
      // Horizontal mark beside the corner, vertical mark above or below it.
      line(x + outward * offset, y, x + outward * (offset + length), y);
      line(x, y + up * offset, x, y + up * (offset + length));
    }
  }
  line(trim.spine, trim.top + offset, trim.spine, trim.top + offset + length, true);
  line(trim.spine, trim.bottom - offset, trim.spine, trim.bottom - offset - length, true);
}

function copyMetadata(source: PDFDocument, target: PDFDocument): void {
  const title = source.getTitle();
  const author = source.getAuthor();
  const subject = source.getSubject();
  const keywords = source.getKeywords();
  const created = source.getCreationDate();
  if (title) target.setTitle(title, { showInWindowTitleBar: true });
  if (author) target.setAuthor(author);
  if (subject) target.setSubject(subject);
  if (keywords) target.setKeywords(keywords.split(/[,;]\s*/).filter(Boolean));
  if (created) target.setCreationDate(created);
  target.setCreator(`${source.getCreator() ?? "Typst"} (A5 booklet, imposed for saddle stitching)`);
  target.setProducer("pdf-lib");
  target.setLanguage("nl");
}
