/**
 * A toolkit edition → the print tree for the Typst book template, in one step.
 *
 * Content never becomes Typst code: the edition (as `Content.getToolkitEdition()` gives it, chapters and sections in
 * reading order) is turned into plain JSON data (a small tree of paragraphs, headings, lists, boxes, checklists,
 * images, text runs, links and cross-references) and the template (`toolkit.typ`) reads that JSON through
 * `sys.inputs` and lays it out. Strings are only ever placed as text. Rich text is read once, by
 * `portable-text/read.ts`, as the HTML and text renderers read it.
 */
import { ContentError, type ContentErrorLocation } from "../errors.js";
import { documentTypeTitles, linkSchemes, safeUrl, sampleMark } from "../model/index.js";
import type { ToolkitPdfFormat } from "../model/routes.js";
import { type Block, type Inline, type List, readPortableText } from "../portable-text/read.js";
import type { SiteSettings, ToolkitEdition } from "../read/results.js";
import { chapterPartLabel, findPrintPart, type PrintPart, type PrintPartKind } from "./parts.js";
import { curlPrintBook } from "./quotes.js";

// ---------------------------------------------------------------------------------------------------------------
// Input: what the printer needs besides the edition

/** What an internal link points to (a `LinkTarget` of the content fits). */
export interface PrintLinkTarget {
  /** `_type` of the target: `toolkitSection`, `toolkitSupplement`, `toolkitChapter`, `tool`, `event`, ... */
  _type: string;
  title: string;
  /** Section number (`3.4`) or chapter number (`3`), when the target has one. */
  number?: string | number;
  /** Site path of the target (`/tools/budgetplanner/`), for targets that are not in the book. */
  href?: string;
}

/** An image file the template may embed. */
export interface PrintImageFile {
  data: Uint8Array;
  /** File extension without dot: `svg`, `png`, `jpg`, `jpeg`, `gif`, `webp`. */
  extension: string;
}

/** What the book needs besides the edition: the documents links point to, and the image files. */
export interface PrintContext {
  /** Every published document an internal link may point to, by id (`Content.linkTargets()`). */
  linkTargets: ReadonlyMap<string, PrintLinkTarget>;
  /** Image files by the image's URL (`asset->url`) or its asset id (`loadPrintToolkit` gives them by URL). */
  images?: ReadonlyMap<string, PrintImageFile>;
  /** The site settings: the organisation on the cover and the note that this is sample content. */
  settings?: Pick<SiteSettings, "organisationName" | "sampleContentNote">;
}

/** Options that shape the printed book but are not content. */
export interface PrintOptions {
  /** Site origin such as `https://gastvrijnetwerk.be`: links to pages outside the book print as full URLs. */
  siteUrl?: string;
  /** Date in the PDF metadata and the colophon; default now. */
  date?: Date;
  /** Keywords in the PDF metadata. */
  keywords?: readonly string[];
  /** `a4` (default): the A4 reading copy; `a5-booklet`: A5 pages with bleed, for `booklet.ts` to impose. */
  format?: ToolkitPdfFormat;
  /**
   * Print one part instead of the whole book: a part id, chapter number, section number or supplement id or slug
   * (see `findPrintPart`). Cross-references into the rest of the book then name the part they are in.
   */
  part?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Output: the print tree (plain JSON)

export type PrintInline =
  | { t: "text"; s: string; b?: true; i?: true }
  /** External link: clickable, URL printed in a footnote. */
  | { t: "link"; url: string; c: PrintInline[] }
  /** Cross-reference to a place in the book: "(zie 3.4, p. 27)"; `bare` inside parentheses: ", 3.4, p. 27". */
  | { t: "xref"; label: string; ref: string; c: PrintInline[]; bare?: true }
  /**
   * Cross-reference into another part (not in this PDF): "(zie 3.4 in Hoofdstuk 3)"; `bare`: ", 3.4 in Hoofdstuk 3".
   * No page number and no link.
   */
  | { t: "xref"; part: string; ref: string; c: PrintInline[]; bare?: true }
  /** Reference to a page outside the book: text with the page's address in a footnote. */
  | { t: "webref"; note: string; path?: string; url?: string; c: PrintInline[] };

export type PrintBlock =
  | { t: "p"; c: PrintInline[] }
  /** Heading inside a body: 1 = `h2`, 2 = `h3`, 3 = `h4`. */
  | { t: "h"; level: 1 | 2 | 3; c: PrintInline[] }
  | { t: "list"; ordered: boolean; items: PrintBlock[][] }
  | { t: "quote"; c: PrintBlock[] }
  | { t: "tip"; title?: string; c: PrintBlock[] }
  | { t: "example"; title: string; organisation?: string; c: PrintBlock[] }
  | { t: "checklist"; title?: string; items: { text: string; note?: string }[] }
  | { t: "callout"; tone: "info" | "warning" | "important"; title?: string; c: PrintBlock[] }
  | { t: "image"; src: string; alt: string; caption?: string };

/** `sample`: the part carries the sample mark (invented names and examples); the template prints it at its head. */
export interface PrintBookSupplement {
  label: string;
  title: string;
  sample?: true;
  body: PrintBlock[];
}
export interface PrintBookSection {
  label: string;
  number: string;
  title: string;
  sample?: true;
  body: PrintBlock[];
  supplements: PrintBookSupplement[];
}
export interface PrintBookChapter {
  label: string;
  /** Its place among the edition's chapters (0 for the first), the same in the book and in a part. */
  position: number;
  number: string;
  title: string;
  sample?: true;
  summary?: string;
  body: PrintBlock[];
  sections: PrintBookSection[];
}

/** The words of the sample mark: the line at the head of a marked part, and what the colophon says about it. */
export interface PrintSampleMark {
  /** `Voorbeeld`, printed in bold before the text. */
  label: string;
  /** The rest of the line (the model's `sampleMark.text`). */
  text: string;
  /** The colophon's one explanation of the mark. */
  meaning: string;
}

/**
 * The sample mark as the book prints it. A chapter, section or supplement marked `sample` in the Studio is invented
 * (wholly or partly) to show how the toolkit works; the mark says so where the part begins, as text.
 */
export const printSampleMark: PrintSampleMark = {
  ...sampleMark,
  meaning: `Hoofdstukken, paragrafen en bijlagen die beginnen met ‘${sampleMark.label}: ${sampleMark.text}’ tonen hoe de toolkit werkt: de mensen, organisaties, plaatsen en voorbeelden in die teksten zijn verzonnen.`,
};

/** What a part PDF holds besides the book's front matter: the line on its cover. */
export interface PrintBookPart {
  kind: PrintPartKind;
  /** `Hoofdstuk 3`, `Bijlage bij 3.4`, `3.4`. */
  label: string;
  title: string;
}

/** The one supplement of a supplement part, with the section it belongs to. */
export interface PrintBookPartSupplement extends PrintBookSupplement {
  section: { number: string; title: string };
}

/** The JSON document the template reads. */
export interface PrintBook {
  /** `a4` (the reading copy) or `a5-booklet` (A5 pages with 3 mm bleed, chapters on odd pages). */
  format: ToolkitPdfFormat;
  /**
   * Set in a part PDF. A chapter part holds that chapter in `chapters`; a section part one chapter entry with an
   * empty body and the one section; a supplement part no chapters and `supplement`. `intro` is empty in a part.
   */
  part?: PrintBookPart;
  /** Only in a supplement part: the supplement it prints. */
  supplement?: PrintBookPartSupplement;
  title: string;
  subtitle?: string;
  editionNumber: number;
  editionLabel: string;
  year: number;
  organisation?: string;
  publisher?: string;
  sampleContentNote?: string;
  /** The words of the sample mark, when at least one part of the book carries it (the colophon explains it once). */
  sampleMark?: PrintSampleMark;
  disclaimer?: string;
  editionHistory: { edition: number; year: number; note?: string }[];
  intro: PrintBlock[];
  colophon: PrintBlock[];
  date: { year: number; month: number; day: number };
  keywords: string[];
  description: string;
  chapters: PrintBookChapter[];
}

/** The print tree plus the files (images) it refers to, by virtual path. */
export interface PrintBookBundle {
  book: PrintBook;
  files: Map<string, Uint8Array>;
  /** Where each file comes from (document id and field path), for error messages. */
  origins: Map<string, ContentErrorLocation>;
}

/** Typst label (as a string) for a document in the book. */
export function printLabel(documentId: string): string {
  return `doc:${documentId}`;
}

const ordinals = [
  "",
  "eerste",
  "tweede",
  "derde",
  "vierde",
  "vijfde",
  "zesde",
  "zevende",
  "achtste",
  "negende",
  "tiende",
];

/** "tweede editie" / "11de editie". */
export function editionLabel(editionNumber: number): string {
  const word = ordinals[editionNumber];
  if (word) return `${word} editie`;
  return `${editionNumber}${editionNumber === 1 || editionNumber === 8 || editionNumber >= 20 ? "ste" : "de"} editie`;
}

const imageExtensions = new Set(["svg", "png", "jpg", "jpeg", "gif", "webp"]);

/** What rendering one document's rich text knows. */
interface Render {
  context: PrintContext;
  options: PrintOptions;
  /** Ids of the chapters, sections and supplements printed in this book (cross-references point inside). */
  inBook: ReadonlySet<string>;
  /** For a part: the part that holds each other chapter, section and supplement (`Hoofdstuk 3`). */
  elsewhere?: ReadonlyMap<string, string>;
  files: Map<string, Uint8Array>;
  origins: Map<string, ContentErrorLocation>;
  documentId: string;
  field: string;
}

/**
 * The most text one field may hold to be printed: 1,000,000 characters, about 250 pages in one field. Typst needs
 * roughly 0.5 GB of memory per million characters, so a runaway field (a pasted data dump, a 50 MB export line) is
 * refused by name instead of exhausting the machine's memory.
 */
export const maxPrintFieldLength = 1_000_000;

/** Characters of text in a value (strings anywhere inside it), counting at most up to `limit + 1`. */
function textLength(value: unknown, limit: number): number {
  if (typeof value === "string") return value.length;
  if (value === null || typeof value !== "object") return 0;
  let total = 0;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    total += textLength(child, limit - total);
    if (total > limit) break;
  }
  return total;
}

/** Refuses, by document and field, any printed field with more text than {@link maxPrintFieldLength}. */
function checkSize(documentId: string, fields: Record<string, unknown>): void {
  for (const [path, value] of Object.entries(fields)) {
    if (textLength(value, maxPrintFieldLength) > maxPrintFieldLength) {
      throw new ContentError(
        `too much text to print in one field (more than ${maxPrintFieldLength.toLocaleString("en")} characters, about 250 pages): split it up`,
        { documentId, path },
      );
    }
  }
}

/** The edition, then every chapter, section and supplement of it, each with the fields the book prints. */
export function* printedDocuments(edition: ToolkitEdition): Generator<{ id: string; fields: Record<string, unknown> }> {
  const { _id, title, subtitle, intro, colophon, disclaimer, editionHistory } = edition;
  yield { id: _id, fields: { title, subtitle, intro, colophon, disclaimer, editionHistory } };
  for (const chapter of edition.chapters) {
    yield { id: chapter._id, fields: { title: chapter.title, summary: chapter.summary, body: chapter.body } };
    for (const section of chapter.sections) {
      yield { id: section._id, fields: { number: section.number, title: section.title, body: section.body } };
      for (const supplement of section.supplements) {
        yield { id: supplement._id, fields: { title: supplement.title, body: supplement.body } };
      }
    }
  }
}

/**
 * Builds the print tree of a toolkit edition: chapters, sections and supplements in the order the edition gives them,
 * rich text read once and rendered as print blocks, images taken from `context.images`. Parts marked `sample` carry
 * the sample mark, and the book then holds the mark's words ({@link printSampleMark}) for the template and the colophon.
 *
 * With `options.part` it builds one part (a chapter, a supplement or a section, see `parts.ts`): the same front
 * matter with the part's line, only what the part prints, and cross-references into the rest of the book naming the
 * chapter they are in ("zie 3.4 in Hoofdstuk 3"). `options.format` is passed on to the template.
 *
 * @throws ContentError for content it cannot print (naming document and field): a block type it does not know, an
 *   image without alt text or file, a field too large to print; a part the edition does not have.
 */
export function buildPrintBook(
  edition: ToolkitEdition,
  context: PrintContext,
  options: PrintOptions = {},
): PrintBookBundle {
  const part = options.part === undefined ? undefined : findPrintPart(edition, options.part);
  const printed = part ? partOfEdition(edition, part) : undefined;
  const shown = printed?.edition ?? edition;
  const documents = [...printedDocuments(shown)];
  const apart = printed?.supplement?.supplement;
  if (apart) documents.push({ id: apart._id, fields: { title: apart.title, body: apart.body } });
  for (const { id, fields } of documents) checkSize(id, fields);
  const inBook = new Set(documents.slice(1).map(({ id }) => id));
  // A section part does not print its chapter (not even its heading): a link to the chapter names it instead.
  if (part?.kind === "section") for (const chapter of shown.chapters) inBook.delete(chapter._id);
  const files = new Map<string, Uint8Array>();
  const origins = new Map<string, ContentErrorLocation>();
  const elsewhere = part ? chapterOfEachDocument(edition) : undefined;
  const render = (documentId: string, field: string, value: unknown) =>
    printBlocks(value, {
      context,
      options,
      inBook,
      ...(elsewhere ? { elsewhere } : {}),
      files,
      origins,
      documentId,
      field,
    });
  const date = options.date ?? new Date();
  const label = editionLabel(edition.editionNumber);
  const publisher = edition.publisher?.name;
  const organisation = context.settings?.organisationName ?? publisher;
  const note = context.settings?.sampleContentNote;
  const sample = (item: { sample?: boolean | null }) => (item.sample === true ? { sample: true as const } : {});
  const supplementPart = printed?.supplement;
  const anySample =
    supplementPart?.supplement.sample === true ||
    shown.chapters.some(
      (chapter) =>
        chapter.sample === true ||
        chapter.sections.some(
          (section) => section.sample === true || section.supplements.some((supplement) => supplement.sample === true),
        ),
    );
  const book: PrintBook = {
    format: options.format ?? "a4",
    ...(part ? { part: { kind: part.kind, label: part.label, title: part.title } } : {}),
    ...(supplementPart
      ? {
          supplement: {
            label: printLabel(supplementPart.supplement._id),
            title: supplementPart.supplement.title,
            ...sample(supplementPart.supplement),
            body: render(supplementPart.supplement._id, "body", supplementPart.supplement.body),
            section: { number: supplementPart.section.number, title: supplementPart.section.title },
          },
        }
      : {}),
    title: edition.title,
    ...(edition.subtitle ? { subtitle: edition.subtitle } : {}),
    editionNumber: edition.editionNumber,
    editionLabel: label,
    year: edition.year,
    ...(organisation ? { organisation } : {}),
    ...(publisher ? { publisher } : {}),
    ...(note ? { sampleContentNote: note } : {}),
    ...(anySample ? { sampleMark: { ...printSampleMark } } : {}),
    ...(edition.disclaimer ? { disclaimer: edition.disclaimer } : {}),
    editionHistory: edition.editionHistory.map((entry) => ({
      edition: entry.edition,
      year: entry.year,
      ...(entry.note ? { note: entry.note } : {}),
    })),
    intro: part ? [] : render(edition._id, "intro", edition.intro),
    colophon: render(edition._id, "colophon", edition.colophon),
    date: { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() },
    keywords: [...(options.keywords ?? ["vluchtelingen", "vrijwilligers", "toolkit", "Vlaanderen", "Brussel"])],
    description: part
      ? `${part.label}: ${part.title}. ${edition.title}, ${label}, ${edition.year}`
      : (edition.subtitle ?? `${edition.title}, ${label}, ${edition.year}`),
    chapters: shown.chapters.map((chapter) => ({
      label: printLabel(chapter._id),
      position: Math.max(
        0,
        edition.chapters.findIndex((c) => c._id === chapter._id),
      ),
      number: String(chapter.number),
      title: chapter.title,
      ...sample(chapter),
      ...(chapter.summary ? { summary: chapter.summary } : {}),
      body: render(chapter._id, "body", chapter.body),
      sections: chapter.sections.map((section) => ({
        label: printLabel(section._id),
        number: section.number,
        title: section.title,
        ...sample(section),
        body: render(section._id, "body", section.body),
        supplements: section.supplements.map((supplement) => ({
          label: printLabel(supplement._id),
          title: supplement.title,
          ...sample(supplement),
          body: render(supplement._id, "body", supplement.body),
        })),
      })),
    })),
  };
  return { book: curlPrintBook(book), files, origins };
}

type EditionChapter = ToolkitEdition["chapters"][number];
type EditionSection = EditionChapter["sections"][number];
type EditionSupplement = EditionSection["supplements"][number];

/**
 * What a part prints, as an edition holding only that: a chapter part its chapter, a section part its chapter with
 * the one section and nothing of the chapter's own (no text, summary or sample mark: the template prints no chapter
 * heading there), a supplement part no chapters and the supplement apart.
 */
function partOfEdition(
  edition: ToolkitEdition,
  part: PrintPart,
): { edition: ToolkitEdition; supplement?: { supplement: EditionSupplement; section: EditionSection } } {
  const only = (chapters: EditionChapter[]): ToolkitEdition => ({ ...edition, chapters });
  for (const chapter of edition.chapters) {
    if (part.kind === "chapter" && chapter._id === part.documentId) return { edition: only([chapter]) };
    for (const section of chapter.sections) {
      if (part.kind === "section" && section._id === part.documentId) {
        return { edition: only([{ ...chapter, body: [], summary: null, sample: false, sections: [section] }]) };
      }
      const supplement = section.supplements.find((candidate) => candidate._id === part.documentId);
      if (part.kind === "supplement" && supplement) return { edition: only([]), supplement: { supplement, section } };
    }
  }
  throw new ContentError(`part ${part.id} not found in toolkit edition ${edition.editionNumber}`);
}

/** The chapter part (`Hoofdstuk 3`) that holds each chapter, section and supplement of the edition. */
function chapterOfEachDocument(edition: ToolkitEdition): Map<string, string> {
  const parts = new Map<string, string>();
  for (const chapter of edition.chapters) {
    const label = chapterPartLabel(chapter.number);
    parts.set(chapter._id, label);
    for (const section of chapter.sections) {
      parts.set(section._id, label);
      for (const supplement of section.supplements) parts.set(supplement._id, label);
    }
  }
  return parts;
}

/**
 * One Portable Text array as print blocks, as `buildPrintBook` renders each field (for tests and other printers).
 * Images are taken from `context.images`; their files are added to `files` under virtual paths. `inBook` names the
 * documents printed in the same book, which links to become cross-references (default: none, so every internal link
 * prints as a web address).
 */
export function toPrintBlocks(
  value: unknown,
  context: PrintContext,
  options: PrintOptions & { documentId?: string; inBook?: ReadonlySet<string> } = {},
): { blocks: PrintBlock[]; files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  const blocks = printBlocks(value, {
    context,
    options,
    inBook: options.inBook ?? new Set(),
    files,
    origins: new Map(),
    documentId: options.documentId ?? "",
    field: "body",
  });
  return { blocks, files };
}

function printBlocks(value: unknown, render: Render): PrintBlock[] {
  const blocks = readPortableText(value, { documentId: render.documentId, path: render.field });
  return clampHeadings(blocks.flatMap((block) => printBlock(block, render)));
}

/**
 * Heading levels go down one step at a time (an `h4` right after the title becomes a first-level heading), as
 * PDF/UA and screen readers expect.
 */
export function clampHeadings(blocks: PrintBlock[]): PrintBlock[] {
  let previous = 0;
  return blocks.map((block) => {
    if (block.t !== "h") return block;
    const level = Math.min(block.level, previous + 1) as 1 | 2 | 3;
    previous = level;
    return level === block.level ? block : { ...block, level };
  });
}

const headingLevels: Record<string, 1 | 2 | 3> = { h2: 1, h3: 2, h4: 3, h5: 3, h6: 3 };

function printBlock(block: Block, render: Render): PrintBlock[] {
  const body = (blocks: Block[]) => blocks.flatMap((inner) => printBlock(inner, render));
  switch (block.type) {
    case "text": {
      const c = printInlines(block.children, render);
      if (c.length === 0) return [];
      const level = headingLevels[block.style];
      if (level) return [{ t: "h", level, c }];
      return block.style === "blockquote" ? [{ t: "quote", c: [{ t: "p", c }] }] : [{ t: "p", c }];
    }
    case "list":
      return [printList(block, render)];
    case "tip":
      return [{ t: "tip", ...(block.title ? { title: block.title } : {}), c: body(block.body) }];
    case "practiceExample":
      return [
        {
          t: "example",
          title: block.title ?? block.label,
          ...(block.organisation ? { organisation: block.organisation } : {}),
          c: body(block.body),
        },
      ];
    case "checklist":
      return [{ t: "checklist", ...(block.title ? { title: block.title } : {}), items: block.items }];
    case "callout":
      return [{ t: "callout", tone: block.tone, ...(block.title ? { title: block.title } : {}), c: body(block.body) }];
    case "image":
      return [printImage(block, render)];
    case "unknown":
      throw new ContentError(`block type "${block.blockType}" cannot be printed`, {
        documentId: render.documentId,
        path: `${render.field}[_key=="${String(block.value._key ?? "")}"]`,
      });
  }
}

function printList(list: List, render: Render): PrintBlock {
  return {
    t: "list",
    ordered: list.ordered,
    items: list.items.map((item): PrintBlock[] => {
      const c = printInlines(item.children, render);
      // An item that only holds a nested list (a list that starts deeper) has no paragraph of its own.
      return [
        ...(c.length > 0 ? [{ t: "p" as const, c }] : []),
        ...item.lists.map((nested) => printList(nested, render)),
      ];
    }),
  };
}

function printImage(block: Extract<Block, { type: "image" }>, render: Render): PrintBlock {
  const where = (field: string) => ({
    documentId: render.documentId,
    path: `${render.field}[_key=="${block.key ?? ""}"].${field}`,
  });
  if (!block.alt) throw new ContentError("image has no alt text", where("alt"));
  const images = render.context.images;
  const file = (block.url && images?.get(block.url)) || (block.assetId && images?.get(block.assetId)) || undefined;
  if (!file)
    throw new ContentError(`image file ${block.url ?? block.assetId ?? "(no asset)"} not found`, where("asset"));
  const extension = file.extension.toLowerCase().replace(/^\./, "");
  if (!imageExtensions.has(extension)) {
    throw new ContentError(
      `image format "${extension}" cannot be printed (use svg, png, jpg, gif or webp)`,
      where("asset"),
    );
  }
  // The virtual path is ours, never taken from content.
  const src = `/assets/image-${render.files.size + 1}.${extension}`;
  render.files.set(src, file.data);
  render.origins.set(src, where("asset"));
  return { t: "image", src, alt: block.alt, ...(block.caption ? { caption: block.caption } : {}) };
}

/** Inline content as text runs (bold and italic merged where they meet), links, cross-references and web notes. */
function printInlines(inlines: readonly Inline[], render: Render): PrintInline[] {
  const out: PrintInline[] = [];
  const walk = (nodes: readonly Inline[], bold: boolean, italic: boolean, target: PrintInline[], inLink: boolean) => {
    for (const node of nodes) {
      switch (node.type) {
        case "text":
          pushText(target, node.text, bold, italic);
          break;
        case "break":
          pushText(target, "\n", bold, italic);
          break;
        case "mark":
          walk(node.children, bold || node.mark === "strong", italic || node.mark === "em", target, inLink);
          break;
        case "link":
        case "internalLink": {
          const c: PrintInline[] = [];
          walk(node.children, bold, italic, c, true);
          const link = inLink ? undefined : annotate(node, c, render);
          if (link && "t" in link) target.push(link);
          else {
            for (const inner of c)
              inner.t === "text" ? pushText(target, inner.s, !!inner.b, !!inner.i) : target.push(inner);
            if (link) pushText(target, link.after, bold, italic);
          }
          break;
        }
      }
    }
  };
  walk(inlines, false, false, out, false);
  // Already inside parentheses ("(zie de paragraaf)"): no second pair around the page reference.
  out.forEach((node, i) => {
    const next = out[i + 1];
    if (node.t === "xref" && next?.t === "text" && next.s.startsWith(")")) node.bare = true;
  });
  return out;
}

function pushText(out: PrintInline[], text: string, bold: boolean, italic: boolean): void {
  if (text === "") return;
  const last = out[out.length - 1];
  if (last && last.t === "text" && !!last.b === bold && !!last.i === italic) {
    last.s += text;
    return;
  }
  out.push({ t: "text", s: text, ...(bold ? { b: true as const } : {}), ...(italic ? { i: true as const } : {}) });
}

/**
 * A link as print: an external link, a cross-reference into the book or into another part, or a note with the page's
 * web address. A link to a whole chapter from another part is its words plus `after` (" (zie Hoofdstuk 3)").
 */
function annotate(
  node: Extract<Inline, { type: "link" | "internalLink" }>,
  c: PrintInline[],
  render: Render,
): PrintInline | { after: string } | undefined {
  if (node.type === "link") {
    const url = safeUrl(node.href, linkSchemes, { absolute: true });
    return url ? { t: "link", url, c } : undefined;
  }
  const target = node.id === undefined ? undefined : render.context.linkTargets.get(node.id);
  // Not published (a draft, an internal signal, a deleted page): the words stay, the link and its target do not.
  if (!target || node.id === undefined) return undefined;
  if (render.inBook.has(node.id)) return { t: "xref", label: printLabel(node.id), ref: xrefText(target), c };
  const part = render.elsewhere?.get(node.id);
  if (part && target._type === "toolkitChapter") return { after: ` (zie ${part})` };
  if (part) return { t: "xref", part, ref: xrefText(target), c };
  const siteUrl = render.options.siteUrl?.replace(/\/+$/, "");
  const url = target.href && siteUrl ? `${siteUrl}${target.href}` : undefined;
  const kind = documentTypeTitles[target._type as keyof typeof documentTypeTitles] ?? "Pagina";
  return {
    t: "webref",
    note: `${kind} ‘${target.title}’ op de website`,
    ...(target.href ? { path: target.href } : {}),
    ...(url ? { url } : {}),
    c,
  };
}

function xrefText(target: PrintLinkTarget): string {
  if (target._type === "toolkitSupplement") return `bijlage ‘${target.title}’`;
  if (target._type === "toolkitChapter") return `hoofdstuk ${target.number ?? target.title}`;
  return target.number === undefined ? target.title : String(target.number);
}
