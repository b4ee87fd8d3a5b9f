/**
 * Portable Text → HTML (ours against bare @portabletext/to-html) and → Typst print tree (`buildPrintBook` for the
 * whole toolkit, `toPrintBlocks` per section), over every section body of the newest toolkit edition.
 */
import { openContent, type PortableText } from "@gastvrij/content";
import { buildPrintBook, loadPrintToolkit, toPrintBlocks } from "@gastvrij/content/print";
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
  const bodies: PortableText[] = edition.chapters.flatMap((chapter) => chapter.sections.map((s) => s.body));
  const options = { iterations: params.iterations, warmup: 2 };
  const pass = (render: (blocks: PortableText) => string) => () => {
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
  const { edition, context } = await loadPrintToolkit(content);
  const sections = edition.chapters.flatMap((chapter) => chapter.sections);
  // Cross-references point into the book, as in `buildPrintBook`.
  const inBook = new Set(
    edition.chapters.flatMap((c) => [c._id, ...c.sections.flatMap((s) => [s._id, ...s.supplements.map((x) => x._id)])]),
  );
  const options = { iterations: params.iterations, warmup: 2 };
  const date = new Date("2026-01-01T00:00:00Z");
  return {
    sections: sections.length,
    supplements: sections.reduce((sum, section) => sum + section.supplements.length, 0),
    book: summarize(await timeRepeated(() => buildPrintBook(edition, context, { date }), options)),
    bookBytes: Buffer.byteLength(JSON.stringify(buildPrintBook(edition, context, { date }).book)),
    sectionBlocks: summarize(
      await timeRepeated(() => {
        for (const section of sections) toPrintBlocks(section.body, context, { date, documentId: section._id, inBook });
      }, options),
    ),
  };
}
