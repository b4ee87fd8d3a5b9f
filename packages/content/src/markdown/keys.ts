import { createHash } from "node:crypto";
import type { JsonObject, JsonValue } from "./types.js";

/**
 * A `_key` derived from the document id and the field path of the keyed object (`body[3].children[0]`), so that
 * converting the same Markdown again gives the same keys.
 */
export function deterministicKey(documentId: string, path: string): string {
  return createHash("sha256").update(`${documentId}\u0000${path}`).digest("hex").slice(0, 12);
}

const leadingKeys = ["_id", "_type", "_key", "_ref", "_createdAt", "_updatedAt"];

function isObject(value: JsonValue): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Gives every object inside an array a `_key` (unless it has one) and puts the system fields first (`_id`, `_type`,
 * `_key`, `_ref`, …), the other fields keeping their order: the JSON of a document is then the same on every run.
 */
export function finishKeys(value: JsonValue, documentId: string, path: string): JsonValue {
  if (Array.isArray(value)) {
    return value.map((item, index) => {
      const itemPath = `${path}[${index}]`;
      const finished = finishKeys(item, documentId, itemPath);
      if (isObject(finished) && finished._key === undefined) {
        return orderFields({ ...finished, _key: deterministicKey(documentId, itemPath) });
      }
      return finished;
    });
  }
  if (!isObject(value)) return value;
  const result: JsonObject = {};
  for (const [name, field] of Object.entries(value)) {
    result[name] = finishKeys(field, documentId, path ? `${path}.${name}` : name);
  }
  return orderFields(result);
}

function orderFields(value: JsonObject): JsonObject {
  const result: JsonObject = {};
  for (const name of leadingKeys) {
    const field = value[name];
    if (field !== undefined) result[name] = field;
  }
  for (const [name, field] of Object.entries(value)) {
    if (!leadingKeys.includes(name)) result[name] = field;
  }
  return result;
}
