/**
 * Editors' checks on rich text (Portable Text) that public-sector sites expect: headings that skip a level, images
 * without alt text, link text that says nothing, lists typed by hand, and sentences that are too long to read
 * easily; and, in the documents the printed toolkit prints, characters its fonts cannot show. Advice in the Studio:
 * it shows the findings as warnings (publishing still works) and `gastvrij check-text` prints them as a report. Only
 * an unprintable character in a published printed document is an error, in `gastvrij validate` (the PDF would fail).
 *
 * Pure functions over a stored rich-text value, without Sanity or Node imports, so the Studio (in the browser), the
 * CLI and tests all run the same checks. A value that is not Portable Text (a draft half-written, a hostile export)
 * gives no findings rather than an exception.
 */

import { listKinds } from "./options.js";
import { codePointLabel, isPrintedType, printedFields, unprintableCharacters } from "./printable-characters.js";

/** The checks, by name. */
export type TextCheckName = "headingLevel" | "imageAlt" | "linkText" | "handTypedList" | "readability" | "printable";

/** One segment of a path inside a rich-text value, as Sanity writes paths: an index, a field, or an item's key. */
export type TextPathSegment = number | string | { _key: string };

/** One thing an editor may want to change. */
export interface TextFinding {
  check: TextCheckName;
  /**
   * Where, inside the rich-text value, as a Sanity path: array items by their `_key` when they have one
   * (`[{_key: "b3"}]`, `[{_key: "t1"}, "body", {_key: "p2"}]`, `[{_key: "i5"}, "alt"]`), by index otherwise.
   */
  path: TextPathSegment[];
  /** The same place for people, with indexes: `[3]`, `[3].body[1]`, `[5].alt`. Put the field's name before it. */
  at: string;
  /** The `_key` of the block (or image) the finding is about, when it has one. */
  key?: string;
  /** What is wrong and what to do, in Dutch. */
  message: string;
}

/**
 * The Studio's message for an image without alt text (an error there: an image cannot be published without it).
 * Said once: the Studio's rule and the report of {@link imageAltFindings} use it.
 */
export const imageAltMessage =
  "Beschrijf de afbeelding in de alternatieve tekst: wat moet iemand weten die ze niet ziet?";

/**
 * How long a sentence may be. Sources (Flemish plain-language guidance, "duidelijke taal", roughly level B1):
 * - Wablieft (the plain-language centre of VOCVO, Flanders), "20 tips voor duidelijke taal": "Schrijf actieve en
 *   korte zinnen: 15-20 woorden per zin" (as quoted by Fonds 127, https://fonds127.be, "Bereik meer werknemers met
 *   duidelijke taal", 2023). That is the aim for the average of a paragraph: {@link readabilityLimits.averageWords}.
 * - Vlaamse overheid, Heerlijk Helder, "Checklists voor teksten"
 *   (https://overheid.vlaanderen.be/communicatie/heerlijk-helder/checklists-voor-teksten): "De zinnen en de alinea's
 *   zijn niet te lang." It gives no number; a single sentence may be somewhat longer than the average, and
 *   Genootschap Onze Taal (https://onzetaal.nl/taalloket/lengte-van-zinnen) puts that limit at 25 words ("zinnen tot
 *   25 woorden [zijn] voor veel mensen nog goed te begrijpen"): {@link readabilityLimits.sentenceWords}.
 * A paragraph's average is only judged when it has at least {@link readabilityLimits.averageMinSentences} sentences
 * and none of them is already too long (that one is the finding, once).
 */
export const readabilityLimits = {
  /** A sentence of more words than this is flagged. */
  sentenceWords: 25,
  /** A paragraph whose sentences have more words than this on average is flagged. */
  averageWords: 20,
  /** The fewest sentences a paragraph needs before its average says something. */
  averageMinSentences: 3,
} as const;

/**
 * Link texts that say nothing about where the link goes, compared in lower case with the punctuation around them
 * trimmed ("Klik hier!", "(lees meer)", "Meer info…").
 */
export const vagueLinkTexts: readonly string[] = [
  "klik",
  "klik hier",
  "hier",
  "lees meer",
  "lees verder",
  "meer",
  "meer info",
  "meer informatie",
  "link",
  "deze link",
  "deze pagina",
];

// ---------------------------------------------------------------------------------------------------------------
// Reading the value

type Item = Record<string, unknown>;

interface Place {
  path: TextPathSegment[];
  at: string;
  key?: string;
}

interface TextBlock extends Place {
  block: Item;
  /** Its index in its array (the value, or a tip's body). */
  index: number;
}

const isItem = (value: unknown): value is Item => value !== null && typeof value === "object" && !Array.isArray(value);

const keyOf = (item: Item): string | undefined =>
  typeof item._key === "string" && item._key !== "" ? item._key : undefined;

/** The place of item `index` of an array at `parent`. */
function placeOf(parent: Place | undefined, field: string | undefined, item: Item, index: number): Place {
  const key = keyOf(item);
  const path: TextPathSegment[] = [...(parent?.path ?? []), ...(field ? [field] : []), key ? { _key: key } : index];
  const at = `${parent?.at ?? ""}${field ? `.${field}` : ""}[${index}]`;
  return { path, at, ...(key ? { key } : {}) };
}

/** The items of a rich-text value with their places (nothing when the value is not an array). */
function itemsOf(value: unknown, parent?: Place, field?: string): Array<{ item: Item; index: number } & Place> {
  if (!Array.isArray(value)) return [];
  const out: Array<{ item: Item; index: number } & Place> = [];
  value.forEach((item, index) => {
    if (isItem(item)) out.push({ item, index, ...placeOf(parent, field, item, index) });
  });
  return out;
}

/** Our blocks whose `body` is Portable Text (`simpleText`). */
const nestedTextTypes = new Set(["tip", "practiceExample", "callout"]);

/** Every text block: the value's own, then those inside tips, practice examples and callouts, in reading order. */
function textBlocks(value: unknown): TextBlock[] {
  const out: TextBlock[] = [];
  for (const { item, ...place } of itemsOf(value)) {
    if (item._type === "block") out.push({ block: item, ...place });
    else if (typeof item._type === "string" && nestedTextTypes.has(item._type)) {
      for (const inner of itemsOf(item.body, place, "body")) {
        if (inner.item._type !== "block") continue;
        const { item: block, ...innerPlace } = inner;
        out.push({ block, ...innerPlace });
      }
    }
  }
  return out;
}

/** The spans of a block: their text and marks. */
function spansOf(block: Item): Array<{ text: string; marks: string[] }> {
  if (!Array.isArray(block.children)) return [];
  return block.children.filter(isItem).map((child) => ({
    text: typeof child.text === "string" ? child.text : "",
    marks: Array.isArray(child.marks) ? child.marks.filter((mark): mark is string => typeof mark === "string") : [],
  }));
}

/** The text of a block, its spans joined. */
export function blockText(block: unknown): string {
  return isItem(block)
    ? spansOf(block)
        .map((span) => span.text)
        .join("")
    : "";
}

const isPlainParagraph = (block: Item) =>
  (block.style === undefined || block.style === null || block.style === "normal") &&
  (block.listItem === undefined || block.listItem === null || block.listItem === "");

/** `‘text’`, shortened to `words` words (and 60 characters) with an ellipsis. */
function quote(text: string, words = 8): string {
  const clean = text.replace(/\s+/g, " ").trim();
  const parts = clean.split(" ");
  let kept = parts.slice(0, words);
  while (kept.length > 1 && kept.join(" ").length > 56) kept = kept.slice(0, -1);
  let short = kept.length < parts.length ? `${kept.join(" ")} …` : clean;
  if (short.length > 60) short = `${short.slice(0, 56)} …`;
  return `‘${short}’`;
}

/** A number as Dutch writes it, with at most one decimal: `22`, `20,3`. */
const decimal = (value: number) => String(Math.round(value * 10) / 10).replace(".", ",");

const finding = (check: TextCheckName, place: Place, message: string): TextFinding => ({
  check,
  path: place.path,
  at: place.at,
  ...(place.key ? { key: place.key } : {}),
  message,
});

// ---------------------------------------------------------------------------------------------------------------
// 1. Headings

const headingLevels = new Map<unknown, number>([
  ["h1", 1],
  ["h2", 2],
  ["h3", 3],
  ["h4", 4],
  ["h5", 5],
  ["h6", 6],
]);

/**
 * A heading that skips a level: after the page's title (level 1) the text starts at level 2, and each heading goes
 * at most one level deeper than the one before it (h2 then h4 is a skip; h4 then h2 is fine).
 */
export function headingLevelFindings(value: unknown): TextFinding[] {
  const out: TextFinding[] = [];
  let previous = 1;
  for (const { item, ...place } of itemsOf(value)) {
    if (item._type !== "block") continue;
    const level = headingLevels.get(item.style);
    if (level === undefined) continue;
    if (level > previous + 1) {
      const text = blockText(item).trim();
      const name = text ? `Kop ${quote(text)}` : "Een kop zonder tekst";
      const from = previous === 1 ? "niveau 1 (de titel)" : `niveau ${previous}`;
      out.push(
        finding("headingLevel", place, `${name} springt van ${from} naar ${level}; gebruik niveau ${previous + 1}.`),
      );
    }
    previous = level;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Images

/** An image without alt text (empty or only spaces). The Studio already refuses it; the report names it too. */
export function imageAltFindings(value: unknown): TextFinding[] {
  const out: TextFinding[] = [];
  for (const { item, ...place } of itemsOf(value)) {
    if (item._type !== "image") continue;
    if (typeof item.alt === "string" && item.alt.trim() !== "") continue;
    out.push(finding("imageAlt", { ...place, path: [...place.path, "alt"], at: `${place.at}.alt` }, imageAltMessage));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Link text

const linkTypes = new Set(["link", "internalLink"]);

/** The text of each link in a block, in order: consecutive spans carrying the same link annotation form one link. */
function linkTexts(block: Item): string[] {
  const links = new Set(
    (Array.isArray(block.markDefs) ? block.markDefs : [])
      .filter(isItem)
      .filter((def) => typeof def._type === "string" && linkTypes.has(def._type) && typeof def._key === "string")
      .map((def) => def._key as string),
  );
  if (links.size === 0) return [];
  const runs: Array<{ start: number; text: string }> = [];
  const open = new Map<string, { start: number; text: string }>();
  spansOf(block).forEach((span, index) => {
    for (const [key, run] of open) {
      if (!span.marks.includes(key)) {
        runs.push(run);
        open.delete(key);
      }
    }
    for (const mark of span.marks) {
      if (!links.has(mark)) continue;
      const run = open.get(mark);
      if (run) run.text += span.text;
      else open.set(mark, { start: index, text: span.text });
    }
  });
  runs.push(...open.values());
  return runs.sort((a, b) => a.start - b.start).map((run) => run.text);
}

/** A link text as it is compared: lower case, single spaces, without punctuation or symbols around it. */
function normaliseLinkText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "");
}

const bareAddress = /^(?:https?:\/\/|www\.)/i;

/**
 * A link whose text says nothing about where it goes ("klik hier", "lees meer", see {@link vagueLinkTexts}), or
 * whose text is a bare web address (starts with http://, https:// or www.). Screen-reader users often jump from link
 * to link; each link's text has to say where it goes on its own.
 */
export function linkTextFindings(value: unknown): TextFinding[] {
  const out: TextFinding[] = [];
  for (const { block, ...place } of textBlocks(value)) {
    for (const text of linkTexts(block)) {
      const shown = text.replace(/\s+/g, " ").trim();
      if (shown === "") continue;
      if (bareAddress.test(shown)) {
        const address = shown.length > 40 ? `${shown.slice(0, 39)}…` : shown;
        out.push(
          finding(
            "linkText",
            place,
            `Linktekst ‘${address}’ is een kaal webadres; schrijf waar de link naartoe gaat, bijvoorbeeld ‘website van Vluchtelingenwerk Vlaanderen’.`,
          ),
        );
      } else if (vagueLinkTexts.includes(normaliseLinkText(shown))) {
        out.push(
          finding(
            "linkText",
            place,
            `Linktekst ‘${shown}’ zegt niet waar de link naartoe gaat; schrijf bijvoorbeeld ‘inschrijvingsformulier’.`,
          ),
        );
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Lists typed by hand

/** A line that starts like a list item typed by hand: `- `, `* `, `• `, `– `, `1. ` or `1) `. */
const typedItem = /^\s*(?:([-*•–])|(\d{1,2})[.)])\s+\S/u;

/** The list kind a typed marker stands for: a bullet or a number. */
function typedKind(line: string): "bullet" | "number" | undefined {
  const match = typedItem.exec(line);
  if (!match) return undefined;
  return match[1] ? "bullet" : "number";
}

function handTypedListMessage(kind: "bullet" | "number", what: string): string {
  const button = listKinds.title(kind);
  return `${what}: dat is een lijst die met de hand getypt is. Maak er een echte lijst van met de knop ‘${button}’, zodat schermlezers hem als lijst voorlezen.`;
}

/**
 * A list typed by hand in normal paragraphs: two or more paragraphs in a row that start with `- `, `* `, `• `,
 * `1. ` or `1) `, or one paragraph with two or more lines (line breaks) that start so. Screen readers announce a
 * real list ("lijst, 3 items"); a typed one is read as loose sentences with stray dashes.
 */
export function handTypedListFindings(value: unknown): TextFinding[] {
  const out: TextFinding[] = [];
  const check = (blocks: TextBlock[]) => {
    let index = 0;
    while (index < blocks.length) {
      const first = blocks[index] as TextBlock;
      const kind = isPlainParagraph(first.block) ? typedKind(blockText(first.block)) : undefined;
      let end = index + 1;
      if (kind) {
        while (end < blocks.length) {
          const next = blocks[end] as TextBlock;
          const adjacent = next.index === (blocks[end - 1] as TextBlock).index + 1;
          if (!adjacent || !isPlainParagraph(next.block) || !typedKind(blockText(next.block))) break;
          end++;
        }
      }
      if (kind && end - index >= 2) {
        const text = blockText(first.block);
        out.push(
          finding(
            "handTypedList",
            first,
            handTypedListMessage(
              kind,
              `${end - index} alinea’s na elkaar beginnen als een opsomming (vanaf ${quote(text, 5)})`,
            ),
          ),
        );
        index = end;
        continue;
      }
      if (isPlainParagraph(first.block)) {
        const lines = blockText(first.block).split("\n");
        const typed = lines.map(typedKind).filter((line) => line !== undefined);
        if (typed.length >= 2) {
          const lineKind = typed[0] as "bullet" | "number";
          const text = lines.find((line) => typedKind(line)) ?? "";
          out.push(
            finding(
              "handTypedList",
              first,
              handTypedListMessage(
                lineKind,
                `Deze alinea heeft ${typed.length} regels die beginnen als een opsomming (vanaf ${quote(text, 5)})`,
              ),
            ),
          );
        }
      }
      index++;
    }
  };
  // Paragraphs are "in a row" within one text: the value's own blocks, and each tip's (or callout's) body apart.
  const groups = new Map<string, TextBlock[]>();
  for (const block of textBlocks(value)) {
    const parent = block.at.slice(0, block.at.lastIndexOf("["));
    groups.set(parent, [...(groups.get(parent) ?? []), block]);
  }
  for (const group of groups.values()) check(group);
  return sortFindings(out);
}

// ---------------------------------------------------------------------------------------------------------------
// 5. Readability

/** Abbreviations whose full stop does not end a sentence (lower case, without the last full stop). */
const abbreviations = new Set([
  "bv",
  "bijv",
  "vb",
  "o.a",
  "d.w.z",
  "m.a.w",
  "i.p.v",
  "t.e.m",
  "t.o.v",
  "m.b.t",
  "nr",
  "ca",
  "dhr",
  "mevr",
  "mr",
  "dr",
  "blz",
  "p",
  "art",
  "incl",
  "excl",
  "resp",
  "st",
]);

/**
 * The sentences of a text: a sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) followed
 * by a space and a capital, a digit or an opening quote, or at the end of a line; a full stop after a known
 * abbreviation (`bv.`, `o.a.`, `nr.`) or a single letter (an initial) does not end one.
 */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    let start = 0;
    const ends = /[.!?…]+[’”"')\]]*(?=\s+[\p{Lu}\p{N}‘“"'(]|\s*$)/gu;
    for (const match of line.matchAll(ends)) {
      const before = line.slice(start, match.index);
      const lastWord = /(\S+)$/u.exec(before)?.[1] ?? "";
      if (match[0].startsWith(".") && match[0].length === 1) {
        const word = lastWord.toLowerCase().replace(/^[‘“"'(]+/u, "");
        if (abbreviations.has(word) || /^\p{L}$/u.test(word)) continue;
      }
      const end = match.index + match[0].length;
      const sentence = line.slice(start, end).trim();
      if (sentence) out.push(sentence);
      start = end;
    }
    const rest = line.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out.filter((sentence) => wordCount(sentence) > 0);
}

/** The words of a sentence: the pieces between spaces that hold a letter or a digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Text that is hard to read (aim: level B1, see {@link readabilityLimits} for the sources): a sentence of more than
 * 25 words, or a paragraph of three or more sentences that have more than 20 words on average. Headings are not
 * judged; paragraphs, quotes and list items are, in tips, practice examples and callouts too.
 */
export function readabilityFindings(value: unknown): TextFinding[] {
  const out: TextFinding[] = [];
  const { sentenceWords, averageWords, averageMinSentences } = readabilityLimits;
  for (const { block, ...place } of textBlocks(value)) {
    if (headingLevels.has(block.style)) continue;
    const sentences = sentencesOf(blockText(block));
    let long = false;
    for (const sentence of sentences) {
      const words = wordCount(sentence);
      if (words <= sentenceWords) continue;
      long = true;
      out.push(
        finding(
          "readability",
          place,
          `De zin ${quote(sentence)} telt ${words} woorden; maak er twee of meer zinnen van (hoogstens ${sentenceWords} woorden, liefst 15 à ${averageWords}).`,
        ),
      );
    }
    if (long || sentences.length < averageMinSentences) continue;
    const average = sentences.reduce((sum, sentence) => sum + wordCount(sentence), 0) / sentences.length;
    if (average > averageWords) {
      out.push(
        finding(
          "readability",
          place,
          `De zinnen van deze alinea (vanaf ${quote(sentences[0] ?? "")}) tellen gemiddeld ${decimal(average)} woorden; maak ze korter (liefst 15 à ${averageWords} woorden per zin).`,
        ),
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// 6. Characters the printed toolkit cannot show

/** The editors' message for a character the printed toolkit has no glyph for. */
export const unprintableMessage = (char: string): string =>
  `Het teken ${char} (${codePointLabel(char)}) kan niet gedrukt worden in de pdf van de toolkit: haal het weg of vervang het door tekst.`;

/**
 * Keys whose strings are never set in a font: Sanity's own (`_type`, `_key`, `_ref`), block structure, options, and
 * what goes to the PDF's tags only (an image's alt text).
 */
const notPrintedKeys = new Set([
  "style",
  "listItem",
  "level",
  "marks",
  "tone",
  "kind",
  "alt",
  "asset",
  "crop",
  "hotspot",
]);
/** Arrays inside a block whose findings belong to the block (a span, a link's address). */
const blockParts = new Set(["children", "markDefs"]);

/**
 * A character the printed toolkit cannot show (see `unprintableCharacters`: no glyph in the shipped fonts, such as
 * an emoji or a CJK character), each once per block, at the block (or the item of a tip, checklist or edition
 * history) that holds it. `value` is rich text or a plain string (a title: findings at `""`). Only the documents
 * the book prints need it: {@link checkRichText} runs it for them (`documentType`).
 */
export function printableFindings(value: unknown): TextFinding[] {
  const out: TextFinding[] = [];
  const visit = (current: unknown, place: Place) => {
    if (typeof current === "string") {
      for (const char of unprintableCharacters(current))
        out.push(finding("printable", place, unprintableMessage(char)));
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => {
        visit(item, isItem(item) ? placeOf(place, undefined, item, index) : place);
      });
    } else if (isItem(current)) {
      for (const [key, child] of Object.entries(current)) {
        if (key.startsWith("_") || notPrintedKeys.has(key)) continue;
        if (!Array.isArray(child)) visit(child, place);
        else if (blockParts.has(key)) for (const item of child) visit(item, place);
        else {
          child.forEach((item, index) => {
            visit(item, isItem(item) ? placeOf(place, key, item, index) : place);
          });
        }
      }
    }
  };
  visit(value, { path: [], at: "" });
  return sortFindings(out);
}

/** A finding of {@link printedTextFindings}: the field (`body`, `title`, `editionHistory`) and the finding in it. */
export interface PrintedTextFinding extends TextFinding {
  field: string;
}

/**
 * Every character the printed toolkit cannot show in the printed fields of a document (see `printedFields`: title,
 * summary, text ...), field by field in the order the book prints them. Nothing for a type the book does not print.
 * `gastvrij validate` makes each an error in a published document: the one rule behind the Studio's error.
 */
export function printedTextFindings(document: { _type?: unknown; [field: string]: unknown }): PrintedTextFinding[] {
  if (!isPrintedType(document._type)) return [];
  return printedFields[document._type].flatMap((field) =>
    printableFindings(document[field]).map((found) => ({ ...found, field })),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// All checks

/** Every check, by name. */
export const textChecks: Readonly<Record<TextCheckName, (value: unknown) => TextFinding[]>> = {
  headingLevel: headingLevelFindings,
  imageAlt: imageAltFindings,
  linkText: linkTextFindings,
  handTypedList: handTypedListFindings,
  readability: readabilityFindings,
  printable: printableFindings,
};

/** Checks that only apply to the documents the printed toolkit prints (see `printedFields`). */
export const printedOnlyChecks: readonly TextCheckName[] = ["printable"];

/**
 * The checks the Studio adds as warnings: all but {@link imageAltFindings}, which the Studio already has as an
 * error (an image without alt text cannot be published), and the printable check, which is an error in the Studio
 * too ({@link studioErrorChecks}).
 */
export const studioWarningChecks: readonly TextCheckName[] = [
  "headingLevel",
  "linkText",
  "handTypedList",
  "readability",
];

/**
 * The checks the Studio adds as errors, so the document cannot be published with them: a character the printed
 * toolkit cannot show, in the documents it prints (the PDF, and with it the build, would fail on it).
 */
export const studioErrorChecks: readonly TextCheckName[] = ["printable"];

/** Findings in reading order (by place in the value), each once. */
function sortFindings(findings: TextFinding[]): TextFinding[] {
  const order = (at: string) =>
    (at.match(/\d+|[a-z]+/gi) ?? []).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const compare = (a: TextFinding, b: TextFinding) => {
    const [x, y] = [order(a.at), order(b.at)];
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const [p, q] = [x[i], y[i]];
      if (p === q) continue;
      if (p === undefined) return -1;
      if (q === undefined) return 1;
      if (typeof p === "number" && typeof q === "number") return p - q;
      return String(p).localeCompare(String(q));
    }
    return 0;
  };
  const seen = new Set<string>();
  return [...findings].sort(compare).filter((entry) => {
    const id = `${entry.at}\u0000${entry.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Runs the checks (all of them, or `only` those) over one rich-text value and gives every finding once, in reading
 * order. `value` is the field's stored value; anything that is not Portable Text gives no findings. The checks of
 * {@link printedOnlyChecks} run only when `documentType` is a type the book prints (a toolkit chapter, section,
 * supplement or edition).
 */
export function checkRichText(
  value: unknown,
  options: { only?: readonly TextCheckName[]; documentType?: unknown } = {},
): TextFinding[] {
  const printed = isPrintedType(options.documentType);
  const names = (options.only ?? (Object.keys(textChecks) as TextCheckName[])).filter(
    (name) => printed || !printedOnlyChecks.includes(name),
  );
  return sortFindings(names.flatMap((name) => textChecks[name](value)));
}
