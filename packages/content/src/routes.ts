/** Site paths of the documents that have a page of their own. One place, used by renderers, the site and feeds. */

/** The document types a page exists for. */
export type RoutableType =
  | "toolkitChapter"
  | "toolkitSection"
  | "toolkitSupplement"
  | "tool"
  | "event"
  | "signal"
  | "theme";

const prefixes: Record<RoutableType, string> = {
  toolkitChapter: "/toolkit/",
  toolkitSection: "/toolkit/",
  toolkitSupplement: "/toolkit/bijlage/",
  tool: "/tools/",
  event: "/agenda/",
  signal: "/signalen/",
  theme: "/themas/",
};

/** Whether documents of `type` have a page. */
export function isRoutableType(type: string): type is RoutableType {
  return Object.hasOwn(prefixes, type);
}

/** The site path of a document, e.g. `hrefFor("toolkitSection", "wonen")` is `/toolkit/wonen/`. */
export function hrefFor(type: RoutableType, slug: string): string {
  return `${prefixes[type]}${encodeURIComponent(slug)}/`;
}

/** Path of the printable toolkit on the site. */
export const toolkitPdfPath = "/toolkit/gastvrij-netwerk-toolkit.pdf";
/** Path of the subscribable calendar of all public events. */
export const calendarFeedPath = "/agenda/agenda.ics";

/** Path of one event's calendar file. */
export function eventCalendarPath(slug: string): string {
  return `/agenda/${encodeURIComponent(slug)}.ics`;
}
