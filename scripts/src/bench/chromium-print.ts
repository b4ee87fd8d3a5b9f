/**
 * Prints one HTML file to PDF with headless Chromium (Debian's /usr/bin/chromium through playwright-core): the
 * baseline of the PDF benchmark, run as a whole process (launch + load + print) as `gastvrij export-pdf` is.
 *
 * Usage: node --import tsx chromium-print.ts <in.html> <out.pdf> [chromium path]
 * Prints `pages <n>` on success.
 */
import { readFile, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const [input, output, executablePath = "/usr/bin/chromium"] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: chromium-print.ts <in.html> <out.pdf> [chromium path]");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
});
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(input).href, { waitUntil: "load" });
  const pdf = await page.pdf({ format: "A4", printBackground: true, outline: true, tagged: true });
  await writeFile(output, pdf);
  console.log(`pages ${countPdfPages(await readFile(output))}`);
} finally {
  await browser.close();
}

/** Page count from the page tree root (`/Type /Pages … /Count n`): the largest /Count in the file. */
function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString("latin1");
  let pages = 0;
  for (const match of text.matchAll(
    /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g,
  )) {
    pages = Math.max(pages, Number(match[1] ?? match[2]));
  }
  return pages;
}
