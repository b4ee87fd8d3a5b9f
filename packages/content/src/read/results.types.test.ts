/**
 * The result schemas (`results.ts`) and the result types TypeGen derives from the Studio schema and the queries
 * (`src/generated/sanity.types.ts`) say the same thing. Checked twice:
 * - by the type-checker (`pnpm test` runs it): for each query, zod accepts every value of TypeGen's type, and what zod
 *   returns is a value of TypeGen's type. A field added, removed or made optional in the Studio or a projection, once
 *   TypeGen has run, breaks one of these lines;
 * - at run time: every query's result on the embedded dataset passes its schema and comes back unchanged.
 */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type * as generated from "../generated/sanity.types.js";
import type { RoutableType } from "../model/index.js";
import * as queries from "./queries.js";
import type * as results from "./results.js";

/** `true` when zod takes every value of TypeGen's type `T` and gives back values of `T`; else what is wrong. */
type Tied<S extends z.ZodType, T> = [T] extends [z.input<S>]
  ? [z.output<S>] extends [T]
    ? true
    : "zod lets through values that TypeGen's type does not allow"
  : "zod refuses values that TypeGen's type allows";
type Each<T> = T extends readonly (infer Item)[] ? Item : never;

const ties: Record<string, true> = {
  toolkitEdition: true satisfies Tied<
    typeof results.toolkitEditionSchema,
    NonNullable<generated.ToolkitEditionQueryResult>
  >,
  toolkitSectionList: true satisfies Tied<
    typeof results.toolkitSectionSummarySchema,
    Each<generated.ToolkitSectionListQueryResult>
  >,
  toolkitSection: true satisfies Tied<
    typeof results.toolkitSectionSchema,
    NonNullable<generated.ToolkitSectionQueryResult>
  >,
  toolkitSupplement: true satisfies Tied<
    typeof results.toolkitSupplementWithSectionSchema,
    NonNullable<generated.ToolkitSupplementQueryResult>
  >,
  tools: true satisfies Tied<typeof results.toolSchema, Each<generated.ToolsQueryResult>>,
  events: true satisfies Tied<typeof results.eventSchema, Each<generated.EventsQueryResult>>,
  signals: true satisfies Tied<typeof results.signalSchema, Each<generated.SignalsQueryResult>>,
  themes: true satisfies Tied<typeof results.themesSchema, generated.ThemesQueryResult>,
  siteSettings: true satisfies Tied<typeof results.siteSettingsSchema, NonNullable<generated.SiteSettingsQueryResult>>,
  pages: true satisfies Tied<typeof results.pageSchema, Each<generated.PagesQueryResult>>,
  news: true satisfies Tied<typeof results.newsItemSchema, Each<generated.NewsQueryResult>>,
  // Link targets are asked for by type (`$types`), which TypeGen cannot narrow: every routable type must give a
  // slug and a title, as the rows' schema expects.
  linkTargets: true satisfies Tied<
    typeof results.linkTargetRowSchema,
    Omit<Extract<Each<generated.LinkTargetsQueryResult>, { _type: RoutableType }>, "number"> & {
      number: string | number | null;
    }
  >,
};

describe("result schemas", () => {
  it("are tied to TypeGen's result type of every query (checked by the type-checker)", () => {
    const named = Object.keys(queries).filter((name) => name.endsWith("Query"));
    expect(Object.keys(ties).map((name) => `${name}Query`)).toEqual(expect.arrayContaining(named));
    expect(Object.keys(ties)).toHaveLength(named.length);
  });
});
