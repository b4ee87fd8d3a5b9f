import { existsSync } from "node:fs";
import { evaluate, parse } from "groq-js";
import { beforeAll, describe, expect, it } from "vitest";
import { smallExport } from "../../../test/fixtures.js";
import { syntheticDataset } from "../../../test/testing/synthetic-dataset.js";
import { routableTypes } from "../../model/index.js";
import * as queries from "../queries.js";
import type { RawDocument } from "./export-reader.js";
import { readExport } from "./export-reader.js";
import { createGroqEngine } from "./groq-engine.js";
import { embeddedDatasetPath, publishedDocuments } from "./local.js";

const small = smallExport;

/** The queries the typed functions run, with the parameters they pass. */
const typedQueries: [string, string, Record<string, unknown>][] = [
  ["toolkit edition", queries.toolkitEditionQuery, { edition: null }],
  ["toolkit edition 2", queries.toolkitEditionQuery, { edition: 2 }],
  ["section list", queries.toolkitSectionListQuery, {}],
  ["section", queries.toolkitSectionQuery, { slug: "budgetbeheer" }],
  ["supplement", queries.toolkitSupplementQuery, { slug: "energie-en-water" }],
  ["tools", queries.toolsQuery, { theme: null }],
  ["tools by theme", queries.toolsQuery, { theme: "wonen" }],
  ["events", queries.eventsQuery, {}],
  ["signals", queries.signalsQuery, { theme: null, status: null, includeInternal: false }],
  ["signals internal", queries.signalsQuery, { theme: "werk", status: null, includeInternal: true }],
  ["themes", queries.themesQuery, { includeInternal: false }],
  ["settings", queries.siteSettingsQuery, {}],
  ["link targets", queries.linkTargetsQuery, { types: routableTypes }],
];

/** Queries that exercise the engine's shortcuts and their edges. */
const edgeQueries: [string, Record<string, unknown>][] = [
  [`*`, {}],
  [`count(*)`, {}],
  [`*[_type == "tool"]`, {}],
  [`*["tool" == _type].title`, {}],
  [`*[@._type == "tool"]._id`, {}],
  [`*[_type == $t && defined(summary)]{title}`, { t: "tool" }],
  [`*[_type in ["tool", "theme"]]._id`, {}],
  [`*[_type in $types]._id`, { types: ["signal", "tool", "nope"] }],
  [`*[_type == "tool" || _type == "event"]._id`, {}],
  [`*[_type == "tool" || defined(kind)]._id`, {}],
  [`*[_type != "tool"]._id`, {}],
  [`*[!(_type == "tool")]._id`, {}],
  [`*[_id == "siteSettings"][0].title`, {}],
  [`*[_id in ["theme-wonen", "tool-cv-sjabloon", "missing"]]._id`, {}],
  [`*[_id == $id && _type == "theme"]`, { id: "theme-werk" }],
  [`*[_type == "theme"]{title, "n": count(*[_type == "tool" && references(^._id)])}`, {}],
  [`*[_type == "toolkitSection"] | order(number desc)[0..2]{number, "chapter": chapter->title}`, {}],
  [`*[_type == "toolkitSection"]{"themes": themes[]->slug.current}`, {}],
  [`*[_type == "event"]{title, "o": organiser->name, "s": speakers[].organisation->name}`, {}],
  [`*[_type == 1]`, {}],
  [`*[_type == "tool"][0...1]{..., "x": *[_id == ^._id][0]._id}`, {}],
  [`{"tools": count(*[_type == "tool"]), "all": count(*)}`, {}],
  [`*[_type == "section" && references("nothing")]`, {}],
  [`*[_type == "signal"] | order(observedAt desc){title, observedAt}`, {}],
  [`*[_type match "tool*"]._id`, {}],
  [`*[_type == "sanity.imageAsset"]{url}`, {}],
];

async function plainGroq(documents: readonly RawDocument[], query: string, params: Record<string, unknown>) {
  const tree = parse(query, { params });
  const value = await (await evaluate(tree, { dataset: documents, params })).get();
  return JSON.parse(JSON.stringify(value ?? null)) as unknown;
}

describe("GROQ engine agrees with plain groq-js", () => {
  let documents: RawDocument[];
  let medium: RawDocument[];
  beforeAll(async () => {
    documents = publishedDocuments(await readExport(small));
    medium = syntheticDataset(documents, { size: 2_000 });
  });

  it("on the fixture dataset, for the typed queries and the edge queries, cached and uncached", async () => {
    const cached = createGroqEngine(documents);
    const uncached = createGroqEngine(documents, { resultCacheSize: 0 });
    for (const [query, params] of [...typedQueries.map(([, q, p]) => [q, p] as const), ...edgeQueries]) {
      const expected = await plainGroq(documents, query, params);
      expect(await uncached.query(query, params), query).toEqual(expected);
      expect(await cached.query(query, params), query).toEqual(expected);
      // Second call comes from the cache and is still equal.
      expect(await cached.query(query, params), query).toEqual(expected);
    }
  });

  it("on the embedded dataset", async () => {
    if (!existsSync(embeddedDatasetPath)) {
      if (process.env.CI === "true") throw new Error(`embedded dataset missing: ${embeddedDatasetPath}`);
      console.warn(`no embedded dataset yet at ${embeddedDatasetPath}; compared on fixtures only`);
      return;
    }
    const embedded = publishedDocuments(await readExport(embeddedDatasetPath));
    const engine = createGroqEngine(embedded, { resultCacheSize: 0 });
    const cases: [string, string, Record<string, unknown>][] = [
      ...typedQueries,
      ["every section", queries.toolkitSectionQuery, { slug: "wonen" }],
      ["themes with internal signals", queries.themesQuery, { includeInternal: true }],
    ];
    for (const [name, query, params] of cases) {
      expect(await engine.query(query, params), name).toEqual(await plainGroq(embedded, query, params));
    }
  });

  // Plain groq-js dereferences by scanning the dataset, so some queries are quadratic: 2,000 documents keep this fast.
  it("on a synthetic 2,000-document dataset", async () => {
    expect(medium).toHaveLength(2_000);
    const engine = createGroqEngine(medium, { resultCacheSize: 0 });
    for (const [name, query, params] of typedQueries) {
      expect(await engine.query(query, params), name).toEqual(await plainGroq(medium, query, params));
    }
  });

  it("returns fresh values: changing a result does not change the next one", async () => {
    const engine = createGroqEngine(documents);
    const first = await engine.query<{ title: string }[]>(`*[_type == "theme"]`);
    (first[0] as { title: string }).title = "changed";
    const second = await engine.query<{ title: string }[]>(`*[_type == "theme"]`);
    expect(second[0]?.title).not.toBe("changed");
    expect(documents.find((doc) => doc._type === "theme")?.title).not.toBe("changed");
  });

  it("does not cache queries that use now()", async () => {
    const engine = createGroqEngine(documents);
    const a = await engine.query<string>("now()");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await engine.query<string>("now()")).not.toBe(a);
  });

  it("throws groq-js errors for invalid queries", async () => {
    const engine = createGroqEngine(documents);
    await expect(engine.query("*[_type == ")).rejects.toThrow();
  });
});
