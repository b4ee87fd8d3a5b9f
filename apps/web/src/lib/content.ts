/**
 * The one place the site reads content: everything the pages need, loaded once per build through
 * `@gastvrij/content` and shaped into the page models of `model.ts`. Content logic (queries, validation, rendering,
 * calendars, recurrence) stays in the package; this module only maps its results onto pages.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Content,
  type Event,
  eventCalendarPath,
  eventsToIcs,
  eventToIcs,
  excerpt,
  hrefFor,
  type LinkTarget,
  type OrganisationRef,
  openContent,
  type RichTextItem,
  renderHtml,
  type ThemeRef,
  type ToolkitSectionSummary,
} from "@gastvrij/content";
import { describeRecurrence } from "./format";
import type {
  EditionView,
  EventView,
  Occurrence,
  SectionSummary,
  SectionView,
  SignalView,
  SiteInfo,
  SupplementView,
  ThemeLink,
  ThemeView,
  ToolView,
} from "./model";

/** A file from the content (an image) and the site path it is published under. */
export interface PublishedFile {
  sitePath: string;
  read(): Promise<Uint8Array<ArrayBuffer>>;
}

export interface ContentBundle {
  site: SiteInfo;
  edition: EditionView;
  sections: SectionView[];
  supplements: SupplementView[];
  tools: ToolView[];
  /** All events by first start. */
  events: EventView[];
  /** Events with an occurrence still to come, soonest next occurrence first. */
  upcoming: EventView[];
  /** Events that are over, most recent last occurrence first. */
  past: EventView[];
  signals: SignalView[];
  themes: ThemeView[];
  images: PublishedFile[];
  calendarFeed(): string;
  eventCalendar(slug: string): string;
}

/** How far ahead the pages list the dates of a series. */
const seriesHorizonDays = 400;

/**
 * Opens the content: the live Sanity dataset when `SANITY_PROJECT_ID` is set (read token from
 * `SANITY_API_READ_TOKEN`, used at build time only), otherwise the embedded dataset (or `GASTVRIJ_DATASET`).
 * `GASTVRIJ_SANITY_API_HOST` points the live source at another API host (tests use a local one).
 */
async function open(): Promise<Content> {
  if (process.env.SANITY_PROJECT_ID) {
    const apiHost = process.env.GASTVRIJ_SANITY_API_HOST;
    return openContent({ live: apiHost ? { apiHost } : true });
  }
  return openContent();
}

let loaded: Promise<ContentBundle> | undefined;

/** All content of the site, loaded once per build. */
export function content(): Promise<ContentBundle> {
  loaded ??= load();
  return loaded;
}

const themeLink = (theme: Pick<ThemeRef, "title" | "slug">): ThemeLink => ({
  title: theme.title,
  slug: theme.slug,
  href: hrefFor("theme", theme.slug),
});

const sectionSummary = (section: Pick<ToolkitSectionSummary, "title" | "slug" | "number" | "summary">) => ({
  title: section.title,
  slug: section.slug,
  href: hrefFor("toolkitSection", section.slug),
  number: section.number,
  summary: section.summary,
});

const isoOccurrence = (occurrence: { start: Date; end: Date } | undefined): Occurrence => ({
  start: occurrence?.start.toISOString() ?? "",
  end: occurrence?.end.toISOString(),
});

const orgName = (org: OrganisationRef | undefined) => org?.name;

async function load(): Promise<ContentBundle> {
  const source = await open();
  const siteUrl = process.env.GASTVRIJ_SITE_URL || "http://localhost:4321";
  const [settings, edition, tools, events, signals, themes, resolveLink] = await Promise.all([
    source.getSiteSettings(),
    source.getToolkitEdition(),
    source.getTools(),
    source.getEvents(),
    source.getSignals(),
    source.getThemes(),
    source.linkResolver(),
  ]);

  // Images in the content: local files (file:// URLs) are published under /media/; remote ones stay where they are.
  const images = new Map<string, PublishedFile>();
  const publishImages = (items: RichTextItem[]): RichTextItem[] =>
    items.map((item) => {
      if (item._type !== "image" || typeof item.url !== "string" || !item.url.startsWith("file:")) return item;
      const file = fileURLToPath(item.url);
      const sitePath = `/media/${basename(file)}`;
      images.set(sitePath, { sitePath, read: async () => new Uint8Array(await readFile(file)) });
      return { ...item, url: sitePath };
    });
  // Errors (an image without alt text) name the document they come from.
  const render = (items: RichTextItem[], documentId: string) =>
    renderHtml(publishImages(items), { resolveLink, documentId });
  const describe = (summary: string | undefined, body: RichTextItem[], fallback: string) =>
    summary || excerpt(body) || fallback;

  // Toolkit
  const sectionPages = await Promise.all(
    edition.chapters.flatMap((chapter) => chapter.sections.map((s) => source.getToolkitSection(s.slug))),
  );
  const sections: SectionView[] = [];
  const supplements: SupplementView[] = [];
  for (const page of sectionPages) {
    if (!page) continue;
    const { section, previous, next } = page;
    const summary = sectionSummary(section);
    const rendered = render(section.body, section._id);
    sections.push({
      ...summary,
      description: describe(section.summary, section.body, section.title),
      html: rendered.html,
      toc: rendered.toc,
      chapter: {
        title: section.chapter.title,
        number: section.chapter.number,
        href: hrefFor("toolkitChapter", section.chapter.slug),
      },
      themes: section.themes.map(themeLink),
      supplements: section.supplements.map((supplement) => ({
        title: supplement.title,
        slug: supplement.slug,
        href: hrefFor("toolkitSupplement", supplement.slug),
        summary: supplement.summary,
      })),
      previous: previous && sectionSummary(previous),
      next: next && sectionSummary(next),
    });
    for (const supplement of section.supplements) {
      const body = render(supplement.body, supplement._id);
      supplements.push({
        title: supplement.title,
        slug: supplement.slug,
        href: hrefFor("toolkitSupplement", supplement.slug),
        summary: supplement.summary,
        description: describe(supplement.summary, supplement.body, supplement.title),
        html: body.html,
        toc: body.toc,
        section: summary,
      });
    }
  }
  const editionView: EditionView = {
    title: edition.title,
    subtitle: edition.subtitle,
    editionNumber: edition.editionNumber,
    year: edition.year,
    introHtml: render(edition.intro, edition._id).html,
    colophonHtml: render(edition.colophon, edition._id).html,
    disclaimer: edition.disclaimer,
    history: edition.editionHistory,
    chapters: edition.chapters.map((chapter) => ({
      title: chapter.title,
      slug: chapter.slug,
      href: hrefFor("toolkitChapter", chapter.slug),
      number: chapter.number,
      summary: chapter.summary,
      description: describe(chapter.summary, chapter.body, chapter.title),
      html: render(chapter.body, chapter._id).html,
      sections: chapter.sections.map(sectionSummary),
    })),
  };

  // Tools
  const toolViews: ToolView[] = tools.map((tool) => ({
    title: tool.title,
    slug: tool.slug,
    href: hrefFor("tool", tool.slug),
    summary: tool.summary,
    description: tool.summary,
    whenToUse: tool.whenToUse,
    publisher: orgName(tool.publisher),
    year: tool.year,
    themes: tool.themes.map(themeLink),
    audience: tool.audience,
    links: tool.links,
    files: tool.files.filter((file) => /^https?:/.test(file.url)),
    html: render(tool.body, tool._id).html,
  }));

  // Events: series dates come from the package's recurrence expansion.
  const now = new Date();
  const horizon = new Date(now.getTime() + seriesHorizonDays * 86_400_000);
  const [occurrences, upcoming, past] = await Promise.all([
    source.getEventOccurrences({ from: now, to: horizon }),
    source.getUpcomingEvents({ now }),
    source.getPastEvents({ now }),
  ]);
  const lastOccurrence = new Map(past.map((event) => [event._id, event.last]));
  const nextOccurrence = new Map(upcoming.map((event) => [event._id, event.next]));
  const upcomingByEvent = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const list = upcomingByEvent.get(occurrence.event._id) ?? [];
    list.push(isoOccurrence(occurrence));
    upcomingByEvent.set(occurrence.event._id, list);
  }
  const eventViews: EventView[] = events.map((event) => {
    const location = event.location;
    const registration = event.registration;
    return {
      title: event.title,
      slug: event.slug,
      href: hrefFor("event", event.slug),
      kind: event.kind,
      summary: event.summary,
      description: describe(event.summary, event.body, event.title),
      start: event.start,
      end: event.end,
      nextOccurrences:
        upcomingByEvent.get(event._id) ??
        (nextOccurrence.has(event._id) ? [isoOccurrence(nextOccurrence.get(event._id))] : []),
      last: lastOccurrence.has(event._id) ? isoOccurrence(lastOccurrence.get(event._id)) : undefined,
      isSeries: Boolean(event.recurrence),
      recurrenceText: event.recurrence && describeRecurrence(event.recurrence),
      location: location && {
        name: location.name,
        address: location.address,
        municipality: location.municipality,
        online: location.online,
        onlineUrl: location.onlineUrl,
      },
      registration: registration && {
        email: registration.email ?? registration.contact?.email,
        url: registration.url,
        note: registration.note,
        contact: registration.contact?.name,
      },
      speakers: event.speakers.map((speaker) => ({
        name: speaker.name,
        role: speaker.role,
        organisation: orgName(speaker.organisation),
      })),
      organiser: orgName(event.organiser),
      themes: event.themes.map(themeLink),
      html: render(event.body, event._id).html,
      reportHtml: event.report.length > 0 ? render(event.report, event._id).html : undefined,
      icsHref: eventCalendarPath(event.slug),
    };
  });

  // Signals (public only: the package's default)
  const signalViews: SignalView[] = signals.map((signal) => ({
    title: signal.title,
    slug: signal.slug,
    href: hrefFor("signal", signal.slug),
    status: signal.status,
    region: signal.region,
    observedAt: signal.observedAt,
    description: excerpt(signal.description) || signal.title,
    html: render(signal.description, signal._id).html,
    themes: signal.themes.map(themeLink),
    sourceOrganisation: orgName(signal.sourceOrganisation),
    passedTo: signal.passedTo,
    outcome: signal.outcome,
  }));

  // Themes with what links to them
  const bySlug = <T extends { slug: string }>(list: T[]) => new Map(list.map((item) => [item.slug, item]));
  const toolBySlug = bySlug(toolViews);
  const eventBySlug = bySlug(eventViews);
  const signalBySlug = bySlug(signalViews);
  const themeViews = await Promise.all(
    themes.map(async (theme): Promise<ThemeView> => {
      const linked = await source.getTheme(theme.slug);
      const pick = <T>(map: Map<string, T>, items: { slug: string }[] | undefined) =>
        (items ?? []).flatMap((item) => {
          const found = map.get(item.slug);
          return found ? [found] : [];
        });
      return {
        ...themeLink(theme),
        kind: theme.kind,
        description: theme.description,
        sections: (linked?.sections ?? []).map(sectionSummary) as SectionSummary[],
        tools: pick(toolBySlug, linked?.tools),
        events: pick(eventBySlug, linked?.events),
        signals: pick(signalBySlug, linked?.signals),
      };
    }),
  );

  const eventBySlugRaw = new Map<string, Event>(events.map((event) => [event.slug, event]));
  return {
    site: {
      title: settings.title,
      description: settings.description,
      organisationName: settings.organisationName,
      contactEmail: settings.contactEmail,
      address: settings.address,
      sampleContentNote: settings.sampleContentNote,
    },
    edition: editionView,
    sections,
    supplements,
    tools: toolViews,
    events: eventViews,
    upcoming: upcoming.flatMap((event) => eventViews.filter((view) => view.slug === event.slug)),
    past: past.flatMap((event) => eventViews.filter((view) => view.slug === event.slug)),
    signals: signalViews,
    themes: themeViews,
    images: [...images.values()],
    calendarFeed: () => eventsToIcs(events, { siteUrl }),
    eventCalendar: (slug) => {
      const event = eventBySlugRaw.get(slug);
      if (!event) throw new Error(`no event with slug ${slug}`);
      return eventToIcs(event, { siteUrl });
    },
  };
}

export type { LinkTarget };
