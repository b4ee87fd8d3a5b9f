/**
 * Portable Text → plain text, for search indexes, excerpts and meta descriptions. No markup, no URLs: only the words
 * a reader sees, custom blocks included (titles, bodies, checklist items and notes, image captions).
 */
import { calloutLabels } from "./html/components.js";

type Item = Record<string, unknown>;

/** Options of {@link toPlainText}. */
export interface PlainTextOptions {
  /** Leave out headings (`h1`–`h6`); excerpts do, so a description starts with prose. Default false. */
  skipHeadings?: boolean;
}

const str = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;

const items = (value: unknown): Item[] =>
  Array.isArray(value) ? value.filter((item): item is Item => typeof item === "object" && item !== null) : [];

function spansText(block: Item): string {
  return items(block.children)
    .map((child) => (typeof child.text === "string" ? child.text : ""))
    .join("")
    .trim();
}

function label(prefix: string, title: unknown): string {
  const own = str(title);
  return own ? `${prefix}: ${own}` : prefix;
}

/** The paragraphs of one item (a block gives one, a custom block its title and body). */
function paragraphs(item: Item, options: PlainTextOptions): string[] {
  switch (item._type) {
    case "block": {
      if (options.skipHeadings && typeof item.style === "string" && /^h[1-6]$/.test(item.style)) return [];
      const text = spansText(item);
      return text ? [text] : [];
    }
    case "tip":
      return [label("Tip", item.title), ...blocks(item.body, options)];
    case "practiceExample":
      return [label("Praktijkvoorbeeld", item.title), ...blocks(item.body, options)];
    case "callout": {
      const tone = item.tone === "warning" || item.tone === "important" ? item.tone : "info";
      return [label(calloutLabels[tone], item.title), ...blocks(item.body, options)];
    }
    case "checklist":
      return [
        ...(str(item.title) ? [str(item.title) as string] : []),
        ...items(item.items).flatMap((entry) =>
          [str(entry.text), str(entry.note)].filter((text): text is string => text !== undefined),
        ),
      ];
    case "image": {
      const caption = str(item.caption);
      return caption ? [caption] : [];
    }
    default:
      return [];
  }
}

function blocks(value: unknown, options: PlainTextOptions): string[] {
  return items(value).flatMap((item) => paragraphs(item, options));
}

/**
 * The words of a Portable Text array, one paragraph (block, list item, checklist item, caption, title of a custom
 * block) per line pair (`\n\n`). Hard breaks inside a block stay `\n`.
 *
 * @param value - Portable Text array (anything else gives `""`).
 * @param options - `skipHeadings` to leave headings out.
 * @example
 * toPlainText(section.body); // "Wonen\n\nEen woning vinden…\n\nTip: Vraag…"
 */
export function toPlainText(value: unknown, options: PlainTextOptions = {}): string {
  return blocks(value, options).join("\n\n");
}

/** Options of {@link excerpt}. */
export interface ExcerptOptions {
  /** Maximum length in characters, the ellipsis included. Default 160 (a meta description). */
  length?: number;
  /** The ellipsis added when the text is cut. Default "…". */
  ellipsis?: string;
}

/**
 * A short plain-text excerpt: the text without headings (all text when there is only headings), whitespace
 * collapsed to single spaces, cut at a word boundary with an ellipsis when longer than `length`.
 *
 * @param value - Portable Text array.
 * @param options - `length` (default 160) and `ellipsis` (default "…").
 * @returns At most `length` characters; `""` for empty content.
 * @example
 * excerpt(tool.body, { length: 120 }); // "Met de budgetplanner zet je samen met … alle vaste kosten op een rij en…"
 */
export function excerpt(value: unknown, options: ExcerptOptions = {}): string {
  const length = Math.max(1, Math.floor(options.length ?? 160));
  const ellipsis = options.ellipsis ?? "…";
  const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
  const text = collapse(toPlainText(value, { skipHeadings: true })) || collapse(toPlainText(value));
  if (text.length <= length) return text;
  const room = Math.max(0, length - ellipsis.length);
  const cut = text.slice(0, room + 1);
  const boundary = cut.lastIndexOf(" ");
  // Cut at the last space that fits; a single word longer than the room is cut inside the word.
  const head = (boundary > 0 ? cut.slice(0, boundary) : text.slice(0, room))
    .replace(/[\s,;:.!?(\-–—]+$/u, "")
    .replace(/[\uD800-\uDBFF]$/, "");
  return `${head}${ellipsis}`;
}
