/**
 * The PDF in a long-running process (the publish service): the book is compiled once, then one section's text is
 * changed and the book made again in the same process with the same (warm) Typst compiler, as the service does after
 * an editor publishes one section. Each edit changes another section (the first, one in the middle, the last), so no
 * compile sees a text it saw before.
 */
import { openContent } from "@gastvrij/content";
import { buildPrintBook, compileBook, loadPrintToolkit } from "@gastvrij/content/print";

export interface PdfWarmParams {
  dataset: string;
}

export interface PdfWarmEdit {
  /** Number of the section whose text changed. */
  section: string;
  /** Print tree, Typst layout and PDF after the edit, in the warm process. */
  ms: number;
  pages: number;
}

export interface PdfWarmResult {
  /** The first book of the process (compiler created, caches cold): print tree, Typst layout and PDF. */
  coldMs: number;
  edits: PdfWarmEdit[];
  /** Reading the content again (open the export, query the toolkit), as the service does for a new snapshot. */
  readAgainMs: number;
}

type Edition = Awaited<ReturnType<typeof loadPrintToolkit>>["edition"];

/**
 * A copy of `edition` with `words` appended to the first text span of section `at` (counted over the whole book);
 * undefined when that section has no text span.
 */
export function editSection(
  edition: Edition,
  at: number,
  words: string,
): { edition: Edition; section: string } | undefined {
  const copy = structuredClone(edition);
  const sections = copy.chapters.flatMap((chapter) => chapter.sections);
  const section = sections[at];
  if (!section) return undefined;
  for (const block of (section.body ?? []) as unknown[]) {
    const children = (block as { children?: unknown }).children;
    if (!Array.isArray(children)) continue;
    const span = children.find(
      (child): child is { text: string } => typeof (child as { text?: unknown }).text === "string",
    );
    if (!span) continue;
    span.text = `${span.text} ${words}`;
    return { edition: copy, section: section.number ?? String(at + 1) };
  }
  return undefined;
}

/** Measures the cold book, three one-section edits in the warm process, and reading the content again. */
export async function measurePdfWarm(params: PdfWarmParams): Promise<PdfWarmResult> {
  const content = await openContent({ dataset: params.dataset });
  const { edition, context } = await loadPrintToolkit(content);
  let started = performance.now();
  compileBook(buildPrintBook(edition, context));
  const coldMs = performance.now() - started;

  const count = edition.chapters.reduce((sum, chapter) => sum + chapter.sections.length, 0);
  const edits: PdfWarmEdit[] = [];
  const positions = [...new Set([0, Math.floor(count / 2), count - 1])].filter((at) => at >= 0);
  for (const [round, at] of positions.entries()) {
    const edited = editSection(edition, at, `Bijgewerkt in ronde ${round + 1} van de meting.`);
    if (!edited) continue;
    started = performance.now();
    const pdf = compileBook(buildPrintBook(edited.edition, context));
    edits.push({ section: edited.section, ms: performance.now() - started, pages: pdf.pages });
  }
  if (edits.length === 0) throw new Error("no section of the toolkit has text to edit");

  started = performance.now();
  await loadPrintToolkit(await openContent({ dataset: params.dataset }));
  const readAgainMs = performance.now() - started;
  return { coldMs, edits, readAgainMs };
}
