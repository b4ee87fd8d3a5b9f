import { ContentError, openContent, writeFileAtomic } from "@gastvrij/content";
import { exportToolkitPdf } from "@gastvrij/content/print";
import type { Command } from "commander";
import { commandSiteAddress } from "../build/site-address.js";
import { buildDir, userPath } from "../lib/paths.js";
import { action } from "../lib/run-command.js";

/** Where `export-pdf` writes when no `--out` is given (the site serves it as /toolkit/gastvrij-netwerk-toolkit.pdf). */
export const defaultPdfPath = `${buildDir}/toolkit/gastvrij-netwerk-toolkit.pdf`;

interface ExportPdfOptions {
  dataset?: string;
  edition?: string;
  out?: string;
  siteUrl?: string;
  pdfStandard?: string;
}

/** `gastvrij export-pdf`: the printable toolkit, through Typst, written atomically. */
export function registerExportPdf(program: Command): void {
  program
    .command("export-pdf")
    .description(
      "Write the printable toolkit (PDF, A4) from the content: cover, colophon, table of contents, chapters, sections and supplements.",
    )
    .option("--dataset <path>", "export to read (.ndjson, export folder or .tar.gz); default: the embedded dataset")
    .option("--edition <number>", "toolkit edition to print (default: the newest)")
    .option("--out <file.pdf>", "where to write the PDF", defaultPdfPath)
    .option(
      "--site-url <url>",
      "site address for links to pages outside the book, e.g. https://example.be (default: GASTVRIJ_SITE_URL, else the site settings' address)",
    )
    .option(
      "--pdf-standard <name>",
      "PDF standard to check and declare: ua-1 (accessible, the default), a-2b, a-2a, ..., or 1.7 for a plain tagged PDF",
    )
    .addHelpText(
      "after",
      "\nThe file is replaced only when the whole PDF was made: on any error the previous file stays as it was.",
    )
    .action(
      action(async (options: ExportPdfOptions) => {
        const editionNumber = parseEdition(options.edition);
        const out = userPath(options.out ?? defaultPdfPath);
        const started = performance.now();
        const content = await openContent(options.dataset ? { dataset: userPath(options.dataset) } : {});
        const siteUrl = commandSiteAddress(options.siteUrl, (await content.getSiteSettings()).siteUrl);
        const { pdf, pages } = await exportToolkitPdf({
          content,
          ...(editionNumber !== undefined ? { editionNumber } : {}),
          ...(siteUrl ? { siteUrl } : {}),
          ...(options.pdfStandard ? { pdfStandard: options.pdfStandard } : {}),
        });
        await writeFileAtomic(out, pdf);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        console.log(`toolkit PDF written (${pages} pages, ${seconds} s): ${out}`);
        return 0;
      }),
    );
}

function parseEdition(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new ContentError(`--edition expects an edition number such as 2, not ${JSON.stringify(value)}`);
  }
  return number;
}
