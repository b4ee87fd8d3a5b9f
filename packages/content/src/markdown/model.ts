/**
 * What the Markdown converter must know of the content model (docs/content-model.md): which field takes the body,
 * which front matter fields are rich text, which objects get a `_type`, and where internal links may point.
 */

/** The field that receives the Markdown body, per document type; types without one must have an empty body. */
export const bodyFields: Readonly<Record<string, string>> = {
  toolkitEdition: "intro",
  toolkitChapter: "body",
  toolkitSection: "body",
  toolkitSupplement: "body",
  tool: "body",
  event: "body",
  signal: "description",
};

/** Fields typed `richText` in the Studio schema: written as Markdown (the body, or a `|` block in front matter). */
export const richTextFields: Readonly<Record<string, readonly string[]>> = {
  toolkitEdition: ["intro", "colophon"],
  toolkitChapter: ["body"],
  toolkitSection: ["body"],
  toolkitSupplement: ["body"],
  tool: ["body"],
  event: ["body", "report"],
  signal: ["description"],
};

/** Object fields of a named object type: the value gets that `_type`. */
export const objectFieldTypes: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  event: { location: "location", registration: "registration", recurrence: "recurrence", reportFile: "file" },
};

/** Arrays of objects: each member gets this `_type` (and a `_key`). */
export const arrayMemberTypes: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  tool: { links: "link", files: "file" },
  event: { speakers: "speaker" },
  toolkitEdition: { editionHistory: "editionHistoryEntry" },
};

/** Document types an `internalLink` may point to. */
export const internalLinkTargets = ["toolkitSection", "toolkitSupplement", "tool", "event"] as const;

/** Our Portable Text blocks, written as container directives (`:::tip[Title]`). */
export const directiveNames = ["tip", "practiceExample", "checklist", "callout"] as const;

/** Tones of a callout; the first is used when the directive names none. */
export const calloutTones = ["info", "warning", "important"] as const;

/** URL schemes an external link may use. */
export const linkSchemes = ["http:", "https:", "mailto:", "tel:"] as const;

/** A document id as Sanity allows it (letters, digits, `_`, `-`, `.`), not starting with a dot or dash. */
export const documentIdPattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** Document types a reference may point to, by the name of the field that holds it (anywhere in a document). */
export const referenceTargets: Readonly<Record<string, readonly string[]>> = {
  edition: ["toolkitEdition"],
  chapter: ["toolkitChapter"],
  section: ["toolkitSection"],
  themes: ["theme"],
  publisher: ["organisation"],
  organiser: ["organisation"],
  organisation: ["organisation"],
  sourceOrganisation: ["organisation"],
  contact: ["person"],
};
