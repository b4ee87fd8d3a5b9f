/**
 * The titles of a PDF's outline (bookmarks) and document info, read from the raw file: enough for the publish
 * benchmark to see which content a served PDF was made from without a PDF library. The toolkit's outline has one
 * entry per chapter and section (`3.4 Wonen: …`), written by Typst as plain (uncompressed) `/Title` strings.
 */

/** Every `/Title` string of `pdf` (literal `( … )` or hex `< … >`), decoded as text. */
export function pdfTitles(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  const titles: string[] = [];
  for (let at = text.indexOf("/Title"); at !== -1; at = text.indexOf("/Title", at + 6)) {
    let i = at + 6;
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    const bytes = text[i] === "(" ? literalString(text, i) : text[i] === "<" ? hexString(text, i) : undefined;
    if (bytes) titles.push(decodeTextString(bytes));
  }
  return titles;
}

/** The bytes of the literal string that opens at `start` (escapes and balanced parentheses as in PDF 32000-1, 7.3.4.2). */
function literalString(text: string, start: number): number[] | undefined {
  const bytes: number[] = [];
  let depth = 0;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "\\") {
      const next = text[++i] ?? "";
      const simple: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
      if (next in simple) bytes.push(simple[next] as number);
      else if (/[0-7]/.test(next)) {
        let octal = next;
        while (octal.length < 3 && /[0-7]/.test(text[i + 1] ?? "")) octal += text[++i];
        bytes.push(Number.parseInt(octal, 8) & 0xff);
      } else if (next === "\r") {
        if (text[i + 1] === "\n") i++; // a backslash at the end of a line continues the string
      } else if (next !== "\n") bytes.push(next.charCodeAt(0));
      continue;
    }
    if (c === "(") depth++;
    else if (c === ")" && depth-- === 0) return bytes;
    bytes.push(c.charCodeAt(0));
  }
  return undefined;
}

/** The bytes of the hex string that opens at `start` (whitespace ignored, an odd last digit padded with 0). */
function hexString(text: string, start: number): number[] | undefined {
  const end = text.indexOf(">", start);
  if (end === -1) return undefined;
  const digits = text.slice(start + 1, end).replace(/\s/g, "");
  if (!/^[0-9a-fA-F]*$/.test(digits)) return undefined;
  const padded = digits.length % 2 ? `${digits}0` : digits;
  return Array.from({ length: padded.length / 2 }, (_, k) => Number.parseInt(padded.slice(2 * k, 2 * k + 2), 16));
}

/** A PDF text string: UTF-16BE after its byte order mark, UTF-8 after its mark (PDF 2.0), else PDFDocEncoding. */
function decodeTextString(bytes: number[]): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.alloc(bytes.length - 2);
    for (let k = 2; k + 1 < bytes.length; k += 2) {
      swapped[k - 2] = bytes[k + 1] as number;
      swapped[k - 1] = bytes[k] as number;
    }
    return swapped.toString("utf16le");
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return Buffer.from(bytes.slice(3)).toString("utf8");
  // PDFDocEncoding matches Latin-1 for the printable characters a title uses.
  return Buffer.from(bytes).toString("latin1");
}
