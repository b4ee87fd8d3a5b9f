/**
 * The one reading of Portable Text. Stored rich text (the Studio's `richText` and `simpleText`, as the queries return
 * it) becomes a small tree of what it means: paragraphs and headings with their inline content, nested lists, and our
 * own blocks (tip, practice example, callout, checklist, image) with their labels and defaults decided here, once.
 * The HTML, print and plain-text renderers each render this tree and decide nothing about the content themselves.
 *
 * Lists and marks are read with `@portabletext/toolkit` (`nestLists`, `buildMarksTree`), as `@portabletext/to-html`
 * does. Stored content may be malformed (an export edited by hand, a field of the wrong type): inside a block,
 * entries that are not objects are left out; a block entry that is not an object is a `ContentError` naming the
 * document and field, unless the reader is lenient (plain text: always a string).
 */
import {
  buildMarksTree,
  isPortableTextToolkitList,
  isPortableTextToolkitSpan,
  isPortableTextToolkitTextNode,
  nestLists,
  type ToolkitNestedPortableTextSpan,
  type ToolkitPortableTextHtmlList,
  type ToolkitTextNode,
} from "@portabletext/toolkit";
import type { ArbitraryTypedObject, PortableTextBlock, TypedObject } from "@portabletext/types";
import { ContentError } from "../errors.js";
import { type CalloutTone, calloutTones, linkSchemes, safeUrl } from "../model/index.js";

// ---------------------------------------------------------------------------------------------------------------
// The tree

/** Inline content of a text block. */
export type Inline =
  | { type: "text"; text: string }
  /** A hard break (a line break inside a span). */
  | { type: "break" }
  /** A decorator (`strong`, `em`, `code`, `strike-through`) or a mark nobody knows: renderers keep only its words. */
  | { type: "mark"; mark: string; children: Inline[] }
  /** An external link; `href` is undefined when the stored URL is not safe (the words stay, the link does not). */
  | { type: "link"; href: string | undefined; children: Inline[] }
  /** A link to a document of the site, by id; the renderer resolves it (an unknown id keeps only the words). */
  | { type: "internalLink"; id: string | undefined; children: Inline[] };

/** A block style: `normal`, `blockquote`, `h1`–`h6`; anything else reads as `normal`. */
export type TextStyle = "normal" | "blockquote" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6";

/** A paragraph, heading or quote. */
export interface TextBlock {
  type: "text";
  style: TextStyle;
  children: Inline[];
}

/** A list item: its own text, then the lists nested in it. */
export interface ListItem {
  style: TextStyle;
  children: Inline[];
  lists: List[];
}

/** A bullet or numbered list. */
export interface List {
  type: "list";
  ordered: boolean;
  items: ListItem[];
}

/** What every block that is not text keeps: the block as stored, for your own components. */
interface Stored {
  value: Record<string, unknown>;
}

/** Our own blocks, each with the words that name it. */
export interface Tip extends Stored {
  type: "tip";
  label: string;
  title?: string;
  body: Block[];
}
export interface PracticeExample extends Stored {
  type: "practiceExample";
  label: string;
  title?: string;
  /** The name of the group or organisation the example comes from (the query dereferences it). */
  organisation?: string;
  body: Block[];
}
export interface Callout extends Stored {
  type: "callout";
  tone: CalloutTone;
  /** The tone in words: a callout's meaning is never in its colour alone. */
  label: string;
  title?: string;
  body: Block[];
}
export interface Checklist extends Stored {
  type: "checklist";
  title?: string;
  /** The points with text; a point without text is left out. */
  items: { text: string; note?: string }[];
}
export interface Image extends Stored {
  type: "image";
  /** `_key` of the block, for messages. */
  key?: string;
  /** The file's URL as the query gives it (`asset->url`), not yet checked. */
  url?: string;
  /** The asset reference (`image-…`), for printers that load the file themselves. */
  assetId?: string;
  alt?: string;
  caption?: string;
}
/** A block of a type no renderer knows: left out (the print renderer refuses it by name). */
export interface UnknownBlock extends Stored {
  type: "unknown";
  blockType: string;
}

/** One block of rich text, read. */
export type Block = TextBlock | List | Tip | PracticeExample | Callout | Checklist | Image | UnknownBlock;

/** The deepest list level kept as its own nested list; deeper items join the list at this level. */
export const maxListLevel = 8;

/** Options of {@link readPortableText}. */
export interface ReadOptions {
  /** Document id for messages. */
  documentId?: string;
  /** Field path of the value inside the document, for messages (default `body`). */
  path?: string;
  /** Leave out block entries that are not objects instead of refusing them (default false). */
  lenient?: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

type Item = Record<string, unknown>;

const isRecord = (value: unknown): value is Item =>
  value !== null && typeof value === "object" && !Array.isArray(value);
const records = (value: unknown): Item[] => (Array.isArray(value) ? value.filter(isRecord) : []);
/** A trimmed, non-empty string, or undefined. */
const words = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
const knownStyles = new Set<string>(["normal", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"]);
const styleOf = (value: unknown): TextStyle =>
  typeof value === "string" && knownStyles.has(value) ? (value as TextStyle) : "normal";

/**
 * Reads stored Portable Text into the tree the renderers share.
 *
 * @param value - A Portable Text array; anything else reads as empty.
 * @throws ContentError for a block entry that is not an object (unless `lenient`).
 */
export function readPortableText(value: unknown, options: ReadOptions = {}): Block[] {
  if (!Array.isArray(value)) return [];
  const path = options.path ?? "body";
  const blocks: TypedObject[] = [];
  value.forEach((entry: unknown, index) => {
    if (isRecord(entry) && typeof entry._type === "string") {
      blocks.push(entry._type === "block" ? cleanTextBlock(entry) : (entry as unknown as TypedObject));
    } else if (!options.lenient) {
      const what = isRecord(entry)
        ? "an object without _type"
        : entry === null
          ? "null"
          : Array.isArray(entry)
            ? "an array"
            : `a ${typeof entry}`;
      throw new ContentError(`Portable Text entry is ${what}, not a block`, {
        ...(options.documentId ? { documentId: options.documentId } : {}),
        path: `${path}[${index}]`,
      });
    }
  });
  return nestLists(repairListLevels(blocks), "html").map((node) => readNode(node, options));
}

/**
 * A text block as `@portabletext/toolkit` can walk it: spans with text and string marks, mark definitions with a key;
 * other children (inline objects, malformed entries) are left out.
 */
function cleanTextBlock(block: Item): PortableTextBlock {
  const children = records(block.children)
    .filter((child) => child._type === "span" && typeof child.text === "string")
    .map((child) => ({
      _type: "span",
      _key: typeof child._key === "string" ? child._key : "",
      text: child.text as string,
      marks: Array.isArray(child.marks) ? child.marks.filter((mark): mark is string => typeof mark === "string") : [],
    }));
  const markDefs = records(block.markDefs).filter(
    (def) => typeof def._key === "string" && typeof def._type === "string",
  );
  return {
    ...block,
    _type: "block",
    style: styleOf(block.style),
    children,
    markDefs: markDefs as PortableTextBlock["markDefs"],
  } as PortableTextBlock;
}

const isListItem = (block: TypedObject): block is PortableTextBlock & { listItem: string; level?: number } =>
  block._type === "block" && typeof (block as { listItem?: unknown }).listItem === "string";

/**
 * List items brought within what nested lists can hold: a level above {@link maxListLevel} at that level, and a
 * styled item (`h2`, …) that skips levels as a plain item (the toolkit would give the placeholder items it adds for
 * the skipped levels that style, and the item's words would be lost). Levels that are not numbers are 1.
 */
function repairListLevels(blocks: TypedObject[]): TypedObject[] {
  let previous = 0;
  return blocks.map((block) => {
    if (!isListItem(block)) {
      previous = 0;
      return block;
    }
    const stored = typeof block.level === "number" && block.level >= 1 ? Math.floor(block.level) : 1;
    const level = Math.min(maxListLevel, stored);
    const styled = block.style !== "normal";
    const skips = level > previous + 1 || level !== stored;
    previous = level;
    return { ...block, level, ...(styled && skips ? { style: "normal" } : {}) };
  });
}

function readNode(node: TypedObject, options: ReadOptions): Block {
  if (isPortableTextToolkitList(node)) return readList(node as ToolkitPortableTextHtmlList);
  const value = node as unknown as Item;
  const own = words(value.title);
  const title = own ? { title: own } : {};
  switch (node._type) {
    case "block":
      return { type: "text", style: styleOf(value.style), children: readInlines(node as PortableTextBlock) };
    case "tip":
      return { type: "tip", label: "Tip", ...title, body: readBody(value, options), value };
    case "practiceExample": {
      const organisation = words((value.organisation as { name?: unknown } | null | undefined)?.name);
      return {
        type: "practiceExample",
        label: "Praktijkvoorbeeld",
        ...title,
        ...(organisation ? { organisation } : {}),
        body: readBody(value, options),
        value,
      };
    }
    case "callout": {
      const tone = calloutTones.has(value.tone) ? value.tone : calloutTones.values[0];
      return {
        type: "callout",
        tone,
        label: calloutTones.title(tone),
        ...title,
        body: readBody(value, options),
        value,
      };
    }
    case "checklist": {
      const items = records(value.items).flatMap((point) => {
        const text = words(point.text);
        const note = words(point.note);
        return text ? [{ text, ...(note ? { note } : {}) }] : [];
      });
      return { type: "checklist", ...title, items, value };
    }
    case "image":
      return readImage(value);
    default:
      return { type: "unknown", blockType: node._type, value };
  }
}

/** The nested text of one of our blocks (`body`), read leniently about the document's other fields. */
function readBody(block: Item, options: ReadOptions): Block[] {
  return readPortableText(block.body, {
    ...options,
    path: `${options.path ?? "body"}[_key=="${typeof block._key === "string" ? block._key : ""}"].body`,
  });
}

function readImage(block: Item): Image {
  const assetId = (block.asset as { _ref?: unknown } | null | undefined)?._ref;
  const alt = words(block.alt);
  const caption = words(block.caption);
  return {
    type: "image",
    value: block,
    ...(typeof block._key === "string" ? { key: block._key } : {}),
    ...(typeof block.url === "string" ? { url: block.url } : {}),
    ...(typeof assetId === "string" ? { assetId } : {}),
    ...(alt ? { alt } : {}),
    ...(caption ? { caption } : {}),
  };
}

function readList(list: ToolkitPortableTextHtmlList): List {
  return {
    type: "list",
    ordered: list.listItem === "number",
    items: list.children.map((item) => {
      const nested = item.children.filter((child): child is ToolkitPortableTextHtmlList =>
        isPortableTextToolkitList(child as TypedObject),
      );
      const spans = item.children.filter((child) => !isPortableTextToolkitList(child as TypedObject));
      return {
        style: styleOf(item.style),
        children: readInlines({ ...item, children: spans } as PortableTextBlock),
        lists: nested.map(readList),
      };
    }),
  };
}

type MarksNode = ToolkitNestedPortableTextSpan | ToolkitTextNode | ArbitraryTypedObject;

function readInlines(block: PortableTextBlock): Inline[] {
  return buildMarksTree(block).flatMap(readInline);
}

function readInline(node: MarksNode): Inline[] {
  if (isPortableTextToolkitTextNode(node as TypedObject)) {
    const { text } = node as ToolkitTextNode;
    if (text === "\n") return [{ type: "break" }];
    return text === "" ? [] : [{ type: "text", text }];
  }
  if (!isPortableTextToolkitSpan(node as TypedObject)) return []; // inline objects: none in our model
  const span = node as ToolkitNestedPortableTextSpan;
  const children = span.children.flatMap(readInline);
  const def = span.markDef as Item | undefined;
  if (def?._type === "link") return [{ type: "link", href: safeUrl(def.href, linkSchemes), children }];
  if (def?._type === "internalLink") {
    const id = (def.reference as { _ref?: unknown } | null | undefined)?._ref;
    return [{ type: "internalLink", id: typeof id === "string" ? id : undefined, children }];
  }
  return [{ type: "mark", mark: def ? String(def._type) : span.markType, children }];
}

/** The words of inline content, breaks as `\n`. */
export function inlineText(inlines: readonly Inline[]): string {
  let text = "";
  for (const inline of inlines) {
    if (inline.type === "text") text += inline.text;
    else if (inline.type === "break") text += "\n";
    else text += inlineText(inline.children);
  }
  return text;
}
