import { checkRichText, isPrintedType, printableFindings, printedFields } from "@gastvrij/content/model";
import type { ExportDocument, RawDocument } from "@gastvrij/content/sources";
import { readExport } from "@gastvrij/content/sources";
import type { ObjectField, SchemaType } from "@sanity/types";
import { type DatasetProblem, isDraftId, isSystemDocument, studioSchema } from "./validate-dataset.js";
import { displayFile } from "./validate-export.js";

/** The outcome of {@link checkText}. */
export interface TextReport {
  /**
   * One problem per finding, with file, line, document and field (`body[3]`): `warning` in a published document,
   * `note` in a draft or release version (checked only when asked for).
   */
  problems: DatasetProblem[];
  /** Documents whose rich text was checked. */
  checked: number;
}

/** What {@link checkText} reads: the documents of one export with their line numbers. */
export interface TextInput {
  file: string;
  documents: readonly ExportDocument[];
}

const isRichText = (type: SchemaType | undefined): boolean => {
  for (let current = type; current; current = current.type) {
    if (current.name === "richText") return true;
  }
  return false;
};

const fieldsCache = new Map<string, string[]>();

/**
 * The rich-text fields of a document type, as dotted paths (`body`, `report`; `a.b` inside an object field), read
 * from the Studio's schema: exactly the fields on which the Studio shows the editors' warnings.
 */
export function richTextFields(typeName: string): string[] {
  const cached = fieldsCache.get(typeName);
  if (cached) return cached;
  const found: string[] = [];
  const walk = (fields: readonly ObjectField[] | undefined, prefix: string, depth: number) => {
    for (const field of fields ?? []) {
      if (isRichText(field.type)) found.push(`${prefix}${field.name}`);
      else if (field.type.jsonType === "object" && depth < 3) {
        walk((field.type as { fields?: ObjectField[] }).fields, `${prefix}${field.name}.`, depth + 1);
      }
    }
  };
  const type = studioSchema().get(typeName) as { fields?: ObjectField[] } | undefined;
  walk(type?.fields, "", 0);
  fieldsCache.set(typeName, found);
  return found;
}

function valueAt(document: RawDocument, path: string): unknown {
  let value: unknown = document;
  for (const part of path.split(".")) {
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

/**
 * Runs the editors' checks of `@gastvrij/content/model` (headings, images without alt text, link text, lists typed
 * by hand, long sentences) over every rich-text field of the published documents of an export, and of drafts and
 * release versions too with `drafts`; in the documents the printed toolkit prints, also the characters its fonts
 * cannot show, in the rich text and the other printed fields (title, summary). Pure advice here: `validate` is what
 * refuses an unprintable character in a published printed document.
 * Documents of types the Studio does not know, system documents and a repeated `_id` are left to `validate`.
 */
export function checkText(input: TextInput, options: { drafts?: boolean } = {}): TextReport {
  const problems: DatasetProblem[] = [];
  const seen = new Set<string>();
  let checked = 0;
  for (const { document, line } of input.documents) {
    if (seen.has(document._id) || isSystemDocument(document)) continue;
    seen.add(document._id);
    const draft = isDraftId(document._id);
    if (draft && !options.drafts) continue;
    const fields = richTextFields(document._type);
    const type = document._type;
    const plain = isPrintedType(type) ? printedFields[type].filter((field) => !fields.includes(field)) : [];
    if (fields.length === 0 && plain.length === 0) continue;
    checked++;
    const findings = [
      ...fields.map((field) => ({ field, found: checkRichText(valueAt(document, field), { documentType: type }) })),
      ...plain.map((field) => ({ field, found: printableFindings(document[field]) })),
    ];
    for (const { field, found } of findings) {
      for (const finding of found) {
        problems.push({
          level: draft ? "note" : "warning",
          file: input.file,
          line,
          documentId: document._id,
          draft,
          path: `${field}${finding.at}`,
          message: finding.message,
        });
      }
    }
  }
  return { problems, checked };
}

/** Reads an export (`.ndjson`, export folder or `.tar.gz`) and checks its texts; file names relative to `cwd`. */
export async function checkTextOfExport(
  path: string,
  options: { cwd?: string; drafts?: boolean } = {},
): Promise<TextReport> {
  const data = await readExport(path);
  return checkText({ file: displayFile(data.dataFileLabel, options.cwd), documents: data.documents }, options);
}
