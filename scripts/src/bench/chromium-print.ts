/**
 * Prints one HTML file to PDF with headless Chromium (Debian's /usr/bin/chromium through playwright-core): the
 * baseline of the PDF benchmark, run as a whole process (launch + load + print) as `gastvrij export-pdf` is.
 *
 * Usage: node --import tsx chromium-print.ts <in.html> <out.pdf> [chromium path] [--pagedjs]
 * With `--pagedjs` the HTML carries Paged.js (see printers.ts): the page is printed once Paged.js has laid it out
 * (`window.__pagedDone`), in the page size its CSS says. Prints `pages <n>` on success.
 */
import { readFile, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { countPdfPages } from "./pdf-pages.js";

const args = process.argv.slice(2);
const paged = args.includes("--pagedjs");
const [input, output, executablePath = "/usr/bin/chromium"] = args.filter((arg) => arg !== "--pagedjs");
if (!input || !output) {
  console.error("usage: chromium-print.ts <in.html> <out.pdf> [chromium path] [--pagedjs]");
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
  if (paged)
    await page.waitForFunction(() => (globalThis as { __pagedDone?: boolean }).__pagedDone === true, null, {
      timeout: 0,
    });
  const pdf = await page.pdf({
    ...(paged ? { preferCSSPageSize: true } : { format: "A4" }),
    printBackground: true,
    outline: true,
    tagged: true,
  });
  await writeFile(output, pdf);
  console.log(`pages ${countPdfPages(await readFile(output))}`);
} finally {
  await browser.close();
}
