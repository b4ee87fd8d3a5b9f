/** Site paths of the pages and files that documents get: one place for the renderers, the site, feeds and print. */
import { type RoutableType, routePaths } from "./document-types.js";

/** The site path of a document, e.g. `hrefFor("toolkitSection", "wonen")` is `/toolkit/wonen/`. */
export function hrefFor(type: RoutableType, slug: string): string {
  return `${routePaths[type]}${encodeURIComponent(slug)}/`;
}

/** Path of the printable toolkit on the site. */
export const toolkitPdfPath = "/toolkit/gastvrij-netwerk-toolkit.pdf";

/** Path of the news feed (Atom). */
export const newsFeedPath = "/nieuws/feed.xml";

/** Path of the subscribable calendar of all public events. */
export const calendarFeedPath = "/agenda/agenda.ics";

/** Path of one event's calendar file. */
export function eventCalendarPath(slug: string): string {
  return `${routePaths.event}${encodeURIComponent(slug)}.ics`;
}
