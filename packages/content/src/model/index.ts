// Public entry @gastvrij/content/model: the vocabulary of the content model, said once. No Node imports: the Studio
// (in the browser), the site, the Markdown importer and the rest of this package all import it. Only re-exports.

export { apiVersion, calendarUidDomain, eventTimeZone } from "./constants.js";
export {
  type DocumentType,
  documentTypes,
  documentTypeTitles,
  type InternalLinkType,
  internalLinkTypes,
  isRoutableType,
  type RoutableType,
  reservedPageSlugs,
  routableTypes,
  routePaths,
} from "./document-types.js";
export { isPublishedId, publishedId, siteSettingsId, slugPattern, unpublishedIdPrefixes } from "./ids.js";
export {
  type Audience,
  audiences,
  type CalloutTone,
  calloutTones,
  decorators,
  type EventKind,
  eventKinds,
  listKinds,
  type OptionItem,
  type OptionSet,
  type OptionValue,
  type OrganisationKind,
  organisationKinds,
  type RecurrenceFrequency,
  type Region,
  recurrenceFrequencies,
  regions,
  type SetPosition,
  type SignalStatus,
  type SignalVisibility,
  setPositions,
  signalStatuses,
  signalVisibilities,
  type ThemeKind,
  textStyles,
  themeKinds,
  type Weekday,
  weekdays,
} from "./options.js";
export {
  codePointLabel,
  hasPrintableGlyph,
  isPrintedType,
  needsNoGlyph,
  type PrintedType,
  printedFields,
  unprintableCharacters,
} from "./printable-characters.js";
export { printableFontLists, printableRanges } from "./printable-ranges.js";
export { describeRecurrence, formatDay, type RecurrenceWords } from "./recurrence-text.js";
export {
  calendarFeedPath,
  eventCalendarPath,
  hrefFor,
  newsFeedPath,
  type ToolkitPdfFormat,
  type ToolkitPdfPart,
  type ToolkitPdfPartSource,
  toolkitPartId,
  toolkitPdfFileName,
  toolkitPdfFormats,
  toolkitPdfHref,
  toolkitPdfPartOf,
  toolkitPdfPath,
} from "./routes.js";
export { sampleMark } from "./sample-mark.js";
export { chapterNumberOf, compareSectionNumbers, sectionNumberPattern } from "./section-numbers.js";
export {
  blockText,
  checkRichText,
  handTypedListFindings,
  headingLevelFindings,
  imageAltFindings,
  imageAltMessage,
  linkTextFindings,
  type PrintedTextFinding,
  printableFindings,
  printedOnlyChecks,
  printedTextFindings,
  readabilityFindings,
  readabilityLimits,
  sentencesOf,
  studioErrorChecks,
  studioWarningChecks,
  type TextCheckName,
  type TextFinding,
  type TextPathSegment,
  textChecks,
  unprintableMessage,
  vagueLinkTexts,
  wordCount,
} from "./text-checks.js";
export { imageSchemes, linkSchemes, type SafeUrlOptions, safeUrl, siteAddress } from "./urls.js";
