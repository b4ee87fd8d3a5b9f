/**
 * Dutch typographic quotes for the printed book: straight `"` and `'` become “ ” ‘ ’, and an apostrophe (zo’n,
 * ’s avonds, ’t, auto’s, Hoofdstuk’s, de jaren ’90) becomes ’. Pure string work, no locale data.
 *
 * Whether a quote opens or closes is decided by the character before it: after the start of the text, a space, an
 * opening bracket, a dash or another opening quote it opens; after a letter, a digit or punctuation it closes. Text
 * that is cut into runs (bold, italic, links) is read in order with {@link curlPrintBook}, so a quote at the start of
 * a run knows what came before it.
 */
import type { PrintBook } from "./book.js";

/** A letter or digit in any script. */
const wordChar = /[\p{L}\p{N}]/u;
/** After these (or at the start), a quote opens. */
const opensAfter = /[\s([{<«‹“‘\-–—/]/u;
/** Dutch words that start with an apostrophe: ’s (avonds, morgens, Gravenhage), ’t, ’n, ’k, ’r, ’m, ’ns. */
const elision = /^(?:s|t|n|k|r|m|ns)(?![\p{L}\p{N}])/iu;

/**
 * `text` with Dutch curly quotes and apostrophes. `before` is the text printed right before it (the previous run), so
 * a run that starts with a quote opens or closes it correctly; default: the start of a paragraph.
 *
 * @example
 * dutchQuotes(`Zo'n "goede" vraag, 's avonds.`) // → Zo’n “goede” vraag, ’s avonds.
 */
export function dutchQuotes(text: string, before = ""): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  let out = "";
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (char !== '"' && char !== "'") {
      out += char;
      continue;
    }
    const previous = i > 0 ? (out.at(-1) ?? "") : (before.at(-1) ?? "");
    const next = text[i + 1] ?? "";
    const opens = previous === "" || opensAfter.test(previous);
    if (char === '"') {
      out += opens ? "“" : "”";
    } else if (!opens) {
      // After a letter: an apostrophe inside or at the end of a word (zo’n, auto’s, Kees’), or a closing quote.
      out += "’";
    } else if (elision.test(text.slice(i + 1)) || /^\d\d(?!\d)/u.test(text.slice(i + 1))) {
      // ’s avonds, ’t is, de jaren ’90.
      out += "’";
    } else {
      out += wordChar.test(next) || next === '"' ? "‘" : "’";
    }
  }
  return out;
}

/** Fields of the print tree that hold text the reader sees (never an address, a path, a label or a code). */
const textKeys = new Set([
  "s",
  "title",
  "subtitle",
  "summary",
  "caption",
  "alt",
  "note",
  "text",
  "organisation",
  "publisher",
  "disclaimer",
  "sampleContentNote",
  "description",
  "meaning",
]);

/**
 * The print tree with Dutch quotes in every text the template prints from the data: text runs (read in order across
 * bold, italic and link runs of one paragraph), titles, summaries, captions, checklist items and notes, the colophon
 * and the cover lines. Addresses (`url`, `path`), labels, numbers and codes are left as they are.
 */
export function curlPrintBook<T extends PrintBook>(book: T): T {
  return curl(book, "") as T;
}

function curl(value: unknown, key: string): unknown {
  if (typeof value === "string") return textKeys.has(key) ? dutchQuotes(value) : value;
  if (Array.isArray(value)) {
    if (value.some((x) => isRun(x))) return curlRuns(value, { last: "" });
    return value.map((x) => curl(x, key));
  }
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, curl(v, k)]));
}

interface Run {
  t: string;
  s?: unknown;
  c?: unknown;
}

const runTypes = new Set(["text", "link", "xref", "webref"]);

function isRun(value: unknown): value is Run {
  return value !== null && typeof value === "object" && runTypes.has(String((value as Run).t));
}

/** A paragraph's inline runs in reading order: each run's quotes are decided by the text printed before it. */
function curlRuns(runs: unknown[], state: { last: string }): unknown[] {
  return runs.map((run) => {
    if (!isRun(run)) return curl(run, "");
    const copy: Record<string, unknown> = { ...run };
    for (const [k, v] of Object.entries(run)) {
      if (k === "s" && typeof v === "string") {
        copy.s = dutchQuotes(v, state.last);
        state.last = (copy.s as string).slice(-1) || state.last;
      } else if (k === "c" && Array.isArray(v)) {
        copy.c = curlRuns(v, state);
      } else {
        copy[k] = curl(v, k);
      }
    }
    return copy;
  });
}
