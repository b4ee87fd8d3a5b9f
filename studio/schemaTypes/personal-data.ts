/**
 * Detection of what looks like personal data in free text: e-mail addresses, phone numbers (Belgian or
 * international) and Belgian national register numbers. Pure functions without Sanity imports, so the Studio, the
 * `gastvrij validate` command and unit tests all use the same rules.
 *
 * The detection is deliberately a little eager (a false alarm costs an editor one look; a leaked phone number of a
 * person without legal residence costs far more), but it avoids the usual false positives in our texts: years,
 * dates, times, section numbers such as 3.12 and amounts.
 */

/** What kind of personal data a finding looks like. */
export type PersonalDataKind = "email" | "phone" | "nationalRegisterNumber";

/** One match in a text. */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The matched text, as written. */
  match: string;
  /** Offset of the match in the text that was searched. */
  index: number;
}

/** Dutch names of the kinds, for editor-facing messages. */
export const personalDataLabels: Record<PersonalDataKind, string> = {
  email: "een e-mailadres",
  phone: "een telefoonnummer",
  nationalRegisterNumber: "een rijksregisternummer",
};

const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * Rijksregisternummer: YY.MM.DD-XXX.XX with or without separators (dots, dashes, spaces, slashes). Not preceded or
 * followed by another digit.
 */
const nationalRegisterPattern =
  /(?<![\d])(\d{2})[.\-\s/]?(\d{2})[.\-\s/]?(\d{2})[.\-\s/]?(\d{3})[.\-\s/]?(\d{2})(?![\d])/g;

/**
 * A phone number: starts with `+`, `00` or `0`, then digits in groups separated by single spaces, dots, slashes or
 * dashes (an area code may sit in parentheses). Checked afterwards for its digit count.
 */
const phonePattern = /(?<![\w+])(?:\+|\(0\)|0)[\d\s./()-]*\d/g;

/** A date such as 01/02/2019, 1.2.19 or 2019-02-01 at the start of a match: not a phone number. */
const dateStart = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})/;

/**
 * Whether 11 digits are a plausible Belgian national register number: a month 00–12 (also with the +20/+40 of
 * "bis" numbers), a day 00–31, and the check digits (97 minus the first nine digits modulo 97; for people born in
 * 2000 or later the first nine digits are prefixed with 2).
 */
export function isNationalRegisterNumber(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const month = Number(digits.slice(2, 4)) % 20;
  const day = Number(digits.slice(4, 6));
  if (month > 12 || day > 31) return false;
  const check = Number(digits.slice(9));
  const base = BigInt(digits.slice(0, 9));
  const checkFor = (n: bigint) => 97 - Number(n % 97n);
  return checkFor(base) === check || checkFor(2000000000n + base) === check;
}

/** Whether a candidate written with separators has the exact YY.MM.DD-XXX.XX layout (trusted without checksum). */
function hasRegisterLayout(match: string): boolean {
  return /^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/.test(match);
}

/** Finds everything in `text` that looks like personal data, in order of position. */
export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => taken.some(([a, b]) => start < b && end > a);
  const add = (kind: PersonalDataKind, match: string, index: number) => {
    findings.push({ kind, match, index });
    taken.push([index, index + match.length]);
  };

  for (const m of text.matchAll(emailPattern)) add("email", m[0], m.index);

  for (const m of text.matchAll(nationalRegisterPattern)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    const digits = m[0].replace(/\D/g, "");
    if (hasRegisterLayout(m[0]) || isNationalRegisterNumber(digits)) add("nationalRegisterNumber", m[0], m.index);
  }

  for (const m of text.matchAll(phonePattern)) {
    const match = m[0].replace(/[\s./(-]+$/, "");
    if (overlaps(m.index, m.index + match.length)) continue;
    if (dateStart.test(match)) continue;
    // Separators: one at a time (two spaces or ". " ends a number in running text).
    if (/[\s./-]{2,}/.test(match.replace(/\(0\)/g, "0").replace(/[()]/g, ""))) {
      const first = match.split(/[\s./-]{2,}/)[0] ?? "";
      if (!isPhoneLike(first)) continue;
      add("phone", first, m.index);
      continue;
    }
    if (isPhoneLike(match)) add("phone", match, m.index);
  }

  return findings.sort((a, b) => a.index - b.index);
}

/** Digit count of a Belgian (9–10 digits with the leading 0) or international (`+`/`00`, 8–15 digits) number. */
function isPhoneLike(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, "");
  if (candidate.startsWith("+")) return digits.length >= 8 && digits.length <= 15;
  if (digits.startsWith("00")) return digits.length >= 10 && digits.length <= 17;
  return digits.length >= 9 && digits.length <= 11;
}

/** Keys of Portable Text objects that hold structure, not words. */
const structuralKeys = new Set(["style", "listItem", "level", "tone", "marks", "markDefs", "children"]);

/**
 * The words of a value as one list of strings: plain strings as they are; Portable Text (any nesting of blocks,
 * spans and our custom blocks) walked for every string field that holds words (span text, titles, notes, link
 * addresses), skipping keys, types, references and style names.
 */
export function collectText(value: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, key: string | undefined) => {
    if (typeof node === "string") {
      if (key === undefined || (!key.startsWith("_") && !structuralKeys.has(key))) out.push(node);
      return;
    }
    if (Array.isArray(node)) {
      for (const item of node) walk(item, key === "marks" ? "marks" : undefined);
      return;
    }
    if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (record._type === "reference") return;
      for (const [k, v] of Object.entries(record)) {
        if (k === "children" || k === "markDefs") walk(v, undefined);
        else if (!k.startsWith("_") && !structuralKeys.has(k)) walk(v, k);
      }
    }
  };
  walk(value, undefined);
  return out;
}

/** All findings in a plain string or Portable Text value. */
export function findPersonalDataIn(value: unknown): PersonalDataFinding[] {
  return collectText(value).flatMap((text) => findPersonalData(text));
}

/** A short Dutch description of findings, such as `een e-mailadres (jan@voorbeeld.be)`. */
export function describeFindings(findings: readonly PersonalDataFinding[]): string {
  const parts = findings.map((finding) => `${personalDataLabels[finding.kind]} (${finding.match})`);
  return [...new Set(parts)].join(", ");
}
