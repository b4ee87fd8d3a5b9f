/**
 * Every typed query of the content package, as `createContent` runs it, timed four ways over the same published
 * documents: the local source as shipped (`openLocalSource`: fast engine with its result cache), the engine without
 * result cache (the cost of a first call), the typed function of `createContent` (adds zod validation and sorting) and
 * plain groq-js (`parse` + `evaluate` over all documents, what a local source without our engine would do).
 */
import { type Content, type ContentSource, createContent } from "@gastvrij/content";
import { createGroqEngine, openLocalSource, type QueryParams } from "@gastvrij/content/sources";
import { evaluate, parse } from "groq-js";
import { summarize, type Timing, timeRepeated } from "./stats.js";

/** One typed function of `createContent`. */
export interface QueryCase {
  name: string;
  typed: (content: Content) => Promise<unknown>;
}

/** A GROQ query with the parameters a typed function passes it. */
export interface RecordedQuery {
  query: string;
  params: QueryParams;
}

/**
 * The typed functions of `createContent` (slugs that exist in the embedded dataset). The GROQ query each one runs,
 * and its parameters, are not written here: they are recorded from the function itself (see {@link recordQuery}), so
 * the benchmark times exactly what the package asks (the queries are not part of its public entries).
 */
export const queryCases: QueryCase[] = [
  { name: "getToolkitEdition()", typed: (c) => c.getToolkitEdition() },
  { name: "getToolkitSections()", typed: (c) => c.getToolkitSections() },
  // Also runs the section list for previous/next; the query timed on its own is the section's.
  { name: 'getToolkitSection("wonen")', typed: (c) => c.getToolkitSection("wonen") },
  { name: 'getToolkitSupplement("energie-en-water")', typed: (c) => c.getToolkitSupplement("energie-en-water") },
  { name: "getTools()", typed: (c) => c.getTools() },
  { name: 'getTools({theme: "wonen"})', typed: (c) => c.getTools({ theme: "wonen" }) },
  { name: "getEvents()", typed: (c) => c.getEvents() },
  { name: "getSignals()", typed: (c) => c.getSignals() },
  { name: "getThemes()", typed: (c) => c.getThemes() },
  { name: "getSiteSettings()", typed: (c) => c.getSiteSettings() },
  { name: "linkTargets()", typed: (c) => c.linkTargets() },
];

/**
 * The first GROQ query `typed` sends to `source`, with its parameters, recorded by running the typed function once
 * on a source that passes every query through.
 *
 * @throws Error when the typed function sends no query at all.
 */
export async function recordQuery(
  source: ContentSource,
  typed: (content: Content) => Promise<unknown>,
): Promise<RecordedQuery> {
  const sent: RecordedQuery[] = [];
  const recording: ContentSource = {
    kind: source.kind,
    description: source.description,
    fetch: <T>(query: string, params: QueryParams = {}) => {
      sent.push({ query, params });
      return source.fetch<T>(query, params);
    },
  };
  await typed(createContent(recording));
  const [first] = sent;
  if (!first) throw new Error("the typed function sent no GROQ query");
  return first;
}

export interface QueriesParams {
  dataset: string;
  /** Measured runs of the local source and the typed functions. */
  iterations: number;
  /** Measured runs of the uncached engine, at most. */
  uncachedIterations: number;
  /** Measured runs of plain groq-js, at most. */
  plainIterations: number;
  /** Stop plain groq-js (and the uncached engine) early after this much time per query. */
  budgetMs: number;
  /** Only these cases (by name); default all. */
  cases?: string[];
}

export interface QueryTiming {
  name: string;
  local: Timing;
  uncached: Timing;
  typed: Timing;
  plain: Timing;
  /** Whether the local source and plain groq-js returned the same JSON. */
  agrees: boolean;
  /** Size of the result as JSON, bytes. */
  resultBytes: number;
}

export interface QueriesResult {
  documents: number;
  queries: QueryTiming[];
}

/** Times every {@link queryCases} entry on `dataset`. */
export async function measureQueries(params: QueriesParams): Promise<QueriesResult> {
  const source = await openLocalSource({ dataset: params.dataset });
  const documents = source.documents;
  const uncached = createGroqEngine(documents, { resultCacheSize: 0 });
  const content = createContent(source);
  // The agreement check below already ran each query once on both sides: no extra warm-up for the slow ones.
  const bounded = (iterations: number) => ({ iterations, warmup: 0, budgetMs: params.budgetMs, minIterations: 1 });
  const cases = params.cases ? queryCases.filter((c) => params.cases?.includes(c.name)) : queryCases;
  const queries: QueryTiming[] = [];
  for (const item of cases) {
    const { query, params: queryParams } = await recordQuery(source, item.typed);
    const plainRun = async () => {
      const tree = parse(query, { params: queryParams });
      return (await evaluate(tree, { dataset: documents, params: queryParams })).get();
    };
    const ours = JSON.stringify((await source.fetch(query, queryParams)) ?? null);
    // The first plain run checks the answer; when it alone exceeds the budget it is also the only measurement
    // (plain groq-js takes minutes on some queries at 10,000 documents).
    const first = performance.now();
    const theirs = JSON.stringify((await plainRun()) ?? null);
    const firstMs = performance.now() - first;
    const plain =
      firstMs >= params.budgetMs ? [firstMs] : await timeRepeated(plainRun, bounded(params.plainIterations));
    queries.push({
      name: item.name,
      local: summarize(await timeRepeated(() => source.fetch(query, queryParams), { iterations: params.iterations })),
      uncached: summarize(
        await timeRepeated(() => uncached.query(query, queryParams), bounded(params.uncachedIterations)),
      ),
      typed: summarize(await timeRepeated(() => item.typed(content), { iterations: params.iterations })),
      plain: summarize(plain),
      agrees: ours === theirs,
      resultBytes: Buffer.byteLength(ours),
    });
  }
  return { documents: documents.length, queries };
}
