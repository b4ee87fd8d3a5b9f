/**
 * Portable Text → print tree for the Typst book template.
 *
 * Content never becomes Typst code: this module turns the toolkit into plain JSON data (a small tree of paragraphs,
 * headings, lists, boxes, checklists, images, text runs, links and cross-references) and the template
 * (`typst/toolkit.typ`) reads that JSON through `sys.inputs` and lays it out. Strings are only ever placed as text.
 */
import { ContentError, type ContentErrorLocation } from "../errors.js";

// ---------------------------------------------------------------------------------------------------------------
// Input: what the printer needs from the content package

/** A Portable Text array as stored (loosely typed: validated upstream, checked again where it matters here). */
export type PrintRichText = ReadonlyArray<Record<string, unknown>>;

/** One toolkit edition as it goes to print. */
export interface PrintEdition {
  id: string;
  title: string;
  subtitle?: string;
  editionNumber: number;
  year: number;
  intro?: PrintRichText;
  colophon?: PrintRichText;
  disclaimer?: string;
  publisherName?: string;
  editionHistory?: ReadonlyArray<{ edition: number; year: number; note?: string }>;
}

export interface PrintSupplement {
  id: string;
  title: string;
  body: PrintRichText;
}

export interface PrintSection {
  id: string;
  /** The toolkit's own number, such as `3.12`. */
  number: string;
  title: string;
  slug: string;
  body: PrintRichText;
  /** Printed right after the section, in this order. */
  supplements: readonly PrintSupplement[];
}

export interface PrintChapter {
  id: string;
  number: number;
  title: string;
  summary?: string;
  body?: PrintRichText;
  sections: readonly PrintSection[];
}

/** What an internal link or reference points to. */
export interface PrintLinkTarget {
  /** `_type` of the target: `toolkitSection`, `toolkitSupplement`, `toolkitChapter`, `tool`, `event`, `organisation`, ... */
  type: string;
  title: string;
  /** Section number (`3.4`) or chapter number (`3`), when the target has one. */
  number?: string;
  /** Site path of the target (`/tools/budgetplanner/`), for targets that are not in the book. */
  href?: string;
}

/** An image file the template may embed. */
export interface PrintImageFile {
  data: Uint8Array;
  /** File extension without dot: `svg`, `png`, `jpg`, `jpeg`, `gif`, `webp`. */
  extension: string;
}

/** Everything the book is made of. Build it from the content package (see `printToolkitFromContent`) or by hand. */
export interface PrintToolkit {
  edition: PrintEdition;
  /** Name of the organisation behind the site, printed on the cover. */
  organisationName?: string;
  /** "This is sample content, not legal advice" (siteSettings.sampleContentNote). */
  sampleContentNote?: string;
  chapters: readonly PrintChapter[];
  /** Resolves a document id (internal links, practice example organisations). */
  resolveLink(id: string): PrintLinkTarget | undefined;
  /** Resolves an image (asset id `image-…`, and the asset URL when the query added one) to its file. */
  resolveImage?(asset: { id: string; url?: string }): PrintImageFile | undefined;
}

/** Options that shape the printed book but are not content. */
export interface PrintOptions {
  /** Site origin such as `https://gastvrijnetwerk.be`: links to pages outside the book print as full URLs. */
  siteUrl?: string;
  /** Date in the PDF metadata and the colophon; default now. */
  date?: Date;
  /** Keywords in the PDF metadata. */
  keywords?: readonly string[];
  /** Checks an external URL; returns the URL to use or undefined when it must not become a link. */
  safeUrl?: (url: string) => string | undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Output: the print tree (plain JSON)

export type PrintInline =
  | { t: "text"; s: string; b?: true; i?: true }
  /** External link: clickable, URL printed in a footnote. */
  | { t: "link"; url: string; c: PrintInline[] }
  /** Cross-reference to a place in the book: "(zie 3.4, p. 27)"; `bare` inside parentheses: ", 3.4, p. 27". */
  | { t: "xref"; label: string; ref: string; c: PrintInline[]; bare?: true }
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

export interface PrintBookSupplement {
  label: string;
  title: string;
  body: PrintBlock[];
}
export interface PrintBookSection {
  label: string;
  number: string;
  title: string;
  body: PrintBlock[];
  supplements: PrintBookSupplement[];
}
export interface PrintBookChapter {
  label: string;
  number: string;
  title: string;
  summary?: string;
  body: PrintBlock[];
  sections: PrintBookSection[];
}

/** The JSON document the template reads. */
export interface PrintBook {
  title: string;
  subtitle?: string;
  editionNumber: number;
  editionLabel: string;
  year: number;
  organisation?: string;
  publisher?: string;
  sampleContentNote?: string;
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

/** Default check for external links: http(s), mailto and tel only. */
function defaultSafeUrl(url: string): string | undefined {
  const trimmed = url.trim();
  const hasControl = [...trimmed].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
  if (/^(https?:\/\/|mailto:|tel:)/i.test(trimmed) && !hasControl) return trimmed;
  return undefined;
}

interface Context {
  toolkit: PrintToolkit;
  options: PrintOptions;
  inBook: Set<string>;
  files: Map<string, Uint8Array>;
  origins: Map<string, ContentErrorLocation>;
  documentId: string;
  safeUrl: (url: string) => string | undefined;
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
function checkPrintSizes(toolkit: PrintToolkit): void {
  const check = (documentId: string, fields: Record<string, unknown>) => {
    for (const [path, value] of Object.entries(fields)) {
      const length = textLength(value, maxPrintFieldLength);
      if (length > maxPrintFieldLength) {
        throw new ContentError(
          `too much text to print in one field (more than ${maxPrintFieldLength.toLocaleString("en")} characters, about 250 pages): split it up`,
          { documentId, path },
        );
      }
    }
  };
  const { edition } = toolkit;
  check(edition.id, {
    title: edition.title,
    subtitle: edition.subtitle,
    intro: edition.intro,
    colophon: edition.colophon,
    disclaimer: edition.disclaimer,
    editionHistory: edition.editionHistory,
  });
  for (const chapter of toolkit.chapters) {
    check(chapter.id, { title: chapter.title, summary: chapter.summary, body: chapter.body });
    for (const section of chapter.sections) {
      check(section.id, { number: section.number, title: section.title, body: section.body });
      for (const supplement of section.supplements) {
        check(supplement.id, { title: supplement.title, body: supplement.body });
      }
    }
  }
}

/** Builds the print tree of a whole toolkit. Throws ContentError for content it cannot print. */
export function buildPrintBook(toolkit: PrintToolkit, options: PrintOptions = {}): PrintBookBundle {
  checkPrintSizes(toolkit);
  const inBook = new Set<string>();
  for (const chapter of toolkit.chapters) {
    inBook.add(chapter.id);
    for (const section of chapter.sections) {
      inBook.add(section.id);
      for (const supplement of section.supplements) inBook.add(supplement.id);
    }
  }
  const files = new Map<string, Uint8Array>();
  const origins = new Map<string, ContentErrorLocation>();
  const base = { toolkit, options, inBook, files, origins, safeUrl: options.safeUrl ?? defaultSafeUrl };
  const edition = toolkit.edition;
  const render = (documentId: string, field: string, value: PrintRichText | undefined) =>
    value ? clampHeadings(renderBlocks(value, { ...base, documentId }, field)) : [];
  const date = options.date ?? new Date();
  const label = editionLabel(edition.editionNumber);
  const book: PrintBook = {
    title: edition.title,
    editionNumber: edition.editionNumber,
    editionLabel: label,
    year: edition.year,
    editionHistory: (edition.editionHistory ?? []).map((entry) => ({
      edition: entry.edition,
      year: entry.year,
      ...(entry.note ? { note: entry.note } : {}),
    })),
    intro: render(edition.id, "intro", edition.intro),
    colophon: render(edition.id, "colophon", edition.colophon),
    date: { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() },
    keywords: [...(options.keywords ?? ["vluchtelingen", "vrijwilligers", "toolkit", "Vlaanderen", "Brussel"])],
    description: edition.subtitle ?? `${edition.title}, ${label}, ${edition.year}`,
    chapters: toolkit.chapters.map((chapter) => ({
      label: printLabel(chapter.id),
      number: String(chapter.number),
      title: chapter.title,
      ...(chapter.summary ? { summary: chapter.summary } : {}),
      body: render(chapter.id, "body", chapter.body),
      sections: chapter.sections.map((section) => ({
        label: printLabel(section.id),
        number: section.number,
        title: section.title,
        body: render(section.id, "body", section.body),
        supplements: section.supplements.map((supplement) => ({
          label: printLabel(supplement.id),
          title: supplement.title,
          body: render(supplement.id, "body", supplement.body),
        })),
      })),
    })),
  };
  if (edition.subtitle) book.subtitle = edition.subtitle;
  const organisation = toolkit.organisationName ?? edition.publisherName;
  if (organisation) book.organisation = organisation;
  if (edition.publisherName) book.publisher = edition.publisherName;
  if (toolkit.sampleContentNote) book.sampleContentNote = toolkit.sampleContentNote;
  if (edition.disclaimer) book.disclaimer = edition.disclaimer;
  return { book, files, origins };
}

/** Renders one Portable Text array to print blocks (exported for tests and for other printers). */
export function toPrintBlocks(
  blocks: PrintRichText,
  toolkit: PrintToolkit,
  options: PrintOptions = {},
  documentId = "",
): { blocks: PrintBlock[]; files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  const context: Context = {
    toolkit,
    options,
    inBook: new Set(
      toolkit.chapters.flatMap((c) => [c.id, ...c.sections.flatMap((s) => [s.id, ...s.supplements.map((x) => x.id)])]),
    ),
    files,
    origins: new Map(),
    documentId,
    safeUrl: options.safeUrl ?? defaultSafeUrl,
  };
  return { blocks: clampHeadings(renderBlocks(blocks, context, "body")), files };
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

/** Whether a Portable Text entry is an object (a stored document may hold `null` or a string where a block belongs). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The object entries of an array field (children, markDefs, items); anything else in it is left out. */
function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function renderBlocks(blocks: PrintRichText, context: Context, path: string): PrintBlock[] {
  const out: PrintBlock[] = [];
  let index = 0;
  while (index < blocks.length) {
    const block: unknown = blocks[index];
    if (!isRecord(block)) {
      throw new ContentError(`Portable Text entry is ${block === null ? "null" : typeof block}, not a block`, {
        documentId: context.documentId,
        path: `${path}[${index}]`,
      });
    }
    if (block._type === "block" && typeof block.listItem === "string") {
      const { list, next } = renderList(blocks, index, levelOf(block), context, path);
      out.push(list);
      index = next;
      continue;
    }
    out.push(...renderBlock(block, context, `${path}[${index}]`));
    index += 1;
  }
  return out;
}

function levelOf(block: Record<string, unknown>): number {
  return typeof block.level === "number" && block.level >= 1 ? block.level : 1;
}

function renderList(
  blocks: PrintRichText,
  start: number,
  level: number,
  context: Context,
  path: string,
): { list: PrintBlock; next: number } {
  const first = blocks[start] as Record<string, unknown>; // checked by the caller
  const kind = first.listItem;
  const items: PrintBlock[][] = [];
  let index = start;
  while (index < blocks.length) {
    const block = blocks[index];
    if (!isRecord(block) || block._type !== "block" || typeof block.listItem !== "string") break;
    const blockLevel = levelOf(block);
    if (blockLevel < level) break;
    if (blockLevel > level) {
      const nested = renderList(blocks, index, blockLevel, context, path);
      if (items.length === 0) items.push([]);
      items[items.length - 1]?.push(nested.list);
      index = nested.next;
      continue;
    }
    if (block.listItem !== kind) break;
    items.push([{ t: "p", c: renderInlines(block, context) }]);
    index += 1;
  }
  return { list: { t: "list", ordered: kind === "number", items }, next: index };
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function richText(value: unknown): PrintRichText {
  return Array.isArray(value) ? (value as PrintRichText) : [];
}

function renderBlock(block: Record<string, unknown>, context: Context, path: string): PrintBlock[] {
  const title = str(block.title);
  switch (block._type) {
    case "block": {
      const c = renderInlines(block, context);
      if (c.length === 0) return [];
      switch (block.style) {
        case "h2":
          return [{ t: "h", level: 1, c }];
        case "h3":
          return [{ t: "h", level: 2, c }];
        case "h4":
        case "h5":
        case "h6":
          return [{ t: "h", level: 3, c }];
        case "blockquote":
          return [{ t: "quote", c: [{ t: "p", c }] }];
        default:
          return [{ t: "p", c }];
      }
    }
    case "tip":
      return [
        { t: "tip", ...(title ? { title } : {}), c: renderBlocks(richText(block.body), context, `${path}.body`) },
      ];
    case "practiceExample": {
      // The query may have dereferenced the organisation ({name}); otherwise resolve the reference.
      const org = block.organisation as { _ref?: unknown; name?: unknown } | null | undefined;
      const organisation =
        typeof org?.name === "string"
          ? org.name
          : typeof org?._ref === "string"
            ? context.toolkit.resolveLink(org._ref)?.title
            : undefined;
      return [
        {
          t: "example",
          title: title ?? "Praktijkvoorbeeld",
          ...(organisation ? { organisation } : {}),
          c: renderBlocks(richText(block.body), context, `${path}.body`),
        },
      ];
    }
    case "checklist": {
      const items = records(block.items);
      return [
        {
          t: "checklist",
          ...(title ? { title } : {}),
          items: items.map((item) => {
            const note = str(item.note);
            return { text: typeof item.text === "string" ? item.text : "", ...(note ? { note } : {}) };
          }),
        },
      ];
    }
    case "callout": {
      const tone = block.tone === "warning" || block.tone === "important" ? block.tone : "info";
      return [
        {
          t: "callout",
          tone,
          ...(title ? { title } : {}),
          c: renderBlocks(richText(block.body), context, `${path}.body`),
        },
      ];
    }
    case "image":
      return [renderImage(block, context, path)];
    default:
      throw new ContentError(`block type "${String(block._type)}" cannot be printed`, {
        documentId: context.documentId,
        path,
      });
  }
}

function renderImage(block: Record<string, unknown>, context: Context, path: string): PrintBlock {
  const assetId = (block.asset as { _ref?: unknown } | undefined)?._ref;
  const alt = str(block.alt);
  if (!alt) throw new ContentError("image has no alt text", { documentId: context.documentId, path: `${path}.alt` });
  if (typeof assetId !== "string") {
    throw new ContentError("image has no asset reference", { documentId: context.documentId, path: `${path}.asset` });
  }
  const url = typeof block.url === "string" ? block.url : undefined;
  const file = context.toolkit.resolveImage?.({ id: assetId, ...(url ? { url } : {}) });
  if (!file) {
    throw new ContentError(`image asset ${assetId} not found`, {
      documentId: context.documentId,
      path: `${path}.asset`,
    });
  }
  const extension = file.extension.toLowerCase().replace(/^\./, "");
  if (!imageExtensions.has(extension)) {
    throw new ContentError(`image format "${extension}" cannot be printed (use svg, png, jpg, gif or webp)`, {
      documentId: context.documentId,
      path: `${path}.asset`,
    });
  }
  // The virtual path is ours, never taken from content.
  const src = `/assets/image-${context.files.size + 1}.${extension}`;
  context.files.set(src, file.data);
  context.origins.set(src, { documentId: context.documentId, path: `${path}.asset` });
  const caption = str(block.caption);
  return { t: "image", src, alt, ...(caption ? { caption } : {}) };
}

interface Span {
  text: string;
  marks: string[];
}

function renderInlines(block: Record<string, unknown>, context: Context): PrintInline[] {
  const markDefs = new Map<string, Record<string, unknown>>();
  for (const def of records(block.markDefs)) {
    if (typeof def._key === "string") markDefs.set(def._key, def);
  }
  const spans: Span[] = records(block.children)
    .filter((child) => typeof child.text === "string")
    .map((child) => ({
      text: child.text as string,
      marks: Array.isArray(child.marks)
        ? (child.marks as unknown[]).filter((m): m is string => typeof m === "string")
        : [],
    }));
  const out: PrintInline[] = [];
  let index = 0;
  while (index < spans.length) {
    const span = spans[index] as Span;
    const annotation = span.marks.find((mark) => markDefs.has(mark));
    if (!annotation) {
      pushText(out, span);
      index += 1;
      continue;
    }
    const group: PrintInline[] = [];
    while (index < spans.length && (spans[index] as Span).marks.includes(annotation)) {
      pushText(group, spans[index] as Span);
      index += 1;
    }
    for (const node of annotate(markDefs.get(annotation) as Record<string, unknown>, group, context)) {
      if (node.t === "text")
        pushText(out, { text: node.s, marks: [...(node.b ? ["strong"] : []), ...(node.i ? ["em"] : [])] });
      else out.push(node);
    }
  }
  // Already inside parentheses ("(zie de paragraaf)"): no second pair around the page reference.
  out.forEach((node, i) => {
    const next = out[i + 1];
    if (node.t === "xref" && next?.t === "text" && next.s.startsWith(")")) node.bare = true;
  });
  return out;
}

function pushText(out: PrintInline[], span: Span): void {
  if (span.text === "") return;
  const node: PrintInline = { t: "text", s: span.text };
  if (span.marks.includes("strong")) node.b = true;
  if (span.marks.includes("em")) node.i = true;
  const last = out[out.length - 1];
  if (last && last.t === "text" && last.b === node.b && last.i === node.i) {
    last.s += node.s;
    return;
  }
  out.push(node);
}

function annotate(def: Record<string, unknown>, c: PrintInline[], context: Context): PrintInline[] {
  if (def._type === "link") {
    const url = typeof def.href === "string" ? context.safeUrl(def.href) : undefined;
    return url ? [{ t: "link", url, c }] : c;
  }
  if (def._type === "internalLink") {
    const id = (def.reference as { _ref?: unknown } | undefined)?._ref;
    if (typeof id !== "string") return c;
    const target = context.toolkit.resolveLink(id);
    // Not published (a draft, an internal signal, a deleted page): the words stay, the link and its target do not.
    if (!target) return c;
    if (context.inBook.has(id)) return [{ t: "xref", label: printLabel(id), ref: xrefText(target), c }];
    const siteUrl = context.options.siteUrl?.replace(/\/+$/, "");
    const url = target.href && siteUrl ? `${siteUrl}${target.href}` : undefined;
    const kind = webKinds[target.type] ?? "Pagina";
    return [
      {
        t: "webref",
        note: `${kind} ‘${target.title}’ op de website`,
        ...(target.href ? { path: target.href } : {}),
        ...(url ? { url } : {}),
        c,
      },
    ];
  }
  return c;
}

const webKinds: Record<string, string> = {
  tool: "Tool",
  event: "Activiteit",
  theme: "Thema",
  signal: "Signaal",
  toolkitChapter: "Hoofdstuk",
  toolkitSection: "Paragraaf",
  toolkitSupplement: "Bijlage",
};

function xrefText(target: PrintLinkTarget): string {
  if (target.type === "toolkitSupplement") return `bijlage ‘${target.title}’`;
  if (target.type === "toolkitChapter") return `hoofdstuk ${target.number ?? target.title}`;
  return target.number ?? target.title;
}
