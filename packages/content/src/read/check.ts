import type { z } from "zod";
import { ContentError } from "../errors.js";

/**
 * Checks a query result against its zod schema at the package boundary. The first problem becomes a ContentError
 * naming the document (`_id` of the nearest enclosing document), the field path inside it and what is wrong.
 *
 * @param what Names the query for the message, e.g. `toolkit edition`.
 * @throws ContentError when the value does not match.
 */
export function checkResult<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new ContentError(`${what}: invalid result`);
  const { documentId, fieldPath } = locate(value, issue.path);
  throw new ContentError(`${what}: ${issue.message}`, { documentId, path: fieldPath || undefined });
}

/** Splits an issue path into the `_id` of the innermost document on the path and the field path from there. */
export function locate(root: unknown, path: readonly PropertyKey[]): { documentId?: string; fieldPath: string } {
  let documentId: string | undefined;
  let start = 0;
  let node: unknown = root;
  if (hasId(node)) documentId = node._id;
  path.forEach((key, index) => {
    node = node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (hasId(node) && index < path.length - 1) {
      documentId = node._id;
      start = index + 1;
    }
  });
  return { documentId, fieldPath: formatPath(path.slice(start)) };
}

/** `["body", 3, "items", 0, "text"]` → `body[3].items[0].text`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function hasId(value: unknown): value is { _id: string } {
  return value !== null && typeof value === "object" && typeof (value as { _id?: unknown })._id === "string";
}
