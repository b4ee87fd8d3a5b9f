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

/** One line of plain text: a paragraph, or an item of a list (bullet list, numbered list or checklist). */
interface Line {
  text: string;
  item?: "bullet" | "number";
}

const paragraph = (text: string | undefined): Line[] => (text ? [{ text }] : []);

/** The lines of one item (a block gives one, a custom block its title and body). */
function linesOf(item: Item, options: PlainTextOptions): Line[] {
  switch (item._type) {
    case "block": {
      if (options.skipHeadings && typeof item.style === "string" && /^h[1-6]$/.test(item.style)) return [];
      const text = spansText(item);
      if (!text) return [];
      return [item.listItem ? { text, item: item.listItem === "number" ? "number" : "bullet" } : { text }];
    }
    case "tip":
      return [{ text: label("Tip", item.title) }, ...lines(item.body, options)];
    case "practiceExample":
      return [{ text: label("Praktijkvoorbeeld", item.title) }, ...lines(item.body, options)];
    case "callout": {
      const tone = item.tone === "warning" || item.tone === "important" ? item.tone : "info";
      return [{ text: label(calloutLabels[tone], item.title) }, ...lines(item.body, options)];
    }
    case "checklist":
      return [
        ...paragraph(str(item.title)),
        ...items(item.items).flatMap((entry): Line[] => {
          const [text, note] = [str(entry.text), str(entry.note)];
          const words = text && note ? `${text} (${note})` : (text ?? note);
          return words ? [{ text: words, item: "bullet" }] : [];
        }),
      ];
    case "image":
      return paragraph(str(item.caption));
    default:
      return [];
  }
}

function lines(value: unknown, options: PlainTextOptions): Line[] {
  return items(value).flatMap((item) => linesOf(item, options));
}

/** Paragraphs apart by a blank line; the items of one list on consecutive lines, with `-` or their number. */
function format(all: Line[]): string {
  let out = "";
  let number = 0;
  all.forEach((line, index) => {
    const previous = all[index - 1];
    const sameList = line.item !== undefined && previous?.item === line.item;
    number = line.item === "number" ? (sameList ? number + 1 : 1) : 0;
    const marker = line.item === "number" ? `${number}. ` : line.item === "bullet" ? "- " : "";
    out += (index === 0 ? "" : sameList ? "\n" : "\n\n") + marker + line.text;
  });
  return out;
}

/**
 * The words of a Portable Text array: paragraphs (blocks, titles of custom blocks, captions) apart by a blank line,
 * the items of a list or checklist on consecutive lines starting with `- ` (or `1. ` in a numbered list). Hard
 * breaks inside a block stay `\n`. No markup, no URLs.
 *
 * @param value - Portable Text array (anything else gives `""`).
 * @param options - `skipHeadings` to leave headings out.
 * @example
 * toPlainText(section.body); // "Wonen\n\nEen woning vinden…\n\n- Adres\n- Bank\n\nTip: Vraag…"
 */
export function toPlainText(value: unknown, options: PlainTextOptions = {}): string {
  return format(lines(value, options));
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
  const words = (skipHeadings: boolean) =>
    collapse(
      lines(value, { skipHeadings })
        .map((line) => line.text)
        .join(" "),
    );
  const text = words(true) || words(false);
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
