/**
 * The Markdown importer's own conventions: choices of the importer, not facts of the content model. Each is checked
 * against the Studio schema when this module loads; the model's facts come from `./schema-model.ts` and
 * `@gastvrij/content/model`.
 */

import { documentTypes } from "../model/index.js";
import { checkBodyFields, checkSchemaTypes } from "./schema-model.js";

/** Document types a Markdown file may have: those of the content model, each a document type of the schema. */
export const markdownDocumentTypes = checkSchemaTypes(documentTypes, "document");

/**
 * The field that receives the Markdown body, per document type; types without one must have an empty body. Each
 * must be rich text in the schema.
 */
export const bodyFields: Readonly<Record<string, string>> = checkBodyFields({
  toolkitEdition: "intro",
  toolkitChapter: "body",
  toolkitSection: "body",
  toolkitSupplement: "body",
  tool: "body",
  event: "body",
  signal: "description",
  page: "body",
  newsItem: "body",
});

/** Our Portable Text blocks, written as container directives (`:::tip[Title]`); each is a type of the schema. */
export const directiveNames = checkSchemaTypes(["tip", "practiceExample", "checklist", "callout"] as const, "type");

/** A document id as Sanity allows it (letters, digits, `_`, `-`, `.`), not starting with a dot or dash. */
export const documentIdPattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
