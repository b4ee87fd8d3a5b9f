import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Node as YamlNode } from "yaml";
import { errorAt } from "./locate.js";
import { isRefString, parseRef } from "./references.js";
import { memberTypeAt, objectTypeAt, referenceTargetsAt } from "./schema-model.js";
import type { ConversionContext, JsonObject, JsonValue } from "./types.js";

/** A front matter field: its YAML node and the file line where its value starts. */
export interface FrontMatterField {
  name: string;
  node: YamlNode | null;
  /** 1-based line of the field's key in the Markdown file. */
  line: number;
  /** 1-based line where the value's text starts (the line after `|` for a block scalar). */
  valueLine: number;
}

/** The parsed front matter of one Markdown file, field by field in written order. */
export interface FrontMatter {
  fields: FrontMatterField[];
  /** Line of `file` for a YAML offset. */
  lineAt(offset: number): number;
}

/**
 * Parses the YAML front matter (`yaml` is its text, `firstLine` the file line of its first line) keeping every field's
 * line for messages. Invalid YAML, duplicate keys and a front matter that is not a mapping are ContentErrors.
 */
export function readFrontMatter(yaml: string, firstLine: number, context: ConversionContext): FrontMatter {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const [problem] = document.errors;
  if (problem) {
    throw errorAt(context, lineAt(problem.pos[0]), `invalid front matter (YAML): ${firstSentence(problem.message)}`);
  }
  const root = document.contents;
  if (!isMap(root)) {
    throw errorAt(context, firstLine, "the front matter must be fields (name: value), starting with _id and _type");
  }
  const fields: FrontMatterField[] = [];
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? pair.key : null;
    const name = key ? String(key.value) : "";
    const keyLine = key?.range ? lineAt(key.range[0]) : firstLine;
    if (!key || name === "") throw errorAt(context, keyLine, "a front matter field needs a plain name");
    const node = (pair.value ?? null) as YamlNode | null;
    fields.push({ name, node, line: keyLine, valueLine: node ? valueLine(node, lineAt) : keyLine });
  }
  return { fields, lineAt };
}

function firstSentence(message: string): string {
  return message.split("\n")[0]?.trim() ?? message;
}

function valueLine(node: YamlNode, lineAt: (offset: number) => number): number {
  const start = node.range?.[0] ?? 0;
  const line = lineAt(start);
  const isBlock = isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
  return isBlock ? line + 1 : line;
}

/** Where a front matter value sits in its document, to find in the schema what it is. */
interface ValueContext {
  documentType: string;
  /** Field path for messages (`speakers[1].organisation`). */
  path: string;
  /** Field names from the document down to the value, array positions left out (`speakers`, `organisation`). */
  fieldPath: readonly string[];
  /** `_type` the value gets when it is an object without one. */
  objectType?: string | undefined;
  lineAt(offset: number): number;
}

/**
 * Converts a front matter value: `ref:<id>` strings and `{ref: <id>}` become references (in arrays keyed later),
 * objects of named object types get their `_type`, a `file:` path in a file object becomes `_sanityAsset`, empty
 * values are left out. Dates stay the strings they are.
 */
export function convertValue(
  node: YamlNode | null,
  value: ValueContext,
  context: ConversionContext,
): JsonValue | undefined {
  if (node === null) return undefined;
  const line = node.range ? value.lineAt(node.range[0]) : undefined;
  if (isScalar(node)) {
    const scalar = node.value;
    if (scalar === null || scalar === undefined) return undefined;
    if (typeof scalar === "string") {
      return isRefString(scalar) ? reference(scalar, value, line, context) : scalar;
    }
    if (typeof scalar === "number" || typeof scalar === "boolean") return scalar;
    throw errorAt(context, line, `field ${value.path}: unsupported value ${String(scalar)}`);
  }
  if (isSeq(node)) {
    // Members of an array share its field path; the schema says which `_type` its object members get.
    const objectType = memberTypeAt(value.documentType, value.fieldPath);
    const items: JsonValue[] = [];
    node.items.forEach((item, index) => {
      const converted = convertValue(
        item as YamlNode | null,
        { ...value, path: `${value.path}[${index}]`, objectType },
        context,
      );
      if (converted !== undefined) items.push(converted);
    });
    return items;
  }
  if (isMap(node)) {
    const result: JsonObject = {};
    if (value.objectType) result._type = value.objectType;
    const pairs = node.items;
    const onlyKey = pairs.length === 1 && isScalar(pairs[0]?.key) ? String(pairs[0].key.value) : undefined;
    const onlyValue = pairs[0]?.value;
    if (onlyKey === "ref") {
      const id = isScalar(onlyValue) && typeof onlyValue.value === "string" ? onlyValue.value : "";
      return reference(`ref:${id}`, value, line, context);
    }
    for (const pair of pairs) {
      const name = isScalar(pair.key) ? String(pair.key.value) : "";
      if (name === "") throw errorAt(context, line, `field ${value.path}: a field needs a plain name`);
      const child = pair.value as YamlNode | null;
      const childLine = child?.range ? value.lineAt(child.range[0]) : line;
      if (value.objectType === "file" && name === "file") {
        if (!isScalar(child) || typeof child.value !== "string" || child.value.trim() === "") {
          throw errorAt(
            context,
            childLine,
            `field ${value.path}.file: write the path of the file, like files/name.pdf`,
          );
        }
        result._sanityAsset = fileAsset(child.value, childLine, context);
        continue;
      }
      const fieldPath = [...value.fieldPath, name];
      const converted = convertValue(
        child,
        {
          ...value,
          path: `${value.path}.${name}`,
          fieldPath,
          objectType: objectTypeAt(value.documentType, fieldPath),
        },
        context,
      );
      if (converted !== undefined) result[name] = converted;
    }
    return result;
  }
  throw errorAt(context, line, `field ${value.path}: YAML aliases and tags are not supported`);
}

/** Context for converting top-level field `name` of a `documentType` document. */
export function fieldContext(documentType: string, name: string, lineAt: (offset: number) => number): ValueContext {
  return { documentType, path: name, fieldPath: [name], objectType: objectTypeAt(documentType, [name]), lineAt };
}

function reference(
  text: string,
  value: ValueContext,
  line: number | undefined,
  context: ConversionContext,
): JsonObject {
  const parsed = parseRef(text);
  if ("problem" in parsed) throw errorAt(context, line, `field ${value.path}: ${parsed.problem}`);
  context.references.push({
    id: parsed.id,
    allowedTypes: referenceTargetsAt(value.documentType, value.fieldPath),
    what: `field ${value.path}`,
    ...(line !== undefined ? { line } : {}),
  });
  return { _type: "reference", _ref: parsed.id };
}

function fileAsset(path: string, line: number | undefined, context: ConversionContext): string {
  const name = path.trim().split("/").pop() ?? "";
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith("/") || name === "" || name === "..") {
    throw errorAt(context, line, `file ${path} must be a file next to the Markdown, like files/name.pdf`);
  }
  const target = `files/${name}`;
  context.assets.push({ kind: "file", url: path.trim(), target, ...(line !== undefined ? { line } : {}) });
  return `file@file://./${target}`;
}
