/**
 * The one place the site reads content: everything the pages need, loaded once per build through
 * `@gastvrij/content` and shaped into the page models of `model.ts`.
 */
import type {
  ChapterView,
  EditionView,
  EventView,
  SectionView,
  SignalView,
  SiteInfo,
  SupplementView,
  ThemeView,
  ToolView,
} from "./model";
import { stubBundle } from "./stub";

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
  events: EventView[];
  signals: SignalView[];
  themes: ThemeView[];
  images: PublishedFile[];
  calendarFeed(): string;
  eventCalendar(slug: string): string;
}

let loaded: Promise<ContentBundle> | undefined;

/** All content of the site, loaded once. */
export function content(): Promise<ContentBundle> {
  loaded ??= Promise.resolve(stubBundle());
  return loaded;
}

export type { ChapterView };
