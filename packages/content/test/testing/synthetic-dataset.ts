/**
 * Deterministic synthetic datasets for speed and equality tests and for `pnpm bench`: copies of a base dataset (the
 * embedded one, or a fixture) with their own ids, slugs and section numbers, and references that stay consistent.
 * Copy 0 is the base itself, so the shape (toolkit chapters with sections and realistic Portable Text, supplements,
 * tools, events with series, signals, themes, organisations and the references between them) is exactly the one the
 * site and the PDF are built for.
 */

/** The least a document needs: `_id` and `_type` (export documents, published documents, ...). */
export interface SyntheticDocument {
  _id: string;
  _type: string;
}

/** Options of {@link syntheticDataset}. */
export interface SyntheticDatasetOptions {
  /** How many copies of the base to make (a whole number >= 1). Default: 1, or as many as `size` needs. */
  factor?: number;
  /**
   * Stop at exactly this many documents: the last copy is cut short, so some of its references may point to
   * documents that were left out (fine for query tests, not for a dataset that must validate).
   */
  size?: number;
  /**
   * How the toolkit grows:
   * - `"editions"` (default): every copy is a complete toolkit edition of its own (`editionNumber` + 100 per copy);
   *   the newest edition is still the size of the base one.
   * - `"one"`: "toolkit ×N": the base edition and its chapters are kept once and hold the sections and supplements of
   *   every copy, renumbered after the base ones per chapter (chapter 3 with 13 sections at ×10: 3.1 … 3.130).
   */
  toolkit?: "editions" | "one";
}

/** Types kept once, whatever the factor: references to them stay as they are. */
const singletonTypes = {
  editions: new Set(["siteSettings"]),
  one: new Set(["siteSettings", "toolkitEdition", "toolkitChapter"]),
} as const;

/** The suffix of copy `copy` on ids and slugs (copy 0 is the base and has none). */
export function syntheticSuffix(copy: number): string {
  return copy === 0 ? "" : `-c${copy}`;
}

/**
 * A synthetic dataset made of copies of `base`: copy `n` suffixes every id, every reference to a copied document and
 * every slug with `-c<n>`, so each copy is complete and consistent on its own. Site settings are kept once. Pure and
 * deterministic: the same input gives the same output.
 *
 * @throws RangeError for a `factor` or `size` that is not a whole number >= 1 (or a `factor` too small for `size`).
 * @example
 * const tenfold = syntheticDataset(documents, { factor: 10 });
 * const bigToolkit = syntheticDataset(documents, { factor: 10, toolkit: "one" }); // one edition, 10x the sections
 * const exactly = syntheticDataset(documents, { size: 2_000 });
 */
export function syntheticDataset<D extends SyntheticDocument>(
  base: readonly D[],
  options: SyntheticDatasetOptions = {},
): D[] {
  const { size } = options;
  if (size !== undefined && (!Number.isInteger(size) || size < 1)) {
    throw new RangeError(`size must be a whole number >= 1, got ${size}`);
  }
  const factor = options.factor ?? (size === undefined ? 1 : Number.POSITIVE_INFINITY);
  if (factor !== Number.POSITIVE_INFINITY && (!Number.isInteger(factor) || factor < 1)) {
    throw new RangeError(`factor must be a whole number >= 1, got ${factor}`);
  }
  const mode = options.toolkit ?? "editions";
  const singletons = singletonTypes[mode];
  const copied = new Set(base.filter((doc) => !singletons.has(doc._type)).map((doc) => doc._id));
  if (size !== undefined && copied.size === 0 && base.length < size) {
    throw new RangeError(`cannot reach ${size} documents: the base has only documents that are kept once`);
  }
  const renumber = mode === "one" ? sectionRenumbering(base) : undefined;

  const out: D[] = [];
  const full = () => size !== undefined && out.length >= size;
  for (let copy = 0; copy < factor && !full(); copy++) {
    const suffix = syntheticSuffix(copy);
    const rename = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rename);
      if (value === null || typeof value !== "object") return value;
      const record = value as Record<string, unknown>;
      const isSlug = record._type === "slug";
      const next: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(record)) {
        if (key === "_ref" && typeof child === "string" && copied.has(child)) next[key] = child + suffix;
        else if (key === "current" && isSlug && typeof child === "string") next[key] = child + suffix;
        else next[key] = rename(child);
      }
      return next;
    };
    for (const doc of base) {
      if (full()) break;
      if (copy > 0 && singletons.has(doc._type)) continue;
      if (copy === 0) {
        out.push(doc);
        continue;
      }
      const clone = rename(doc) as Record<string, unknown>;
      clone._id = doc._id + suffix;
      const record = doc as unknown as Record<string, unknown>;
      if (mode === "editions" && doc._type === "toolkitEdition" && typeof record.editionNumber === "number") {
        clone.editionNumber = record.editionNumber + copy * 100;
      }
      if (renumber && doc._type === "toolkitSection" && typeof record.number === "string") {
        clone.number = renumber(record, copy);
      }
      out.push(clone as unknown as D);
    }
  }
  return out;
}

/** For toolkit ×N: section `c.s` of copy `n` becomes `c.(s + n × sections in chapter c)`. */
function sectionRenumbering(base: readonly SyntheticDocument[]) {
  const perChapter = new Map<string, number>();
  for (const doc of base) {
    if (doc._type !== "toolkitSection") continue;
    const chapter = chapterOf(doc);
    perChapter.set(chapter, (perChapter.get(chapter) ?? 0) + 1);
  }
  return (section: Record<string, unknown>, copy: number): string => {
    const number = String(section.number);
    const dot = number.lastIndexOf(".");
    const last = Number(number.slice(dot + 1));
    if (!Number.isInteger(last)) return `${number}${syntheticSuffix(copy)}`;
    return `${number.slice(0, dot + 1)}${last + copy * (perChapter.get(chapterOf(section)) ?? 0)}`;
  };
}

function chapterOf(section: object): string {
  const chapter = (section as { chapter?: { _ref?: unknown } }).chapter;
  return typeof chapter?._ref === "string" ? chapter._ref : "";
}
