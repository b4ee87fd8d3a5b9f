/**
 * Every typed query of the content package, as `createContent` runs it, timed four ways over the same published
 * documents: the local source as shipped (`openLocalSource`: fast engine with its result cache), the engine without
 * result cache (the cost of a first call), the typed function of `createContent` (adds zod validation and sorting) and
 * plain groq-js (`parse` + `evaluate` over all documents, what a local source without our engine would do).
 */
import {
  type Content,
  createContent,
  createGroqEngine,
  eventsQuery,
  linkTargetsQuery,
  openLocalSource,
  signalsQuery,
  siteSettingsQuery,
  themeQuery,
  themesQuery,
  toolkitEditionQuery,
  toolkitSectionListQuery,
  toolkitSectionQuery,
  toolkitSupplementQuery,
  toolsQuery,
} from "@gastvrij/content";
import { evaluate, parse } from "groq-js";
import { summarize, type Timing, timeRepeated } from "./stats.js";

/** One typed function and the query it runs. */
export interface QueryCase {
  name: string;
  query: string;
  params: Record<string, unknown>;
  typed: (content: Content) => Promise<unknown>;
}

/** The typed functions of `createContent` with the parameters they pass (slugs that exist in the embedded dataset). */
export const queryCases: QueryCase[] = [
  {
    name: "getToolkitEdition()",
    query: toolkitEditionQuery,
    params: { edition: null },
    typed: (c) => c.getToolkitEdition(),
  },
  { name: "getToolkitSections()", query: toolkitSectionListQuery, params: {}, typed: (c) => c.getToolkitSections() },
  {
    name: 'getToolkitSection("wonen")',
    query: toolkitSectionQuery,
    params: { slug: "wonen" },
    typed: (c) => c.getToolkitSection("wonen"),
  },
  {
    name: 'getToolkitSupplement("energie-en-water")',
    query: toolkitSupplementQuery,
    params: { slug: "energie-en-water" },
    typed: (c) => c.getToolkitSupplement("energie-en-water"),
  },
  { name: "getTools()", query: toolsQuery, params: { theme: null }, typed: (c) => c.getTools() },
  {
    name: 'getTools({theme: "wonen"})',
    query: toolsQuery,
    params: { theme: "wonen" },
    typed: (c) => c.getTools({ theme: "wonen" }),
  },
  { name: "getEvents()", query: eventsQuery, params: {}, typed: (c) => c.getEvents() },
  {
    name: "getSignals()",
    query: signalsQuery,
    params: { theme: null, status: null, includeInternal: false },
    typed: (c) => c.getSignals(),
  },
  { name: "getThemes()", query: themesQuery, params: {}, typed: (c) => c.getThemes() },
  {
    name: 'getTheme("wonen")',
    query: themeQuery,
    params: { slug: "wonen", includeInternal: false },
    typed: (c) => c.getTheme("wonen"),
  },
  { name: "getSiteSettings()", query: siteSettingsQuery, params: {}, typed: (c) => c.getSiteSettings() },
  { name: "linkTargets()", query: linkTargetsQuery, params: {}, typed: (c) => c.linkTargets() },
];

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
    const plainRun = async () => {
      const tree = parse(item.query, { params: item.params });
      return (await evaluate(tree, { dataset: documents, params: item.params })).get();
    };
    const ours = JSON.stringify((await source.fetch(item.query, item.params)) ?? null);
    // The first plain run checks the answer; when it alone exceeds the budget it is also the only measurement
    // (plain groq-js takes minutes on some queries at 10,000 documents).
    const first = performance.now();
    const theirs = JSON.stringify((await plainRun()) ?? null);
    const firstMs = performance.now() - first;
    const plain =
      firstMs >= params.budgetMs ? [firstMs] : await timeRepeated(plainRun, bounded(params.plainIterations));
    queries.push({
      name: item.name,
      local: summarize(
        await timeRepeated(() => source.fetch(item.query, item.params), { iterations: params.iterations }),
      ),
      uncached: summarize(
        await timeRepeated(() => uncached.query(item.query, item.params), bounded(params.uncachedIterations)),
      ),
      typed: summarize(await timeRepeated(() => item.typed(content), { iterations: params.iterations })),
      plain: summarize(plain),
      agrees: ours === theirs,
      resultBytes: Buffer.byteLength(ours),
    });
  }
  return { documents: documents.length, queries };
}
