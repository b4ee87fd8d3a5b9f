import { join } from "node:path";
import { ContentError, openContent, writeFileAtomic } from "@gastvrij/content";
import { type ToolkitPdfFormat, toolkitPdfFileName, toolkitPdfFormats } from "@gastvrij/content/model";
import { exportToolkitPdf, exportToolkitPdfs, writeToolkitPdfs } from "@gastvrij/content/print";
import type { Command } from "commander";
import { commandSiteAddress } from "../build/site-address.js";
import { buildDir, userPath } from "../lib/paths.js";
import { action } from "../lib/run-command.js";

/** Where `export-pdf` writes (the site serves the folder as /toolkit/, the whole book as gastvrij-netwerk-toolkit.pdf). */
export const defaultPdfDir = `${buildDir}/toolkit`;

interface ExportPdfOptions {
  dataset?: string;
  edition?: string;
  out?: string;
  siteUrl?: string;
  pdfStandard?: string;
  format?: string;
  part?: string;
  all?: boolean;
  outDir?: string;
}

/** `gastvrij export-pdf`: the printable toolkit, through Typst, written atomically. */
export function registerExportPdf(program: Command): void {
  program
    .command("export-pdf")
    .description(
      "Write the printable toolkit (PDF) from the content: the whole book (cover, colophon, table of contents, chapters, sections and supplements) or one part, as A4 reading copy or A5 booklet for print shops; or everything at once with --all.",
    )
    .option("--dataset <path>", "export to read (.ndjson, export folder or .tar.gz); default: the embedded dataset")
    .option("--edition <number>", "toolkit edition to print (default: the newest)")
    .option(
      "--format <format>",
      "a4 (the reading copy, the default) or a5-booklet (A5 pages with bleed, imposed for saddle stitching); with --all: only that format",
    )
    .option(
      "--part <part>",
      "print one part: a chapter number (3), a section number (3.4) or a supplement (its id or slug)",
    )
    .option(
      "--out <file.pdf>",
      `where to write the PDF (default: ${defaultPdfDir}/ with the file's own name, the whole A4 book as ${toolkitPdfFileName()})`,
    )
    .option("--all", "write the whole book and every chapter and supplement, in A4 and as A5 booklet, into --out-dir")
    .option("--out-dir <dir>", `folder for --all (default: ${defaultPdfDir})`)
    .option(
      "--site-url <url>",
      "site address for links to pages outside the book, e.g. https://example.be (default: GASTVRIJ_SITE_URL, else the site settings' address)",
    )
    .option(
      "--pdf-standard <name>",
      "PDF standard of the A4 copies to check and declare: ua-1 (accessible, the default), a-2b, a-2a, ..., or 1.7 for a plain tagged PDF (an A5 booklet is always an untagged print shop's file)",
    )
    .addHelpText(
      "after",
      "\nA file is replaced only when the whole PDF was made: on any error the previous file stays as it was. With --all," +
        "\nevery file is made first and all are put in place together, or none is.",
    )
    .action(
      action(async (options: ExportPdfOptions) => {
        const editionNumber = parseEdition(options.edition);
        const format = parseFormat(options.format);
        if (options.all && (options.out || options.part !== undefined)) {
          throw new ContentError("--all writes every file into --out-dir: leave out --out and --part");
        }
        if (!options.all && options.outDir) throw new ContentError("--out-dir goes with --all (one file: --out)");
        const started = performance.now();
        const content = await openContent(options.dataset ? { dataset: userPath(options.dataset) } : {});
        const siteUrl = commandSiteAddress(options.siteUrl, (await content.getSiteSettings()).siteUrl);
        const common = {
          content,
          ...(editionNumber !== undefined ? { editionNumber } : {}),
          ...(siteUrl ? { siteUrl } : {}),
          ...(options.pdfStandard ? { pdfStandard: options.pdfStandard } : {}),
        };
        const seconds = () => ((performance.now() - started) / 1000).toFixed(2);

        if (options.all) {
          const dir = userPath(options.outDir ?? defaultPdfDir);
          const pdfs = await exportToolkitPdfs({
            ...common,
            formats: options.format === undefined ? toolkitPdfFormats : [format],
            parts: true,
          });
          const paths = await writeToolkitPdfs(dir, pdfs);
          console.log(`${pdfs.length} toolkit PDFs written (${seconds()} s) into ${dir}:`);
          pdfs.forEach((pdf, i) => {
            console.log(`  ${paths[i]} (${describePdf(pdf)})`);
          });
          return 0;
        }

        const pdf = await exportToolkitPdf({
          ...common,
          format,
          ...(options.part !== undefined ? { part: options.part } : {}),
        });
        const out = userPath(options.out ?? join(defaultPdfDir, pdf.fileName));
        await writeFileAtomic(out, pdf.pdf);
        const what = pdf.part ? `${pdf.part.label}. ${pdf.part.title}` : "toolkit";
        console.log(`${what} PDF written (${describePdf(pdf)}, ${seconds()} s): ${out}`);
        return 0;
      }),
    );
}

/** "34 pages" or, for the booklet, "40 pages on 10 sheets". */
function describePdf(pdf: { pages: number; sheets?: number; bookletPages?: number }): string {
  return pdf.sheets !== undefined
    ? `A5 booklet, ${pdf.bookletPages} pages on ${pdf.sheets} ${pdf.sheets === 1 ? "sheet" : "sheets"}`
    : `${pdf.pages} pages`;
}

function parseFormat(value: string | undefined): ToolkitPdfFormat {
  const format = toolkitPdfFormats.find((candidate) => candidate === (value ?? "a4"));
  if (!format) throw new ContentError(`--format expects a4 or a5-booklet, not ${JSON.stringify(value)}`);
  return format;
}

function parseEdition(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new ContentError(`--edition expects an edition number such as 2, not ${JSON.stringify(value)}`);
  }
  return number;
}
