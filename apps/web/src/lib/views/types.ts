/**
 * What the pages need, in the shape the pages use. `content.ts` fills these from `@gastvrij/content`; the pages
 * never see raw documents or Portable Text.
 */

/** A link to another page: its title and site path. */
export interface PageLink {
  title: string;
  href: string;
}

export interface ThemeLink extends PageLink {
  slug: string;
}

/** A link to a download with what the page says next to it ("pdf, 1,2 MB"). */
export interface FileLink {
  title: string;
  /** A site path under `/bestanden/` (a file copied into the build), or the file's https address. */
  href: string;
  /** Whether the file lives elsewhere (the Sanity CDN). */
  external: boolean;
  /** Lowercase, without the dot: `pdf`. */
  type?: string;
  /** Bytes. */
  size?: number;
  /** Type and size in Dutch: "pdf, 1,2 MB". */
  facts: string;
}

/** Whether a document is invented to show the site: its page says so, its cards carry a badge. */
export interface Sampled {
  sample: boolean;
}

/** One heading of a rendered body, for a table of contents. */
export interface TocEntry {
  id: string;
  text: string;
  level: number;
}

export interface EditionView {
  title: string;
  subtitle?: string;
  editionNumber: number;
  year: number;
  introHtml: string;
  colophonHtml: string;
  disclaimer: string;
  history: { edition: number; year: number; note: string }[];
  chapters: ChapterView[];
}

export interface SectionSummary extends PageLink {
  slug: string;
  number: string;
  summary?: string;
  /** Known where the list comes from the edition (not in a theme's short list until it is looked up). */
  sample?: boolean;
}

export interface ChapterView extends PageLink, Sampled {
  slug: string;
  number: number;
  summary?: string;
  description: string;
  html: string;
  sections: SectionSummary[];
}

export interface SupplementSummary extends PageLink, Sampled {
  slug: string;
  summary?: string;
}

export interface SectionView extends SectionSummary {
  sample: boolean;
  description: string;
  html: string;
  toc: TocEntry[];
  chapter: PageLink & { number: number };
  themes: ThemeLink[];
  supplements: SupplementSummary[];
  previous?: SectionSummary;
  next?: SectionSummary;
}

export interface SupplementView extends SupplementSummary {
  description: string;
  html: string;
  toc: TocEntry[];
  section: SectionSummary;
}

export interface ToolView extends PageLink, Sampled {
  slug: string;
  summary: string;
  description: string;
  whenToUse?: string;
  publisher?: string;
  year?: number;
  themes: ThemeLink[];
  audience: string[];
  links: { label: string; url: string }[];
  files: FileLink[];
  html: string;
}

/** One occurrence of an event: start and end as ISO strings (UTC). */
export interface Occurrence {
  start: string;
  end?: string;
}

export interface EventView extends PageLink, Sampled {
  slug: string;
  kind: string;
  summary?: string;
  description: string;
  start: string;
  end?: string;
  /** Dates without an hour: the pages show the day(s) alone. */
  allDay: boolean;
  /** Occurrences that have not ended yet, soonest first (a one-off event has at most one). */
  nextOccurrences: Occurrence[];
  /** The last occurrence, when every occurrence has ended. */
  last?: Occurrence;
  /** Whether every occurrence has ended at the build's moment: the pages mark it and invite no one. */
  isPast: boolean;
  isSeries: boolean;
  recurrenceText?: string;
  location?: { name: string; address?: string; municipality?: string; online?: boolean; onlineUrl?: string };
  registration?: {
    email?: string;
    url?: string;
    note?: string;
    contact?: string;
    /** The last day one can register (`YYYY-MM-DD`, inclusive, Brussels time). */
    deadline?: string;
    /** Whether one can still register at the build's moment: the event is not over and the deadline not passed. */
    open: boolean;
  };
  /** Each speaker once: the name, then role and organisation where the name does not already say them. */
  speakers: { name: string; details: string[] }[];
  organiser?: string;
  themes: ThemeLink[];
  html: string;
  /** The report, its headings one level below the page's "Verslag" heading. */
  reportHtml?: string;
  /** The report book ("Verslagboek"). */
  reportFile?: FileLink;
  files: FileLink[];
  icsHref: string;
}

export interface SignalView extends PageLink, Sampled {
  slug: string;
  status: string;
  region: string;
  observedAt: string;
  description: string;
  html: string;
  themes: ThemeLink[];
  sourceOrganisation?: string;
  passedTo?: string;
  outcome?: string;
}

export interface ThemeView extends ThemeLink {
  kind: "dailyLife" | "network";
  description?: string;
  sections: SectionSummary[];
  tools: ToolView[];
  events: EventView[];
  signals: SignalView[];
}

/** One of the organisation's own pages, at `/<slug>/`. */
export interface PageView extends PageLink, Sampled {
  slug: string;
  summary: string;
  description: string;
  html: string;
  toc: TocEntry[];
  /** The page it falls under (breadcrumbs), if any. */
  parent?: PageLink;
  /** The pages that fall under it, by order. */
  children: PageSummary[];
  files: FileLink[];
}

export interface PageSummary extends PageLink, Sampled {
  slug: string;
  summary: string;
}

/** A news item, at `/nieuws/<slug>/`. */
export interface NewsView extends PageLink, Sampled {
  slug: string;
  /** ISO 8601 instant. */
  publishedAt: string;
  summary: string;
  description: string;
  html: string;
  themes: ThemeLink[];
  files: FileLink[];
}

/** An item of the main menu or the footer: a site path or an absolute link. */
export interface MenuItem {
  label: string;
  href: string;
}
