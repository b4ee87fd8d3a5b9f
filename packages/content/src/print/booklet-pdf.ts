/**
 * The pdf-lib side of the A5 booklet (see `booklet.ts` for the geometry and why pdf-lib): each page embedded once,
 * drawn two-up on the sheets in saddle-stitch order, with crop and fold marks, TrimBox and BleedBox. Its own module so
 * that pdf-lib is loaded only when a booklet is imposed.
 */
import { deflateSync } from "node:zlib";
import {
  concatTransformationMatrix,
  decodePDFRawStream,
  drawObject,
  grayscale,
  ParseSpeeds,
  PDFArray,
  PDFDocument,
  PDFName,
  PDFObjectCopier,
  type PDFPage,
  PDFRawStream,
  type PDFRef,
  popGraphicsState,
  pushGraphicsState,
} from "pdf-lib";
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
  const forms = embedPages(source, target, side, { width: pageWidth, height: pageHeight, bleed: mm(bleed) });

  const sheetWidth = mm(2 * trim.width + 2 * slug);
  const sheetHeight = mm(trim.height + 2 * slug);
  const trimLeft = mm(slug);
  const trimBottom = mm(slug);
  const spine = trimLeft + mm(trim.width);
  for (const { left, right } of order) {
    const sheet = target.addPage([sheetWidth, sheetHeight]);
    const y = trimBottom - mm(bleed);
    if (left !== null) drawForm(sheet, forms.get(left), trimLeft - mm(bleed), y);
    if (right !== null) drawForm(sheet, forms.get(right), spine, y);
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

/**
 * Each page of `side` as a form XObject of `target`, clipped to its part of the spread (the bleed on its spine side
 * cut off). The form's content is the page's content stream as Typst compressed it, passed through: pdf-lib's own
 * `embedPages` inflates it and compresses it again in JavaScript, which was most of the imposition's time. Resources
 * go through one copier, so a font shared by all pages is copied once; nothing else of the page (its links, its
 * place in the tags) is copied, as the sheets do not keep it.
 */
function embedPages(
  source: PDFDocument,
  target: PDFDocument,
  side: ReadonlyMap<number, "left" | "right">,
  page: { width: number; height: number; bleed: number },
): Map<number, PDFRef> {
  const copy = PDFObjectCopier.for(source.context, target.context).copy;
  const pages = source.getPages();
  const forms = new Map<number, PDFRef>();
  for (const [number, where] of side) {
    const leaf = (pages[number - 1] as PDFPage).node;
    const contents = leaf.Contents();
    const streams =
      contents instanceof PDFArray ? contents.asArray().map((entry) => source.context.lookup(entry)) : [contents];
    const resources = leaf.Resources();
    const box =
      where === "left"
        ? { left: 0, bottom: 0, right: page.width - page.bleed, top: page.height }
        : { left: page.bleed, bottom: 0, right: page.width, top: page.height };
    const dict = {
      Type: "XObject",
      Subtype: "Form",
      FormType: 1,
      BBox: [box.left, box.bottom, box.right, box.top],
      Matrix: [1, 0, 0, 1, -box.left, -box.bottom],
      ...(resources ? { Resources: copy(resources) } : {}),
    };
    const [only] = streams;
    let form: PDFRawStream;
    if (streams.length === 1 && only instanceof PDFRawStream) {
      form = PDFRawStream.of(target.context.obj(dict), only.contents);
      for (const key of ["Filter", "DecodeParms"]) {
        const value = only.dict.get(PDFName.of(key));
        if (value) form.dict.set(PDFName.of(key), copy(value));
      }
    } else {
      // Several content streams (not what Typst writes): joined as the page draws them, compressed once.
      const parts = streams.map((stream) => {
        if (!(stream instanceof PDFRawStream))
          throw new ContentError(`page ${number} of the booklet has no readable content`);
        return decodePDFRawStream(stream).decode();
      });
      const joined = Buffer.concat(parts.flatMap((part) => [part, Buffer.from("\n")]));
      form = target.context.stream(deflateSync(joined), { ...dict, Filter: "FlateDecode" });
    }
    forms.set(number, target.context.register(form));
  }
  return forms;
}

/** Draws an embedded page (a form of `embedPages`) with its lower left corner at (x, y) of the sheet. */
function drawForm(sheet: PDFPage, form: PDFRef | undefined, x: number, y: number): void {
  if (!form) return;
  const name = sheet.node.newXObject("Page", form);
  sheet.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(1, 0, 0, 1, x, y),
    drawObject(name),
    popGraphicsState(),
  );
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
