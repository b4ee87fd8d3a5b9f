/** The page count of a PDF read from the raw file, for the printers whose output the bench counts itself. */

/** Page count from the page tree root (`/Type /Pages … /Count n`): the largest /Count in the file. */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  let pages = 0;
  for (const match of text.matchAll(
    /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g,
  )) {
    pages = Math.max(pages, Number(match[1] ?? match[2]));
  }
  return pages;
}
