/**
 * What the Markdown converter knows of the fields of the content model, read from the Studio schema as
 * `sanity schema extract --enforce-required-fields` writes it (`../generated/schema.json`), so the importer holds no
 * copy of the model: which fields are rich text, which `_type` an object or an array member gets, and which document
 * types a reference may point to. The file is walked once, when this module loads.
 */

import type { ObjectTypeNode, SchemaType, TypeNode } from "groq-js";
import schemaJson from "../generated/schema.json" with { type: "json" };

// The JSON's inferred type widens every `type` to string; the file is groq-js's schema format by construction.
const schema = schemaJson as unknown as SchemaType;

/** Named types written as Markdown: Portable Text with our blocks (`richText`) or text only (`simpleText`). */
const richTextTypes: ReadonlySet<string> = new Set(["richText", "simpleText"]);

/** What the schema says of one field (of an object, or of the members of an array). */
export interface SchemaField {
  /** The value is rich text (`richText` or `simpleText`): Markdown in the importer. */
  readonly richText: boolean;
  /** `_type` an object value gets: its named object type (`location`), or its `_type` literal (`file`). */
  readonly objectType: string | undefined;
  /** For an array: `_type` of its object members (`link`, `speaker`, `editionHistoryEntry`, `file`). */
  readonly memberType: string | undefined;
  /** For a reference, or an array of references: the document types it may point to. */
  readonly referenceTargets: readonly string[];
  /** Fields of the object, or of the array's object members; empty for other values. */
  readonly fields: ReadonlyMap<string, SchemaField>;
}

const noFields: ReadonlyMap<string, SchemaField> = new Map();
const plain: SchemaField = {
  richText: false,
  objectType: undefined,
  memberType: undefined,
  referenceTargets: [],
  fields: noFields,
};

const declarations = new Map<string, TypeNode>();
for (const entry of schema) {
  if (entry.type === "type") declarations.set(entry.name, entry.value);
}

// One map per named type, shared by every field of that type; a map is registered before it is filled, so a type
// that (indirectly) contains itself ends the walk instead of looping.
const fieldsByType = new Map<string, Map<string, SchemaField>>();

function fieldsOf(name: string, attributes: ObjectTypeNode["attributes"]): Map<string, SchemaField> {
  const known = fieldsByType.get(name);
  if (known) return known;
  const fields = new Map<string, SchemaField>();
  fieldsByType.set(name, fields);
  for (const [field, attribute] of Object.entries(attributes)) fields.set(field, describe(attribute.value));
  return fields;
}

function describe(node: TypeNode): SchemaField {
  switch (node.type) {
    case "inline":
      return describeNamed(node.name);
    case "object":
      return describeObject(node, undefined);
    case "array": {
      const member = describe(node.of);
      return {
        ...plain,
        memberType: member.objectType,
        referenceTargets: member.referenceTargets,
        fields: member.fields,
      };
    }
    case "union": {
      // A reference that may point to several types is a union of references (`toolkitSection.reference | …`).
      const members = node.of.map(describe);
      const references = members.every((member) => member.referenceTargets.length > 0);
      return references ? { ...plain, referenceTargets: members.flatMap((member) => member.referenceTargets) } : plain;
    }
    default:
      return plain;
  }
}

function describeNamed(name: string): SchemaField {
  if (richTextTypes.has(name)) return { ...plain, richText: true };
  const value = declarations.get(name);
  if (!value) throw new Error(`schema.json names type ${name} but does not declare it`);
  return value.type === "object" ? describeObject(value, name) : describe(value);
}

/** An object: a reference (it `dereferencesTo` a document type) or a value with a `_type`; `name` if it is named. */
function describeObject(node: ObjectTypeNode, name: string | undefined): SchemaField {
  // An array member of a named type is `{_key} + rest: <that type>`: the member is that type.
  if (node.rest?.type === "inline") return describeNamed(node.rest.name);
  if (node.dereferencesTo) return { ...plain, referenceTargets: [node.dereferencesTo] };
  // An anonymous member (`file`, `editionHistoryEntry`) keeps its `_key` in an object `rest`.
  const attributes = node.rest?.type === "object" ? { ...node.attributes, ...node.rest.attributes } : node.attributes;
  const typeNode = attributes._type?.value;
  const objectType = typeNode?.type === "string" ? typeNode.value : undefined;
  const fields = name ? fieldsOf(name, attributes) : new Map(Object.entries(attributes).map(describeAttribute));
  return { ...plain, objectType, fields };
}

function describeAttribute([field, attribute]: [string, { value: TypeNode }]): [string, SchemaField] {
  return [field, describe(attribute.value)];
}

/** Every document type of the schema (the content model's and Sanity's own asset types). */
export const schemaDocumentTypes: ReadonlySet<string> = new Set(
  schema.filter((entry) => entry.type === "document").map((entry) => entry.name),
);

// Walk every type now, so a named object type (a block such as `practiceExample`) can be asked for its fields too.
for (const entry of schema) {
  if (entry.type === "document") fieldsOf(entry.name, entry.attributes);
  else describeNamed(entry.name);
}

/**
 * The field at `path` in a document or named object type: field names from the top, array positions left out
 * (`["speakers", "organisation"]` is the organisation of each speaker). `undefined` when the schema has no such field.
 */
export function fieldAt(typeName: string, path: readonly string[]): SchemaField | undefined {
  let fields: ReadonlyMap<string, SchemaField> | undefined = fieldsByType.get(typeName);
  let field: SchemaField | undefined;
  for (const name of path) {
    field = fields?.get(name);
    if (!field) return undefined;
    fields = field.fields;
  }
  return field;
}

/** Whether the field at `path` is rich text (written as Markdown). */
export function isRichTextAt(typeName: string, path: readonly string[]): boolean {
  return fieldAt(typeName, path)?.richText ?? false;
}

/** `_type` an object written at `path` gets, if the schema gives it one. */
export function objectTypeAt(typeName: string, path: readonly string[]): string | undefined {
  return fieldAt(typeName, path)?.objectType;
}

/** `_type` each object member of the array at `path` gets, if the schema gives them one. */
export function memberTypeAt(typeName: string, path: readonly string[]): string | undefined {
  return fieldAt(typeName, path)?.memberType;
}

/** Document types a reference at `path` (or in the array at `path`) may point to; empty when the schema says none. */
export function referenceTargetsAt(typeName: string, path: readonly string[]): readonly string[] {
  return fieldAt(typeName, path)?.referenceTargets ?? [];
}

/** Whether the schema declares a type (document or object) of this name. */
export function isSchemaType(name: string): boolean {
  return declarations.has(name) || schemaDocumentTypes.has(name);
}

/**
 * Checks the importer's choice of body field per document type against the schema: each must be a rich-text field,
 * since the Markdown body becomes Portable Text.
 *
 * @throws Error naming the type and field that is not rich text.
 */
export function checkBodyFields<const T extends Readonly<Record<string, string>>>(bodyFields: T): T {
  for (const [type, field] of Object.entries(bodyFields)) {
    if (!isRichTextAt(type, [field])) {
      throw new Error(
        `Markdown body field ${type}.${field} is not rich text in the schema (packages/content/src/generated/schema.json)`,
      );
    }
  }
  return bodyFields;
}

/**
 * Checks that every name is a type the schema declares (a document type when `kind` is `"document"`).
 *
 * @throws Error naming the first name the schema lacks.
 */
export function checkSchemaTypes<const T extends readonly string[]>(names: T, kind: "document" | "type"): T {
  for (const name of names) {
    const known = kind === "document" ? schemaDocumentTypes.has(name) : isSchemaType(name);
    if (!known) {
      const what = kind === "document" ? "a document type" : "a type";
      throw new Error(`${name} is not ${what} of the schema (packages/content/src/generated/schema.json)`);
    }
  }
  return names;
}
