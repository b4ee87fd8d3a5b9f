import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chapterPdf, pdfSizesFrom, supplementPdf, toolkitPdfList } from "./toolkit-pdfs";

const chapters = [
  { number: 1, title: "Achtergrond" },
  { number: 3, title: "Huiswerk voor vluchteling en vrijwilliger" },
];
const energy = {
  slug: "energie-en-water",
  title: "Energie en water",
  section: { number: "3.12", title: "Budgetbeheer en vaste kosten", href: "/toolkit/budget/", slug: "budget" },
};

describe("the toolkit's PDFs on the site", () => {
  const dir = mkdtempSync(join(tmpdir(), "gastvrij-toolkit-pdfs-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists the whole book, each chapter and each supplement, A4 and A5 booklet, under export-pdf's names", () => {
    const list = toolkitPdfList(chapters, [energy], () => undefined);
    const rows = [list.whole, ...list.chapters, ...list.supplements].map((entry) => [
      entry.title,
      entry.a4.href,
      entry.booklet.href,
      entry.a4.facts,
    ]);
    expect(rows).toEqual([
      [
        "Hele toolkit",
        "/toolkit/gastvrij-netwerk-toolkit.pdf",
        "/toolkit/gastvrij-netwerk-toolkit-a5-boekje.pdf",
        "pdf",
      ],
      [
        "Hoofdstuk 1. Achtergrond",
        "/toolkit/gastvrij-netwerk-toolkit-hoofdstuk-1.pdf",
        "/toolkit/gastvrij-netwerk-toolkit-hoofdstuk-1-a5-boekje.pdf",
        "pdf",
      ],
      [
        "Hoofdstuk 3. Huiswerk voor vluchteling en vrijwilliger",
        "/toolkit/gastvrij-netwerk-toolkit-hoofdstuk-3.pdf",
        "/toolkit/gastvrij-netwerk-toolkit-hoofdstuk-3-a5-boekje.pdf",
        "pdf",
      ],
      [
        "Bijlage bij 3.12: Energie en water",
        "/toolkit/gastvrij-netwerk-toolkit-bijlage-3-12-energie-en-water.pdf",
        "/toolkit/gastvrij-netwerk-toolkit-bijlage-3-12-energie-en-water-a5-boekje.pdf",
        "pdf",
      ],
    ]);
  });

  it("says each file's size when the build made the PDFs first, and refuses a missing one", () => {
    writeFileSync(join(dir, "gastvrij-netwerk-toolkit-hoofdstuk-3.pdf"), Buffer.alloc(1_234_567));
    writeFileSync(join(dir, "gastvrij-netwerk-toolkit-bijlage-3-12-energie-en-water.pdf"), Buffer.alloc(48_000));
    const sizes = pdfSizesFrom(dir);
    expect(chapterPdf(3, sizes)).toEqual({
      href: "/toolkit/gastvrij-netwerk-toolkit-hoofdstuk-3.pdf",
      facts: "pdf, 1,2\u00a0MB",
      size: 1_234_567,
    });
    expect(supplementPdf(energy, sizes).facts).toBe("pdf, 48\u00a0kB");
    expect(() => chapterPdf(1, sizes)).toThrow(
      /gastvrij-netwerk-toolkit-hoofdstuk-1\.pdf is not in .*GASTVRIJ_TOOLKIT_PDFS/,
    );
    expect(chapterPdf(1, pdfSizesFrom(undefined)).facts).toBe("pdf");
  });
});
