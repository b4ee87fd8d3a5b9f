// Public entry @gastvrij/content: the read API a site or a script needs. Open the content, get typed and checked
// results, render rich text to HTML or text, write calendars; `index.test.ts` pins this list. The vocabulary is
// `@gastvrij/content/model`, printing `@gastvrij/content/print`, the back ends `@gastvrij/content/sources`, the
// Markdown importer `@gastvrij/content/markdown`. Only re-exports.

// output files
export { writeFileAtomic } from "./atomic-write.js";
// calendars
export { type EventIcsOptions, type EventsIcsOptions, eventsToIcs, eventToIcs } from "./calendar/ics.js";
export type { Occurrence } from "./calendar/recurrence.js";
export type { EventSchedule, ScheduledEvent } from "./calendar/schedule.js";
// errors
export { ContentError, type ContentErrorLocation } from "./errors.js";
// routes
export { calendarFeedPath, eventCalendarPath, hrefFor, type RoutableType, toolkitPdfPath } from "./model/index.js";
// reading the content
export {
  type Content,
  createContent,
  type LinkTarget,
  type OpenContentOptions,
  openContent,
  type ToolkitSectionPage,
} from "./read/content.js";
export type {
  Event,
  FileDownload,
  MenuLink,
  NewsItem,
  Page,
  PortableText,
  Signal,
  SiteSettings,
  Theme,
  Tool,
  ToolkitChapter,
  ToolkitEdition,
  ToolkitSection,
  ToolkitSectionSummary,
  ToolkitSupplement,
} from "./read/results.js";
export type { ContentSource } from "./read/sources/source.js";
export type { TocEntry } from "./render/html/heading-ids.js";
export type { HtmlComponents, ResolveLink } from "./render/html/to-hast.js";
// rendering
export { htmlSanitizeSchema, type RenderedHtml, type RenderHtmlOptions, renderHtml } from "./render/html.js";
export { excerpt, toPlainText } from "./render/text.js";
