// Public API of @gastvrij/content. Only re-exports live here; each area owns its own section.

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

// queries and typed functions

// schemas

// render: Portable Text to HTML, text, Typst

// calendar

// markdown import
