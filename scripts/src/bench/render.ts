/**
 * Portable Text → HTML (ours against bare @portabletext/to-html) and → Typst print tree (`buildPrintBook` for the
 * whole toolkit, `toPrintBlocks` per section), over every section body of the newest toolkit edition.
 */
import { buildPrintBook, loadPrintToolkit, openContent, type RichTextItem, toPrintBlocks } from "@gastvrij/content";
import { bareToHtml, oursHtml } from "./html-renderer.js";
import { summarize, type Timing, timeRepeated } from "./stats.js";

export interface RenderParams {
  dataset: string;
  iterations: number;
}

export interface HtmlResult {
  sections: number;
  /** Blocks in all section bodies (top level). */
  blocks: number;
  /** One pass of bare `toHTML` over every section body. */
  toHtml: Timing;
  toHtmlBytes: number;
  /** One pass of our `renderHtml` over every section body. */
  ours?: Timing;
  oursBytes?: number;
}

/** Renders every section body of the newest edition to HTML, `iterations` times per renderer. */
export async function measureHtml(params: RenderParams): Promise<HtmlResult> {
  const content = await openContent({ dataset: params.dataset });
  const edition = await content.getToolkitEdition();
  const resolveLink = await content.linkResolver();
  const bodies: RichTextItem[][] = edition.chapters.flatMap((chapter) => chapter.sections.map((s) => s.body));
  const options = { iterations: params.iterations, warmup: 2 };
  const pass = (render: (blocks: RichTextItem[]) => string) => () => {
    let bytes = 0;
    for (const body of bodies) bytes += render(body).length;
    return bytes;
  };
  const result: HtmlResult = {
    sections: bodies.length,
    blocks: bodies.reduce((sum, body) => sum + body.length, 0),
    toHtml: summarize(
      await timeRepeated(
        pass((blocks) => bareToHtml(blocks, resolveLink)),
        options,
      ),
    ),
    toHtmlBytes: pass((blocks) => bareToHtml(blocks, resolveLink))(),
  };
  result.ours = summarize(
    await timeRepeated(
      pass((blocks) => oursHtml(blocks, resolveLink)),
      options,
    ),
  );
  result.oursBytes = pass((blocks) => oursHtml(blocks, resolveLink))();
  return result;
}

export interface TypstResult {
  sections: number;
  supplements: number;
  /** `buildPrintBook`: the whole toolkit to the print tree the Typst template reads. */
  book: Timing;
  /** The print tree as JSON (what goes to Typst), bytes. */
  bookBytes: number;
  /** `toPrintBlocks` once per section body. */
  sectionBlocks: Timing;
}

/** Turns the newest edition into the Typst print tree, `iterations` times. */
export async function measureTypst(params: RenderParams): Promise<TypstResult> {
  const content = await openContent({ dataset: params.dataset });
  const toolkit = await loadPrintToolkit(content);
  const sections = toolkit.chapters.flatMap((chapter) => chapter.sections);
  const options = { iterations: params.iterations, warmup: 2 };
  const date = new Date("2026-01-01T00:00:00Z");
  return {
    sections: sections.length,
    supplements: sections.reduce((sum, section) => sum + section.supplements.length, 0),
    book: summarize(await timeRepeated(() => buildPrintBook(toolkit, { date }), options)),
    bookBytes: Buffer.byteLength(JSON.stringify(buildPrintBook(toolkit, { date }).book)),
    sectionBlocks: summarize(
      await timeRepeated(() => {
        for (const section of sections) toPrintBlocks(section.body, toolkit, { date }, section.id);
      }, options),
    ),
  };
}
