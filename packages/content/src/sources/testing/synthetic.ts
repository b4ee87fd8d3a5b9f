import type { RawDocument } from "../export-reader.js";

/**
 * A synthetic dataset of about `size` documents for speed and equality tests: copies of `base` whose ids, references
 * and slugs get a `-c<n>` suffix per copy (copy 0 is `base` itself), so every copy is a complete, consistent set.
 * Singletons (`siteSettings`) are kept once; toolkit editions get a distinct `editionNumber` per copy.
 */
export function syntheticDataset(base: readonly RawDocument[], size: number): RawDocument[] {
  const ids = new Set(base.map((doc) => doc._id));
  const out: RawDocument[] = [];
  for (let copy = 0; out.length < size; copy++) {
    const suffix = copy === 0 ? "" : `-c${copy}`;
    const renamed = (value: unknown, parentType?: unknown): unknown => {
      if (Array.isArray(value)) return value.map((item) => renamed(item));
      if (value === null || typeof value !== "object") return value;
      const record = value as Record<string, unknown>;
      const next: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(record)) {
        if ((key === "_ref" || key === "_id") && typeof child === "string" && ids.has(child))
          next[key] = child + suffix;
        else if (key === "current" && record._type === "slug" && typeof child === "string") next[key] = child + suffix;
        else next[key] = renamed(child, record._type ?? parentType);
      }
      return next;
    };
    for (const doc of base) {
      if (out.length >= size) break;
      if (copy > 0 && doc._type === "siteSettings") continue;
      const clone = renamed(doc) as RawDocument;
      if (doc._type === "toolkitEdition" && typeof doc.editionNumber === "number") {
        clone.editionNumber = doc.editionNumber + copy * 100;
      }
      out.push(clone);
    }
  }
  return out;
}
