import type { RootContent } from "mdast";
import { isScalar } from "yaml";
import { slugPattern } from "../model/index.js";
import { convertValue, type FrontMatterField, fieldContext, readFrontMatter } from "./front-matter.js";
import { finishKeys } from "./keys.js";
import { errorAt, markdownError } from "./locate.js";
import { bodyFields, documentIdPattern, markdownDocumentTypes } from "./model.js";
import { parseMarkdown } from "./parse.js";
import { convertTree } from "./portable-text.js";
import { isRichTextAt } from "./schema-model.js";
import type { ConversionContext, JsonObject, MarkdownAssetUse, MarkdownReferenceUse } from "./types.js";

/** One Markdown file converted to a Sanity document. */
export interface MarkdownDocument {
  /** The document as it goes into the NDJSON export. */
  document: JsonObject & { _id: string; _type: string };
  /** Line of `_id` in the Markdown file. */
  idLine: number;
  /** Every reference written in the file, with its line. */
  references: MarkdownReferenceUse[];
  /** Every image or file the document uses, with its line. */
  assets: MarkdownAssetUse[];
}

/**
 * Converts one Markdown file (YAML front matter + body) to a Sanity document of the content model: front matter fields
 * keep their names (`ref:<id>` → reference, `slug` → slug object, rich-text fields → Portable Text), the body goes to
 * the type's main text field (`body`, `description` of a signal, `intro` of the toolkit edition).
 *
 * @param file path of the file, for error messages.
 * @throws ContentError naming `file` and line.
 */
export function markdownToDocument(source: string, file?: string): MarkdownDocument {
  const context: ConversionContext = { documentId: "", source, references: [], assets: [], ...(file ? { file } : {}) };
  const tree = parseMarkdown(source);
  const [front, ...body] = tree.children;
  if (front?.type !== "yaml") {
    throw errorAt(context, 1, "the file must start with front matter (--- _id: …, _type: … ---)");
  }
  const firstLine = (front.position?.start.line ?? 1) + 1;
  const frontMatter = readFrontMatter(front.value, firstLine, context);
  const field = (name: string) => frontMatter.fields.find((candidate) => candidate.name === name);
  const id = requiredString(field("_id"), "_id", firstLine, context);
  if (!documentIdPattern.test(id)) {
    throw errorAt(context, field("_id")?.line, `_id "${id}" may only hold letters, digits, _, - and .`);
  }
  context.documentId = id;
  const type = requiredString(field("_type"), "_type", firstLine, context);
  if (!(markdownDocumentTypes as readonly string[]).includes(type)) {
    throw errorAt(
      context,
      field("_type")?.line,
      `unknown _type "${type}": use one of ${markdownDocumentTypes.join(", ")}`,
    );
  }

  const document: JsonObject = { _id: id, _type: type };
  for (const entry of frontMatter.fields) {
    if (entry.name === "_id" || entry.name === "_type") continue;
    const value = isRichTextAt(type, [entry.name])
      ? richTextValue(entry, context)
      : entry.name === "slug"
        ? slugValue(entry, context)
        : convertValue(entry.node, fieldContext(type, entry.name, frontMatter.lineAt), context);
    if (value !== undefined) document[entry.name] = value;
  }

  const bodyContent = body.filter((node) => !isBlank(node));
  const bodyField = bodyFields[type];
  if (bodyContent.length > 0) {
    if (!bodyField) {
      throw markdownError(
        context,
        bodyContent[0],
        `a ${type} has no text body: put every field in the front matter and leave the part after --- empty`,
      );
    }
    if (document[bodyField] !== undefined) {
      throw errorAt(
        context,
        field(bodyField)?.line,
        `${bodyField} is written twice: in the front matter and as the body`,
      );
    }
    document[bodyField] = convertTree(bodyContent, { ...context, lineOffset: 0 }, bodyField).blocks;
  }

  const finished = finishKeys(document, id, "") as MarkdownDocument["document"];
  return {
    document: finished,
    idLine: field("_id")?.line ?? firstLine,
    references: context.references,
    assets: context.assets,
  };
}

function isBlank(node: RootContent): boolean {
  return node.type === "html" && node.value.trim() === "";
}

function requiredString(
  entry: FrontMatterField | undefined,
  name: string,
  firstLine: number,
  context: ConversionContext,
): string {
  const value = entry?.node && isScalar(entry.node) ? entry.node.value : undefined;
  if (typeof value !== "string" || value.trim() === "") {
    throw errorAt(
      context,
      entry?.line ?? firstLine,
      `the front matter needs ${name}: a text, like ${name === "_id" ? "_id: theme-wonen" : "_type: theme"}`,
    );
  }
  return value.trim();
}

function richTextValue(entry: FrontMatterField, context: ConversionContext): JsonObject[] | undefined {
  const node = entry.node;
  if (node === null || (isScalar(node) && (node.value === null || node.value === ""))) return undefined;
  if (!isScalar(node) || typeof node.value !== "string") {
    throw errorAt(context, entry.line, `${entry.name} is rich text: write it as Markdown in a | block`);
  }
  const markdown = node.value;
  const tree = parseMarkdown(markdown);
  const local: ConversionContext = { ...context, source: markdown, lineOffset: entry.valueLine - 1 };
  return convertTree(tree.children, local, entry.name).blocks;
}

function slugValue(entry: FrontMatterField, context: ConversionContext): JsonObject | undefined {
  const node = entry.node;
  if (node === null) return undefined;
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value !== "string" || !slugPattern.test(value)) {
    throw errorAt(context, entry.line, `slug must be lowercase words joined by -, like slug: wonen`);
  }
  return { _type: "slug", current: value };
}
