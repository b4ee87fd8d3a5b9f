import type { z } from "zod";
import { type EventSchedule, type ScheduleOptions, scheduleEvents } from "../calendar/schedule.js";
import { ContentError } from "../errors.js";
import { compareSectionNumbers, type EventKind, hrefFor, type RoutableType, routableTypes } from "../model/index.js";
import { checkResult } from "./check.js";
import {
  eventsQuery,
  linkTargetsQuery,
  newsQuery,
  pagesQuery,
  signalsQuery,
  siteSettingsQuery,
  themesQuery,
  toolkitEditionQuery,
  toolkitSectionListQuery,
  toolkitSectionQuery,
  toolkitSupplementQuery,
  toolsQuery,
} from "./queries.js";
import {
  type Event,
  eventSchema,
  linkTargetRowSchema,
  type NewsItem,
  newsItemSchema,
  type Page,
  pageSchema,
  type Signal,
  type SiteSettings,
  signalSchema,
  siteSettingsSchema,
  type Theme,
  type Tool,
  type ToolkitEdition,
  type ToolkitSection,
  type ToolkitSectionSummary,
  type ToolkitSupplementWithSection,
  themesSchema,
  toolkitEditionSchema,
  toolkitSectionSchema,
  toolkitSectionSummarySchema,
  toolkitSupplementWithSectionSchema,
  toolSchema,
} from "./results.js";
import { type LiveSourceOptions, openLiveSource } from "./sources/live.js";
import { openLocalSource } from "./sources/local.js";
import type { ContentSource } from "./sources/source.js";

/** A toolkit section with its neighbours in reading order (across chapters). */
export interface ToolkitSectionPage {
  section: ToolkitSection;
  previous?: ToolkitSectionSummary;
  next?: ToolkitSectionSummary;
}

/** A document that internal links can point to, with its site path. */
export interface LinkTarget {
  _id: string;
  _type: RoutableType;
  slug: string;
  title: string;
  /** Section number (`3.12`) or chapter number (`3`), when the document has one. */
  number?: string | number;
  /** Site path from `hrefFor`, e.g. `/toolkit/wonen/`. */
  href: string;
}

/** Typed, validated access to the content; every function checks its result with zod at the boundary. */
export interface Content {
  /** The back end the content comes from. */
  readonly source: ContentSource;
  /**
   * A toolkit edition (default: the newest) with chapters (by number), sections (by number parts: 3.2 < 3.12) and
   * supplements. @throws ContentError when there is no (such) edition.
   */
  getToolkitEdition(options?: { editionNumber?: number }): Promise<ToolkitEdition>;
  /** All toolkit sections in reading order (short form). */
  getToolkitSections(): Promise<ToolkitSectionSummary[]>;
  /** One section by slug with previous/next in reading order; undefined when no section has this slug. */
  getToolkitSection(slug: string): Promise<ToolkitSectionPage | undefined>;
  /** One supplement by slug with its section; undefined when not found. */
  getToolkitSupplement(slug: string): Promise<ToolkitSupplementWithSection | undefined>;
  /** All tools by title, or those linked to the theme with slug `theme`. */
  getTools(options?: { theme?: string }): Promise<Tool[]>;
  /** All events by first start, optionally of one kind. */
  getEvents(options?: { kind?: EventKind }): Promise<Event[]>;
  /** One event by slug; undefined when not found. */
  getEvent(slug: string): Promise<Event | undefined>;
  /**
   * Every event with its dates at `now` (default: the current time): all by first start, the upcoming ones soonest
   * first with the dates of a series over a horizon, the past ones most recent first.
   */
  getEventSchedule(options?: ScheduleOptions & { kind?: EventKind }): Promise<EventSchedule>;
  /**
   * Signals, newest observation first: public only, unless `includeInternal: true` is passed (server-side use only,
   * never for public output). Narrow by theme slug and/or status.
   */
  getSignals(options?: { theme?: string; status?: Signal["status"]; includeInternal?: boolean }): Promise<Signal[]>;
  /**
   * All themes (daily-life themes first, then by order and title), each with what points at it: toolkit sections (in
   * reading order), tools, events and public signals (internal ones with `includeInternal`).
   */
  getThemes(options?: { includeInternal?: boolean }): Promise<Theme[]>;
  /** One theme by slug with what points at it; undefined when not found. */
  getTheme(slug: string, options?: { includeInternal?: boolean }): Promise<Theme | undefined>;
  /** The site settings. @throws ContentError when the `siteSettings` document is missing. */
  getSiteSettings(): Promise<SiteSettings>;
  /** The organisation's own pages, by order and title, each with the page it falls under. */
  getPages(): Promise<Page[]>;
  /**
   * News items, newest first. With `now`, only those whose date has come (an item dated later is scheduled: it appears
   * with the first build on or after its date).
   */
  getNews(options?: { now?: Date }): Promise<NewsItem[]>;
  /** Every document with a page (internal signals excepted), by `_id`, with its site path. */
  linkTargets(): Promise<Map<string, LinkTarget>>;
  /** `resolveLink(id)` for the renderers: the link target of a document id, or undefined (unknown or internal). */
  linkResolver(): Promise<(id: string) => LinkTarget | undefined>;
}

/** Options of {@link openContent}. */
export interface OpenContentOptions {
  /** Use this source as it is (overrides the other options). */
  source?: ContentSource;
  /** Local export to read (default: `GASTVRIJ_DATASET` or the embedded dataset). */
  dataset?: string;
  /** Read from the Sanity API instead: `true` for configuration from the environment, or explicit options. */
  live?: boolean | LiveSourceOptions;
}

/**
 * Opens the content: the local source by default (the embedded dataset, or `dataset`/`GASTVRIJ_DATASET`), the live
 * Sanity source with `live`, or a given `source`.
 *
 * @example
 * const content = await openContent();
 * const edition = await content.getToolkitEdition();
 */
export async function openContent(options: OpenContentOptions = {}): Promise<Content> {
  if (options.source) return createContent(options.source);
  if (options.live) return createContent(openLiveSource(options.live === true ? {} : options.live));
  return createContent(await openLocalSource({ dataset: options.dataset }));
}

const inReadingOrder = <T extends { number: string }>(sections: T[]): T[] =>
  sections.sort((a, b) => compareSectionNumbers(a.number, b.number));

/** Wraps a {@link ContentSource} in the typed functions of {@link Content}. */
export function createContent(source: ContentSource): Content {
  const fetchChecked = async <S extends z.ZodType>(
    schema: S,
    what: string,
    query: string,
    params: Record<string, unknown> = {},
  ): Promise<z.output<S>> => {
    const value = await source.fetch(query, params);
    try {
      return checkResult(schema, value, what);
    } catch (error) {
      // Name the export file and line of the document too, when the source knows them (a local export).
      if (!(error instanceof ContentError) || error.location.file || !error.location.documentId) throw error;
      const stored = source.locate?.(error.location.documentId);
      if (!stored) throw error;
      throw new ContentError(error.problem, { ...error.location, ...stored }, { cause: error });
    }
  };

  const sectionList = async () =>
    inReadingOrder(
      await fetchChecked(toolkitSectionSummarySchema.array(), "toolkit sections", toolkitSectionListQuery),
    );

  const events = async (kind?: EventKind) => {
    const all = await fetchChecked(eventSchema.array(), "events", eventsQuery);
    return kind ? all.filter((event) => event.kind === kind) : all;
  };

  const themes = async (options: { includeInternal?: boolean } = {}): Promise<Theme[]> => {
    const { themes, ...pointing } = await fetchChecked(themesSchema, "themes", themesQuery, {
      includeInternal: options.includeInternal === true,
    });
    // Each theme its own, in the order the query gives them: one pass over what points at a theme.
    const byId = new Map<string, Theme>(
      themes.map((theme) => [theme._id, { ...theme, sections: [], tools: [], events: [], signals: [] }]),
    );
    const give = <K extends keyof typeof pointing>(key: K) => {
      for (const { themes: ids, ...item } of pointing[key]) {
        for (const id of new Set(ids)) (byId.get(id)?.[key] as object[] | undefined)?.push(item);
      }
    };
    give("sections");
    give("tools");
    give("events");
    give("signals");
    for (const theme of byId.values()) inReadingOrder(theme.sections);
    return [...byId.values()];
  };

  const linkTargets = async (): Promise<Map<string, LinkTarget>> => {
    const rows = await fetchChecked(linkTargetRowSchema.array(), "link targets", linkTargetsQuery, {
      types: routableTypes,
    });
    return new Map(
      rows.map(({ number, ...row }) => [
        row._id,
        { ...row, ...(number === null ? {} : { number }), href: hrefFor(row._type, row.slug) },
      ]),
    );
  };

  return {
    source,

    async getToolkitEdition(options = {}) {
      const edition = await fetchChecked(toolkitEditionSchema.nullable(), "toolkit edition", toolkitEditionQuery, {
        edition: options.editionNumber ?? null,
      });
      if (!edition) {
        throw new ContentError(
          options.editionNumber === undefined
            ? "no toolkit edition (toolkitEdition) in the content"
            : `no toolkit edition number ${options.editionNumber} in the content`,
        );
      }
      for (const chapter of edition.chapters) inReadingOrder(chapter.sections);
      return edition;
    },

    getToolkitSections: sectionList,

    async getToolkitSection(slug) {
      const section = await fetchChecked(toolkitSectionSchema.nullable(), "toolkit section", toolkitSectionQuery, {
        slug,
      });
      if (!section) return undefined;
      const list = await sectionList();
      const index = list.findIndex((item) => item._id === section._id);
      return { section, previous: list[index - 1], next: index >= 0 ? list[index + 1] : undefined };
    },

    async getToolkitSupplement(slug) {
      const supplement = await fetchChecked(
        toolkitSupplementWithSectionSchema.nullable(),
        "toolkit supplement",
        toolkitSupplementQuery,
        { slug },
      );
      return supplement ?? undefined;
    },

    async getTools(options = {}) {
      return fetchChecked(toolSchema.array(), "tools", toolsQuery, { theme: options.theme ?? null });
    },

    getEvents: (options = {}) => events(options.kind),

    async getEvent(slug) {
      return (await events()).find((event) => event.slug === slug);
    },

    async getEventSchedule(options = {}) {
      return scheduleEvents(await events(options.kind), options);
    },

    async getSignals(options = {}) {
      return fetchChecked(signalSchema.array(), "signals", signalsQuery, {
        theme: options.theme ?? null,
        status: options.status ?? null,
        includeInternal: options.includeInternal === true,
      });
    },

    getThemes: themes,

    async getTheme(slug, options = {}) {
      return (await themes(options)).find((theme) => theme.slug === slug);
    },

    async getSiteSettings() {
      const settings = await fetchChecked(siteSettingsSchema.nullable(), "site settings", siteSettingsQuery);
      if (!settings) throw new ContentError("site settings missing", { documentId: "siteSettings" });
      return settings;
    },

    async getPages() {
      return fetchChecked(pageSchema.array(), "pages", pagesQuery);
    },

    async getNews(options = {}) {
      const news = await fetchChecked(newsItemSchema.array(), "news", newsQuery);
      const now = options.now?.getTime();
      return now === undefined ? news : news.filter((item) => Date.parse(item.publishedAt) <= now);
    },

    linkTargets,

    async linkResolver() {
      const targets = await linkTargets();
      return (id: string) => targets.get(id);
    },
  };
}
