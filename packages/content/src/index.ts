// biome-ignore-all assist/source/organizeImports: one section per area, in a fixed order; add exports only in yours
// Public API of @gastvrij/content. Only re-exports live here; each area owns its own section.

// output files
export { replaceAtomically, writeFileAtomic } from "./atomic-write.js";

// errors
export { ContentError, type ContentErrorLocation, formatLocation } from "./errors.js";

// routes
export {
  calendarFeedPath,
  eventCalendarPath,
  hrefFor,
  isRoutableType,
  type RoutableType,
  toolkitPdfPath,
} from "./routes.js";

// sources
export {
  collectAssets,
  describeAsset,
  type ExportAssetUse,
  type ExportData,
  type ExportDocument,
  type RawDocument,
  readExport,
} from "./sources/export-reader.js";
export { createGroqEngine, type GroqEngine, type GroqEngineOptions, type QueryParams } from "./sources/groq-engine.js";
export {
  type LiveSource,
  LiveSourceError,
  type LiveSourceOptions,
  openLiveSource,
  sanityApiVersion,
} from "./sources/live.js";
export {
  checkReferences,
  defaultDatasetPath,
  embeddedDatasetPath,
  type LocalSource,
  type LocalSourceOptions,
  openLocalSource,
  publishedDocuments,
} from "./sources/local.js";
export { type ContentSource, isPublishedId, unpublishedIdPrefixes } from "./sources/source.js";

// queries and typed functions
export {
  type Content,
  compareSectionNumbers,
  createContent,
  type EventKind,
  type EventOccurrence,
  type LinkTarget,
  type OpenContentOptions,
  openContent,
  type PastEvent,
  type SignalStatus,
  type ToolkitSectionPage,
  type UpcomingEvent,
} from "./content.js";
export { eventsQuery } from "./queries/events.js";
export { linkTargetsQuery } from "./queries/links.js";
export { siteSettingsQuery } from "./queries/settings.js";
export { signalsQuery } from "./queries/signals.js";
export { themeQuery, themesQuery } from "./queries/themes.js";
export {
  toolkitEditionQuery,
  toolkitSectionListQuery,
  toolkitSectionQuery,
  toolkitSupplementQuery,
} from "./queries/toolkit.js";
export { toolsQuery } from "./queries/tools.js";

// schemas
export { checkResult, formatPath } from "./schemas/check.js";
export { type DocumentType, documentSchemas, documentTypes, regions } from "./schemas/documents.js";
export type {
  Event,
  ImageBlock,
  OrganisationRef,
  Recurrence,
  RichTextItem,
  Signal,
  SiteSettings,
  Theme,
  ThemeRef,
  ThemeWithContent,
  Tool,
  ToolkitChapter,
  ToolkitEdition,
  ToolkitSection,
  ToolkitSectionSummary,
  ToolkitSupplement,
  ToolkitSupplementWithSection,
} from "./schemas/results.js";
export * as resultSchemas from "./schemas/results.js";

// render: Portable Text to HTML, text, Typst
export {
  externalLinkHint,
  type HtmlSanitizeSchema,
  htmlSanitizeSchema,
  type RenderedHtml,
  type RenderHtmlOptions,
  renderHtml,
} from "./render/html.js";
export {
  calloutLabels,
  escapeAttribute,
  escapeHTML,
  type HtmlComponents,
  type HtmlTypeComponent,
  type HtmlTypeComponentOptions,
} from "./render/html/components.js";
export { headingId, type TocEntry } from "./render/html/heading-ids.js";
export {
  type HtmlLinkTarget,
  imageSchemes,
  internalHref,
  linkSchemes,
  type ResolveLink,
  safeUrl,
} from "./render/links.js";
export { type ExcerptOptions, excerpt, type PlainTextOptions, toPlainText } from "./render/text.js";
export {
  buildPrintBook,
  clampHeadings,
  editionLabel,
  maxPrintFieldLength,
  type PrintBlock,
  type PrintBook,
  type PrintBookBundle,
  type PrintChapter,
  type PrintEdition,
  type PrintImageFile,
  type PrintInline,
  type PrintLinkTarget,
  type PrintOptions,
  type PrintRichText,
  type PrintSection,
  type PrintSupplement,
  type PrintToolkit,
  printLabel,
  toPrintBlocks,
} from "./render/typst.js";
export { type ExportToolkitPdfOptions, exportToolkitPdf } from "./render/typst-export.js";
export {
  compileBook,
  printFontsDir,
  type RenderedPdf,
  type RenderPdfOptions,
  renderToolkitPdf,
  renderToolkitPdfWithInfo,
  toolkitTemplatePath,
} from "./render/typst-pdf.js";
export {
  type EditionInput,
  type LinkTargetInput,
  loadPrintToolkit,
  type PrintContentSource,
  type PrintToolkitInput,
  printToolkitFromContent,
} from "./render/typst-toolkit.js";

// calendar
export {
  eventTimeZone,
  exceptionInstants,
  expandRecurrence,
  type Occurrence,
  type OccurrenceWindow,
  type RecurrenceRule,
  type RecurringEventLike,
  toRRule,
} from "./calendar/recurrence.js";
export {
  calendarFeedName,
  defaultRefreshIntervalSeconds,
  describeEvent,
  type EventIcsOptions,
  type EventsIcsOptions,
  eventsToIcs,
  eventToIcs,
} from "./calendar/ics.js";

// markdown import: its own entry, `@gastvrij/content/markdown` (src/markdown/index.ts), so that remark and YAML load
// only for those who import it.
