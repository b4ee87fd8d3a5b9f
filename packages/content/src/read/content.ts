import type { z } from "zod";
import { expandRecurrence, type Occurrence } from "./calendar/recurrence.js";
import { ContentError } from "./errors.js";
import { eventsQuery } from "./queries/events.js";
import { linkTargetsQuery } from "./queries/links.js";
import { siteSettingsQuery } from "./queries/settings.js";
import { signalsQuery } from "./queries/signals.js";
import { themeQuery, themesQuery } from "./queries/themes.js";
import {
  toolkitEditionQuery,
  toolkitSectionListQuery,
  toolkitSectionQuery,
  toolkitSupplementQuery,
} from "./queries/toolkit.js";
import { toolsQuery } from "./queries/tools.js";
import { hrefFor, type RoutableType } from "./routes.js";
import { checkResult } from "./schemas/check.js";
import {
  type Event,
  eventSchema,
  linkTargetRowSchema,
  type Signal,
  type SiteSettings,
  signalSchema,
  siteSettingsSchema,
  type Theme,
  type ThemeWithContent,
  type Tool,
  type ToolkitEdition,
  type ToolkitSection,
  type ToolkitSectionSummary,
  type ToolkitSupplementWithSection,
  themeSchema,
  themeWithContentSchema,
  toolkitEditionSchema,
  toolkitSectionSchema,
  toolkitSectionSummarySchema,
  toolkitSupplementWithSectionSchema,
  toolSchema,
} from "./schemas/results.js";
import { type LiveSourceOptions, openLiveSource } from "./sources/live.js";
import { openLocalSource } from "./sources/local.js";
import type { ContentSource } from "./sources/source.js";

/** A toolkit section with its neighbours in reading order (across chapters). */
export interface ToolkitSectionPage {
  section: ToolkitSection;
  previous?: ToolkitSectionSummary;
  next?: ToolkitSectionSummary;
}

/** An event with its next occurrence (start/end at or after `now`). */
export type UpcomingEvent = Event & { next: Occurrence };
/** An event with its last occurrence (ended before `now`). */
export type PastEvent = Event & { last: Occurrence };
/** One dated occurrence of an event (a single event or one date of a series). */
export interface EventOccurrence extends Occurrence {
  event: Event;
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

/** Event kinds. */
export type EventKind = Event["kind"];
/** Signal statuses. */
export type SignalStatus = Signal["status"];

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
  /** Events with an occurrence that has not ended at `now` (default: the current time), soonest first. */
  getUpcomingEvents(options?: { now?: Date; kind?: EventKind }): Promise<UpcomingEvent[]>;
  /** Events whose every occurrence ended before `now`, most recent first. */
  getPastEvents(options?: { now?: Date; kind?: EventKind }): Promise<PastEvent[]>;
  /** Dated occurrences (series expanded in Europe/Brussels) overlapping `[from, to)`, by start. */
  getEventOccurrences(options: { from: Date; to: Date; kind?: EventKind }): Promise<EventOccurrence[]>;
  /**
   * Signals, newest observation first: public only, unless `includeInternal: true` is passed (server-side use only,
   * never for public output). Narrow by theme slug and/or status.
   */
  getSignals(options?: { theme?: string; status?: SignalStatus; includeInternal?: boolean }): Promise<Signal[]>;
  /** All themes: daily-life themes first, then by order and title. */
  getThemes(): Promise<Theme[]>;
  /** One theme by slug with its sections, tools, events and (public) signals; undefined when not found. */
  getTheme(slug: string, options?: { includeInternal?: boolean }): Promise<ThemeWithContent | undefined>;
  /** The site settings. @throws ContentError when the `siteSettings` document is missing. */
  getSiteSettings(): Promise<SiteSettings>;
  /** Every document with a page, by `_id`, with its site path: feed it to the renderers as `resolveLink`. */
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

/** Compares toolkit numbers by their numeric parts: `3.2` < `3.12` < `4.1`. */
export function compareSectionNumbers(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

const eventHorizonYears = 5;

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
    (await fetchChecked(toolkitSectionSummarySchema.array(), "toolkit sections", toolkitSectionListQuery)).sort(
      (a, b) => compareSectionNumbers(a.number, b.number),
    );

  const events = async (kind?: EventKind) => {
    const all = await fetchChecked(eventSchema.array(), "events", eventsQuery);
    return kind ? all.filter((event) => event.kind === kind) : all;
  };

  const linkTargets = async (): Promise<Map<string, LinkTarget>> => {
    const rows = await fetchChecked(linkTargetRowSchema.array(), "link targets", linkTargetsQuery);
    return new Map(
      rows.map((row) => {
        const target: LinkTarget = {
          _id: row._id,
          _type: row._type,
          slug: row.slug,
          title: row.title,
          href: hrefFor(row._type, row.slug),
        };
        if (row.number !== undefined) target.number = row.number;
        return [row._id, target];
      }),
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
      for (const chapter of edition.chapters)
        chapter.sections.sort((a, b) => compareSectionNumbers(a.number, b.number));
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

    async getUpcomingEvents(options = {}) {
      const now = options.now ?? new Date();
      const to = new Date(now.getTime());
      to.setUTCFullYear(to.getUTCFullYear() + eventHorizonYears);
      const out: UpcomingEvent[] = [];
      for (const event of await events(options.kind)) {
        const [next] = expandRecurrence(event, { from: now, to });
        if (next) out.push({ ...event, next });
      }
      return out.sort((a, b) => a.next.start.getTime() - b.next.start.getTime());
    },

    async getPastEvents(options = {}) {
      const now = options.now ?? new Date();
      const out: PastEvent[] = [];
      const far = new Date(now.getTime());
      far.setUTCFullYear(far.getUTCFullYear() + eventHorizonYears);
      for (const event of await events(options.kind)) {
        if (expandRecurrence(event, { from: now, to: far }).length > 0) continue;
        const before = expandRecurrence(event, { from: new Date(event.start), to: now }).filter(
          (occurrence) => occurrence.end.getTime() <= now.getTime(),
        );
        const last = before.at(-1);
        if (last) out.push({ ...event, last });
      }
      return out.sort((a, b) => b.last.start.getTime() - a.last.start.getTime());
    },

    async getEventOccurrences(options) {
      const out: EventOccurrence[] = [];
      for (const event of await events(options.kind)) {
        for (const occurrence of expandRecurrence(event, options)) out.push({ event, ...occurrence });
      }
      return out.sort((a, b) => a.start.getTime() - b.start.getTime());
    },

    async getSignals(options = {}) {
      return fetchChecked(signalSchema.array(), "signals", signalsQuery, {
        theme: options.theme ?? null,
        status: options.status ?? null,
        includeInternal: options.includeInternal === true,
      });
    },

    async getThemes() {
      return fetchChecked(themeSchema.array(), "themes", themesQuery);
    },

    async getTheme(slug, options = {}) {
      const theme = await fetchChecked(themeWithContentSchema.nullable(), "theme", themeQuery, {
        slug,
        includeInternal: options.includeInternal === true,
      });
      if (!theme) return undefined;
      theme.sections.sort((a, b) => compareSectionNumbers(a.number, b.number));
      return theme;
    },

    async getSiteSettings() {
      const settings = await fetchChecked(siteSettingsSchema.nullable(), "site settings", siteSettingsQuery);
      if (!settings) throw new ContentError("site settings missing", { documentId: "siteSettings" });
      return settings;
    },

    linkTargets,

    async linkResolver() {
      const targets = await linkTargets();
      return (id: string) => targets.get(id);
    },
  };
}
