/** A JSON value as it goes into the NDJSON export. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
/** A JSON object (document, block, span, reference, …). */
export interface JsonObject {
  [key: string]: JsonValue;
}

/** One `ref:<id>` (front matter, `[text](ref:<id>)` link or a directive attribute) and where it was written. */
export interface MarkdownReferenceUse {
  /** The referenced document id. */
  id: string;
  /** Document types the reference may point to; empty when any type is fine. */
  allowedTypes: readonly string[];
  /** What the reference is, for messages: `internal link`, `field themes`, … */
  what: string;
  /** 1-based line in the Markdown file. */
  line?: number;
}

/** One image or file the Markdown uses, and where the export expects it. */
export interface MarkdownAssetUse {
  /** `image` or `file` (the prefix of `_sanityAsset`). */
  kind: "image" | "file";
  /** The path as written in the Markdown (`images/x.svg`). */
  url: string;
  /** Path relative to the output NDJSON file: `images/x.svg` or `files/x.pdf`. */
  target: string;
  /** 1-based line in the Markdown file. */
  line?: number;
}

/** Where converted Markdown sits, for `_key`s and error messages. */
export interface MarkdownLocation {
  /** `_id` of the document the text belongs to: part of every `_key`. */
  documentId: string;
  /** Markdown file path, for error messages. */
  file?: string;
  /** Lines before the Markdown text in `file` (for text that sits in front matter). */
  lineOffset?: number;
}

/** Everything the conversion collects while it walks the Markdown. */
export interface ConversionContext extends MarkdownLocation {
  /** The Markdown source, to give literal text back where syntax is not ours (text directives). */
  source: string;
  references: MarkdownReferenceUse[];
  assets: MarkdownAssetUse[];
}
