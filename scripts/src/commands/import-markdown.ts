import { relative } from "node:path";
import type { Command } from "commander";
import { userPath } from "../lib/paths.js";
import { action } from "../lib/run-command.js";

interface ImportMarkdownOptions {
  out: string;
}

/** `gastvrij import-markdown <dir> --out <file.ndjson>`: Markdown with front matter → a Sanity export (NDJSON). */
export function registerImportMarkdown(program: Command): void {
  program
    .command("import-markdown")
    .description(
      "Convert a folder of Markdown files with YAML front matter (one file per document) to a Sanity export: NDJSON plus the images it uses.",
    )
    .argument("<dir>", "folder with the Markdown files (searched recursively; README.md files are skipped)")
    .requiredOption("--out <file.ndjson>", "NDJSON file to write; images are copied beside it into images/")
    .addHelpText(
      "after",
      [
        "",
        "Each file starts with front matter holding _id, _type and the other fields (docs/content-model.md,",
        '"Sample texts in Markdown"): ref:<id> becomes a reference, slug: x a slug, rich-text fields are Markdown.',
        "The body becomes the main text (body, a signal's description, the edition's intro). Our blocks are written",
        "as :::tip[Title], :::practiceExample[Title]{organisation=<id>}, :::checklist[Title], :::callout[Title]{tone=warning}.",
        'Images: ![alt](images/x.svg "caption"). Links to our own pages: [text](ref:<document id>).',
        "",
        "Output is deterministic (documents sorted by _id, stable _keys) and written atomically. A problem is",
        "reported as file:line and the command exits 1; the output is then left as it was.",
        "",
        "Example: gastvrij import-markdown my-texts --out my-texts.ndjson && sanity dataset import my-texts.ndjson",
      ].join("\n"),
    )
    .action(
      action(async (dir: string, options: ImportMarkdownOptions) => {
        const cwd = process.env.GASTVRIJ_CWD ?? process.cwd();
        const outFile = userPath(options.out);
        // Loaded on use: the Markdown parsers are heavy and no other command needs them.
        const { importMarkdownDirectory, writeMarkdownImport } = await import("@gastvrij/content/markdown");
        const result = await importMarkdownDirectory(userPath(dir), { displayRoot: cwd });
        await writeMarkdownImport(result, outFile);
        const counts = new Map<string, number>();
        for (const document of result.documents) counts.set(document._type, (counts.get(document._type) ?? 0) + 1);
        const perType = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        console.log(
          `Wrote ${result.documents.length} documents and ${result.assets.length} images/files to ${relative(cwd, outFile) || outFile}`,
        );
        for (const [type, count] of perType) console.log(`  ${type}: ${count}`);
        return 0;
      }),
    );
}
