/**
 * Portable Text → plain text, for search indexes, excerpts and meta descriptions. No markup, no URLs: only the words
 * a reader sees, custom blocks included (titles, bodies, checklist items and notes, image captions).
 */
import { type Block, inlineText, readPortableText, type TextStyle } from "../portable-text/read.js";

/** Options of {@link toPlainText}. */
export interface PlainTextOptions {
  /** Leave out headings (`h1`–`h6`); excerpts do, so a description starts with prose. Default false. */
  skipHeadings?: boolean;
}

/** One line of plain text: a paragraph, or an item of a list (bullet list, numbered list or checklist). */
interface Line {
  text: string;
  item?: "bullet" | "number";
}

const paragraph = (text: string | undefined): Line[] => (text ? [{ text }] : []);
const isHeading = (style: TextStyle) => style.startsWith("h");
const label = (prefix: string, title: string | undefined) => (title ? `${prefix}: ${title}` : prefix);

/** The lines of one block (a text block gives one, a list its items, one of our blocks its title and body). */
function linesOf(block: Block, options: PlainTextOptions): Line[] {
  switch (block.type) {
    case "text":
      return options.skipHeadings && isHeading(block.style) ? [] : paragraph(inlineText(block.children).trim());
    case "list": {
      const item = block.ordered ? "number" : "bullet";
      return block.items.flatMap((entry): Line[] => {
        const text = options.skipHeadings && isHeading(entry.style) ? "" : inlineText(entry.children).trim();
        return [...(text ? [{ text, item } as const] : []), ...entry.lists.flatMap((list) => linesOf(list, options))];
      });
    }
    case "tip":
    case "practiceExample":
    case "callout":
      return [{ text: label(block.label, block.title) }, ...lines(block.body, options)];
    case "checklist":
      return [
        ...paragraph(block.title),
        ...block.items.map(
          (entry): Line => ({
            text: entry.note ? `${entry.text} (${entry.note})` : entry.text,
            item: "bullet",
          }),
        ),
      ];
    case "image":
      return paragraph(block.caption);
    case "unknown":
      return [];
  }
}

function lines(blocks: readonly Block[], options: PlainTextOptions): Line[] {
  return blocks.flatMap((block) => linesOf(block, options));
}

/** The lines of stored Portable Text; malformed entries are left out (plain text is always a string). */
const read = (value: unknown, options: PlainTextOptions) => lines(readPortableText(value, { lenient: true }), options);

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
  return format(read(value, options));
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
      read(value, { skipHeadings })
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
