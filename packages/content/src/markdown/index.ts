// Public entry @gastvrij/content/markdown: Markdown with front matter → Portable Text and Sanity export documents.
// Only re-exports live here. A separate entry because its parsers (unified, remark, YAML) are heavy and only
// authoring tools need them.

export { type MarkdownDocument, markdownToDocument } from "./document.js";
export {
  type ImportedAsset,
  type ImportedDocument,
  type ImportMarkdownOptions,
  importMarkdownDirectory,
  type MarkdownImport,
} from "./import-directory.js";
export {
  type MarkdownToPortableTextOptions,
  markdownToPortableText,
  type PortableTextConversion,
} from "./portable-text.js";
export type {
  JsonObject,
  JsonValue,
  MarkdownAssetUse,
  MarkdownLocation,
  MarkdownReferenceUse,
} from "./types.js";
export { toNdjson, writeMarkdownImport } from "./write-import.js";
