import { PDFDocument, StandardFonts } from "pdf-lib";
import { getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { ContentError } from "../errors.js";
import { bookletGeometry, imposeBooklet, saddleStitchOrder } from "./booklet.js";

const mm = (value: number) => (value * 72) / 25.4;

/** A booklet-format PDF of `count` pages (A5 plus 3 mm bleed), each saying "Pagina <n>" in its middle. */
async function knownBooklet(count: number, size = { width: 154, height: 216 }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle("Proefboekje");
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= count; n += 1) {
    const page = doc.addPage([mm(size.width), mm(size.height)]);
    page.drawText(`Pagina ${n}`, { x: mm(60), y: mm(100), size: 12, font });
  }
  return doc.save();
}

/** What each side of the imposed sheets shows: the page numbers left and right of the spine (null: blank). */
async function sidesOf(pdf: Uint8Array): Promise<[number | null, number | null][]> {
  const doc = await getDocumentProxy(pdf.slice());
  const spine = mm(bookletGeometry.slug + bookletGeometry.page.width);
  const sides: [number | null, number | null][] = [];
  for (let p = 1; p <= doc.numPages; p += 1) {
    const content = await (await doc.getPage(p)).getTextContent();
    const side: [number | null, number | null] = [null, null];
    for (const item of content.items) {
      if (!("str" in item)) continue;
      const number = /Pagina (\d+)/.exec(item.str)?.[1];
      if (number) side[(item.transform[4] as number) < spine ? 0 : 1] = Number(number);
    }
    sides.push(side);
  }
  return sides;
}

describe("saddle-stitch order", () => {
  it("puts pages on the sheets so that the folded stack reads in order", () => {
    expect(saddleStitchOrder(8)).toEqual([
      { left: 8, right: 1 },
      { left: 2, right: 7 },
      { left: 6, right: 3 },
      { left: 4, right: 5 },
    ]);
    // Padded with blank pages at the end to a multiple of 4.
    expect(saddleStitchOrder(5)).toEqual([
      { left: null, right: 1 },
      { left: 2, right: null },
      { left: null, right: 3 },
      { left: 4, right: 5 },
    ]);
  });
});

describe("imposeBooklet", () => {
  it("imposes a known 6-page PDF two-up in booklet order, padded to 8 pages on 2 sheets", async () => {
    const booklet = await imposeBooklet(await knownBooklet(6));
    expect(booklet).toMatchObject({ pages: 4, sheets: 2, bookletPages: 8, blankPages: 2 });
    expect(await sidesOf(booklet.pdf)).toEqual([
      [null, 1],
      [2, null],
      [6, 3],
      [4, 5],
    ]);
  });

  it("sets the sheet to the spread's trim plus bleed and slug, with TrimBox and BleedBox on every side", async () => {
    const booklet = await imposeBooklet(await knownBooklet(4));
    const doc = await PDFDocument.load(booklet.pdf);
    const round = (box: { x: number; y: number; width: number; height: number }) =>
      [box.x, box.y, box.width, box.height].map((value) => Math.round((value / mm(1)) * 10) / 10);
    expect(doc.getPageCount()).toBe(2);
    expect(doc.getTitle()).toBe("Proefboekje");
    for (const page of doc.getPages()) {
      expect(round(page.getMediaBox())).toEqual([0, 0, 296 + 24, 210 + 24]);
      expect(round(page.getTrimBox())).toEqual([12, 12, 296, 210]);
      expect(round(page.getBleedBox())).toEqual([9, 9, 302, 216]);
    }
  });

  it("clips each page's bleed on the spine side and keeps it on the outer edges", async () => {
    const booklet = await imposeBooklet(await knownBooklet(4));
    const text = Buffer.from(booklet.pdf).toString("latin1");
    const boxes = [...text.matchAll(/\/BBox \[\s*([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)\s*\]/g)].map((m) =>
      m.slice(1, 5).map((value) => Math.round((Number(value) / mm(1)) * 10) / 10),
    );
    // Left pages: from the outer bleed edge to the trim at the spine; right pages: from the spine trim outwards.
    expect(boxes).toContainEqual([0, 0, 151, 216]);
    expect(boxes).toContainEqual([3, 0, 154, 216]);
    expect(boxes).toHaveLength(4);
  });

  it("refuses pages that are not A5 with bleed, saying which and why", async () => {
    const a4 = await knownBooklet(2, { width: 210, height: 297 });
    await expect(imposeBooklet(a4)).rejects.toThrow(ContentError);
    await expect(imposeBooklet(a4)).rejects.toThrow(/page 1 of the booklet is 210\.0 × 297\.0 mm, not 154 × 216 mm/);
  });
});
