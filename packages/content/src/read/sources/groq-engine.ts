import { type ExprNode, evaluate, evaluateSync, parse, toJS } from "groq-js";
import type { RawDocument } from "./export-reader.js";

/** Query parameters as GROQ sees them (`$name`). */
export type QueryParams = Record<string, unknown>;

/** Options of {@link createGroqEngine}. */
export interface GroqEngineOptions {
  /** Keep at most this many cached query results (default 500); 0 turns the result cache off. */
  resultCacheSize?: number;
}

/**
 * A GROQ evaluator over one fixed set of documents (a dataset snapshot) that gives the same results as plain groq-js,
 * only faster:
 * - documents are indexed by `_type` and `_id`; a filter `*[...]` whose condition pins `_type` or `_id`
 *   (`_type == "x"`, `_type in [...]`, `_id == $id`, combined with `&&`/`||`) scans only the matching documents,
 *   in dataset order;
 * - `->` looks the target up in an id map instead of scanning the dataset;
 * - the synchronous evaluator is tried first (no promise per element), the asynchronous one is the fallback;
 * - parsed queries and results are cached per query and parameters (not for queries that call `now()`).
 *
 * Results are returned as fresh JSON values (a caller may change them without touching the cache).
 */
export interface GroqEngine {
  /** Runs a GROQ query. Throws the groq-js error for a syntax or evaluation error. */
  query<T = unknown>(query: string, params?: QueryParams): Promise<T>;
  /** The documents the engine answers from, in dataset order. */
  readonly documents: readonly RawDocument[];
}

interface Prepared {
  tree: ExprNode;
  /** Values of the synthetic `$__gvN` parameters that carry candidate lists. */
  candidates: Record<string, RawDocument[]>;
  cacheable: boolean;
}

const candidateParamPrefix = "__gvCandidates";

/** Creates a {@link GroqEngine} over `documents` (already filtered to what may be returned). */
export function createGroqEngine(documents: readonly RawDocument[], options: GroqEngineOptions = {}): GroqEngine {
  const docs = documents.slice();
  const position = new Map<RawDocument, number>();
  const byId = new Map<string, RawDocument>();
  const byType = new Map<string, RawDocument[]>();
  docs.forEach((doc, index) => {
    position.set(doc, index);
    byId.set(doc._id, doc);
    const list = byType.get(doc._type);
    if (list) list.push(doc);
    else byType.set(doc._type, [doc]);
  });
  const maxResults = options.resultCacheSize ?? 500;
  const results = new Map<string, string>();
  const dereference = ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null;

  /** Merges lists that are each in dataset order into one list in dataset order, without duplicates. */
  const union = (lists: RawDocument[][]): RawDocument[] => {
    const nonEmpty = lists.filter((list) => list.length > 0);
    if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
    const merged = [...new Set(nonEmpty.flat())];
    merged.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    return merged;
  };

  const lookup = (field: "_type" | "_id", values: unknown[]): RawDocument[] => {
    const lists: RawDocument[][] = [];
    for (const value of values) {
      if (typeof value !== "string") continue;
      if (field === "_type") lists.push(byType.get(value) ?? []);
      else {
        const doc = byId.get(value);
        if (doc) lists.push([doc]);
      }
    }
    return union(lists);
  };

  /** The documents a filter condition can possibly match (a superset, in dataset order), or undefined if unknown. */
  const candidatesFor = (expr: ExprNode): RawDocument[] | undefined => {
    switch (expr.type) {
      case "Group":
        return candidatesFor(expr.base);
      case "And": {
        const left = candidatesFor(expr.left);
        const right = candidatesFor(expr.right);
        if (!left) return right;
        if (!right) return left;
        return left.length <= right.length ? left : right;
      }
      case "Or": {
        const left = candidatesFor(expr.left);
        const right = candidatesFor(expr.right);
        return left && right ? union([left, right]) : undefined;
      }
      case "OpCall": {
        const field = pinnedField(expr.left) ?? (expr.op === "==" ? pinnedField(expr.right) : undefined);
        if (!field) return undefined;
        const other = pinnedField(expr.left) ? expr.right : expr.left;
        if (other.type !== "Value") {
          if (expr.op === "in" && other.type === "Array" && other.elements.every(isPlainValue)) {
            return lookup(
              field,
              other.elements.map((element) => (element.value as { value: unknown }).value),
            );
          }
          return undefined;
        }
        if (expr.op === "==") return lookup(field, [other.value]);
        if (expr.op === "in" && Array.isArray(other.value)) return lookup(field, other.value);
        return undefined;
      }
      default:
        return undefined;
    }
  };

  const prepare = (query: string, params: QueryParams): Prepared => {
    const candidates: Record<string, RawDocument[]> = {};
    let cacheable = true;
    let counter = 0;
    const rewrite = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(rewrite);
      if (node === null || typeof node !== "object") return node;
      const record = node as Record<string, unknown>;
      if (record.type === "FuncCall" && record.name === "now") cacheable = false;
      if (record.type === "Value") return node;
      if (record.type === "Filter" && (record.base as ExprNode | undefined)?.type === "Everything") {
        const found = candidatesFor(record.expr as ExprNode);
        if (found) {
          const name = `${candidateParamPrefix}${counter++}`;
          candidates[name] = found;
          return { ...record, base: { type: "Parameter", name }, expr: rewrite(record.expr) };
        }
      }
      const copy: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(record)) copy[key] = rewrite(value);
      return copy;
    };
    const tree = rewrite(parse(query, { params })) as ExprNode;
    return { tree, candidates, cacheable };
  };

  const run = async (prepared: Prepared, params: QueryParams): Promise<unknown> => {
    const options = {
      dataset: docs,
      params: { ...params, ...prepared.candidates },
      dereference,
    };
    try {
      return toJS(evaluateSync(prepared.tree, options));
    } catch {
      // The synchronous evaluator covers most of GROQ; anything else (and any genuine error) goes the async way.
      return await (await evaluate(prepared.tree, options)).get();
    }
  };

  return {
    documents: docs,
    async query<T>(query: string, params: QueryParams = {}): Promise<T> {
      const key = `${query}\u0000${stableJson(params)}`;
      const cached = results.get(key);
      if (cached !== undefined) return JSON.parse(cached) as T;
      const prepared = prepare(query, params);
      const json = JSON.stringify((await run(prepared, params)) ?? null);
      if (prepared.cacheable && maxResults > 0) {
        if (results.size >= maxResults) results.delete(results.keys().next().value as string);
        results.set(key, json);
      }
      return JSON.parse(json) as T;
    },
  };
}

function pinnedField(node: ExprNode): "_type" | "_id" | undefined {
  if (node.type !== "AccessAttribute") return undefined;
  if (node.base && node.base.type !== "This") return undefined;
  return node.name === "_type" || node.name === "_id" ? node.name : undefined;
}

function isPlainValue(element: { value: ExprNode; isSplat: boolean }): boolean {
  return !element.isSplat && element.value.type === "Value";
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` give one cache key. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== "object" || Array.isArray(inner)) return inner;
    return Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)));
  });
}
