/**
 * Deterministic benchmark datasets: `scaleDataset(documents, factor)` returns the embedded dataset `factor` times,
 * each copy with its own ids, slugs and section numbers, and references that point inside the same copy. Copy 0 is the
 * original, so the shape (toolkit with sections and Portable Text, tools, events with series, signals, references)
 * stays exactly the one the site and the PDF are built for.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Document = { _id: string; _type: string; [key: string]: Json };

const slugTypes = new Set(["slug"]);

function suffixFor(copy: number): string {
  return copy === 0 ? "" : `-x${copy}`;
}

/** Rewrites ids, references and slugs of one document for copy `copy`. */
function rewrite(value: Json, copy: number, ids: Set<string>): Json {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, copy, ids));
  if (value === null || typeof value !== "object") return value;
  const out: { [key: string]: Json } = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === "_ref" && typeof child === "string" && ids.has(child)) out[key] = `${child}${suffixFor(copy)}`;
    else if (key === "current" && slugTypes.has(String(value._type)) && typeof child === "string") {
      out[key] = `${child}${suffixFor(copy)}`;
    } else out[key] = rewrite(child, copy, ids);
  }
  return out;
}

/**
 * `factor` copies of `documents`. Singletons (site settings) are kept once. Toolkit editions get their own edition
 * number per copy, so every copy is a complete toolkit of its own.
 */
export function scaleDataset(documents: readonly Document[], factor: number): Document[] {
  if (!Number.isInteger(factor) || factor < 1)
    throw new RangeError(`factor must be a whole number >= 1, got ${factor}`);
  const ids = new Set(documents.map((document) => document._id));
  const out: Document[] = [];
  for (let copy = 0; copy < factor; copy++) {
    for (const document of documents) {
      if (copy > 0 && document._type === "siteSettings") continue;
      const copied = rewrite(document, copy, ids) as Document;
      copied._id = `${document._id}${suffixFor(copy)}`;
      if (copy > 0 && document._type === "toolkitEdition" && typeof document.editionNumber === "number") {
        copied.editionNumber = document.editionNumber + copy * 100;
      }
      out.push(copied);
    }
  }
  return out;
}
