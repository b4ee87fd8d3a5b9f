import { documentIdPattern } from "./model.js";

/** The prefix that marks a reference in front matter and link targets: `ref:org-cera`. */
export const refPrefix = "ref:";

/** Whether `value` is written as a reference (`ref:…`). */
export function isRefString(value: string): boolean {
  return value.startsWith(refPrefix);
}

/** The id of `ref:<id>`, or the reason it is not a valid reference. */
export function parseRef(value: string): { id: string } | { problem: string } {
  const id = value.slice(refPrefix.length).trim();
  if (id === "") return { problem: `"${value}" names no document: write ref:<document id>` };
  if (!documentIdPattern.test(id)) {
    return { problem: `"${value}" is not a valid reference: a document id has only letters, digits, _, - and .` };
  }
  if (id.startsWith("drafts.") || id.startsWith("versions.")) {
    return { problem: `"${value}" points to a draft or version: refer to the published id` };
  }
  return { id };
}
