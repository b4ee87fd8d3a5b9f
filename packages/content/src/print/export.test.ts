import { describe, expect, it } from "vitest";
import { openContent } from "../read/content.js";
import { exportToolkitPdfs } from "./export.js";

describe("exportToolkitPdfs", () => {
  it("makes the same files on one thread and with the A5 booklets on a worker (or on this thread when it cannot)", async () => {
    const content = await openContent();
    const date = new Date("2026-11-30T12:00:00Z");
    const facts = (pdfs: Awaited<ReturnType<typeof exportToolkitPdfs>>) =>
      pdfs.map(({ fileName, format, pages, sheets, bookletPages, part }) => ({
        fileName,
        format,
        pages,
        sheets,
        bookletPages,
        part: part?.id,
      }));
    const serial = await exportToolkitPdfs({ content, date, parallel: false });
    const parallel = await exportToolkitPdfs({ content, date, parallel: true });
    expect(facts(serial)).toEqual([
      expect.objectContaining({ fileName: "gastvrij-netwerk-toolkit.pdf", format: "a4", sheets: undefined }),
      expect.objectContaining({ fileName: "gastvrij-netwerk-toolkit-a5-boekje.pdf", format: "a5-booklet" }),
    ]);
    expect(serial[1]?.bookletPages).toBe((serial[1]?.sheets ?? 0) * 4);
    expect(facts(parallel)).toEqual(facts(serial));
    for (const pdf of parallel) expect(Buffer.from(pdf.pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  }, 120_000);
});
