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
}

export interface ChapterView extends PageLink {
  slug: string;
  number: number;
  summary?: string;
  description: string;
  html: string;
  sections: SectionSummary[];
}

export interface SupplementSummary extends PageLink {
  slug: string;
  summary?: string;
}

export interface SectionView extends SectionSummary {
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

export interface ToolView extends PageLink {
  slug: string;
  summary: string;
  description: string;
  whenToUse?: string;
  publisher?: string;
  year?: number;
  themes: ThemeLink[];
  audience: string[];
  links: { label: string; url: string }[];
  files: { title: string; url: string }[];
  html: string;
}

/** One occurrence of an event: start and end as ISO strings (UTC). */
export interface Occurrence {
  start: string;
  end?: string;
}

export interface EventView extends PageLink {
  slug: string;
  kind: string;
  summary?: string;
  description: string;
  start: string;
  end?: string;
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
  speakers: { name: string; role?: string; organisation?: string }[];
  organiser?: string;
  themes: ThemeLink[];
  html: string;
  reportHtml?: string;
  icsHref: string;
}

export interface SignalView extends PageLink {
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
