/**
 * The one place the site reads content. The content is opened once per build and each query of the content package
 * runs once; the small functions of `views/` map the results onto the pages. Content logic (queries, validation,
 * rendering, recurrence, calendars) stays in the package.
 */
import { appendFileSync } from "node:fs";
import {
  type Content,
  type ContentSource,
  createContent,
  type EventIcsOptions,
  eventsToIcs,
  eventToIcs,
  openContent,
  type SiteSettings,
} from "@gastvrij/content";
import { type PreviewPerspective, previewRequest } from "../preview/scope";
import { buildMoment, buildNow } from "./clock";
import { agendaPages } from "./views/events";
import { newsFeed } from "./views/feed";
import { filePublisher, type PublishedFile } from "./views/files";
import { defaultFooterLinks, mainMenuItems, menuItems } from "./views/navigation";
import { newsViews, pageViews } from "./views/pages";
import { pageRenderer } from "./views/render";
import { signalView } from "./views/signals";
import { bySlug, eventCards, themeView } from "./views/themes";
import { toolkitPages } from "./views/toolkit";
import { toolView } from "./views/tools";
import type {
  EditionView,
  EventView,
  MenuItem,
  NewsView,
  PageView,
  SectionView,
  SignalView,
  SupplementView,
  ThemeView,
  ToolView,
} from "./views/types";

export type { PublishedFile };

/** Everything the pages show. */
export interface SiteContent {
  /** The site settings: title, description, organisation, address, the note on the sample content. */
  site: SiteSettings;
  edition: EditionView;
  sections: SectionView[];
  supplements: SupplementView[];
  tools: ToolView[];
  /** All events by first start. */
  events: EventView[];
  /** The build's moment (ISO 8601): what is coming or over, and what registration is open, is decided at it. */
  builtAt: string;
  /** Events with a date still to come, soonest next date first. */
  upcoming: EventView[];
  /** Events that are over, most recent last date first. */
  past: EventView[];
  signals: SignalView[];
  themes: ThemeView[];
  /** The organisation's own pages, by order and title. */
  pages: PageView[];
  /** The news, newest first. */
  news: NewsView[];
  /** The main menu and the footer links (from the site settings, else the site's defaults). */
  menu: { main: MenuItem[]; footer: MenuItem[] };
  /** Images of rich text from a local export, copied into the build under `/media/`. */
  images: PublishedFile[];
  /** Downloads from a local export, copied into the build under `/bestanden/`. */
  downloads: PublishedFile[];
  calendarFeed(): string;
  /** The Atom feed of the news, with absolute links on `site`. */
  newsFeed(site: string | URL): string;
  eventCalendar(slug: string): string;
}

/** How far ahead the pages list the dates of a series. */
const seriesHorizonDays = 400;

/**
 * A source that appends every query it runs to the file `GASTVRIJ_QUERY_LOG` names (one JSON line each), so a test
 * can check that one build runs each query once.
 */
function logged(source: ContentSource, file: string): ContentSource {
  return {
    ...source,
    fetch: (query, params) => {
      appendFileSync(file, `${JSON.stringify({ query, params })}\n`);
      return source.fetch(query, params);
    },
  };
}

/**
 * Opens the content: the live Sanity dataset when `SANITY_PROJECT_ID` is set (read token from
 * `SANITY_API_READ_TOKEN`, used at build time only), otherwise the embedded dataset (or `GASTVRIJ_DATASET`).
 * `GASTVRIJ_SANITY_API_HOST` points the live source at another API host (tests use a local one).
 *
 * The preview server (`preview`) always reads the live dataset, on the server with its token: with the drafts
 * perspective, hiding edit links in the titles for the Studio at `GASTVRIJ_STUDIO_URL` (click-to-edit), or the
 * published one when the editor chose it in the Studio.
 */
async function open(preview?: PreviewPerspective): Promise<Content> {
  const apiHost = process.env.GASTVRIJ_SANITY_API_HOST;
  const studioUrl = process.env.GASTVRIJ_STUDIO_URL || "http://localhost:3333";
  const content = await openContent(
    preview
      ? {
          live: {
            ...(apiHost ? { apiHost } : {}),
            perspective: preview,
            ...(preview === "drafts" ? { stega: { studioUrl } } : {}),
          },
        }
      : process.env.SANITY_PROJECT_ID
        ? { live: apiHost ? { apiHost } : true }
        : {},
  );
  const log = process.env.GASTVRIJ_QUERY_LOG;
  return log ? createContent(logged(content.source, log)) : content;
}

async function load(content: Content, now: Date = buildNow()): Promise<SiteContent> {
  const [settings, edition, tools, schedule, signals, themes, pages, news, resolveLink] = await Promise.all([
    content.getSiteSettings(),
    content.getToolkitEdition(),
    content.getTools(),
    content.getEventSchedule({ now, horizonDays: seriesHorizonDays }),
    content.getSignals(),
    content.getThemes(),
    content.getPages(),
    content.getNews({ now }),
    content.linkResolver(),
  ]);
  // Every file the pages link or show goes through this one publisher.
  const publisher = filePublisher();
  const renderer = pageRenderer(resolveLink, publisher);
  const toolkit = toolkitPages(edition, renderer);
  const agenda = agendaPages(schedule, renderer);
  const toolViews = tools.map((tool) => toolView(tool, renderer));
  const signalViews = signals.map((signal) => signalView(signal, renderer));
  const pageList = pageViews(pages, renderer);
  const newsList = newsViews(news, renderer);
  const cards = {
    tools: bySlug(toolViews),
    events: eventCards(agenda),
    signals: bySlug(signalViews),
    sections: bySlug(toolkit.sections),
  };
  const events = schedule.events.map((item) => item.event);
  // The calendar files are written at the build's moment too: one of an event that is over, or whose registration
  // has closed, invites no one to register (the package decides, as for the pages).
  const calendar: EventIcsOptions = { siteUrl: import.meta.env.SITE };
  return {
    site: settings,
    builtAt: now.toISOString(),
    ...toolkit,
    tools: toolViews,
    ...agenda,
    signals: signalViews,
    themes: themes.map((theme) => themeView(theme, cards)),
    pages: pageList,
    news: newsList,
    menu: {
      main: mainMenuItems(settings.mainMenu),
      footer: menuItems(settings.footerLinks, defaultFooterLinks(pageList.filter((page) => !page.parent))),
    },
    images: publisher.images(),
    downloads: publisher.downloads(),
    newsFeed: (site) =>
      newsFeed(newsList, {
        site,
        title: settings.title,
        description: settings.description,
        organisationName: settings.organisationName,
        contactEmail: settings.contactEmail ?? undefined,
        builtAt: now.toISOString(),
      }),
    calendarFeed: () => eventsToIcs(events, { ...calendar, now }),
    eventCalendar: (slug) => {
      const event = events.find((candidate) => candidate.slug === slug);
      if (!event) throw new Error(`no event with slug ${slug}`);
      return eventToIcs(event, { ...calendar, now });
    },
  };
}

let loaded: Promise<SiteContent> | undefined;

/**
 * All content of the site, loaded once per build; in the preview server once per request (drafts over published, at
 * the request's moment).
 */
export function content(): Promise<SiteContent> {
  const preview = previewRequest();
  if (preview) {
    preview.content ??= open(preview.perspective).then((opened) => load(opened, buildMoment(process.env.GASTVRIJ_NOW)));
    return preview.content as Promise<SiteContent>;
  }
  loaded ??= open().then((opened) => load(opened));
  return loaded;
}
