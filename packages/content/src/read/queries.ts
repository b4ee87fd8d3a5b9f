import { defineQuery } from "groq";

/**
 * Every GROQ query of the package, and the projections they share (written once, composed with template literals;
 * TypeGen reads them as they are, so `src/generated/sanity.types.ts` has a result type per query). One file because
 * TypeGen follows template literals only within a file it can resolve; queries are named `<what>Query`.
 */

// ---------------------------------------------------------------------------------------------------------------
// Shared projections
/**
 * Portable Text as the renderers need it: every item as stored, images with their file's URL, and the organisation
 * of a practice example dereferenced to its name (internal links stay references: the link targets resolve them).
 */
export const portableText = /* groq */ `{
  ...,
  _type == "image" => {"url": asset->url},
  _type == "practiceExample" => {"organisation": organisation->{_id, name}}
}`;

/** An organisation in short form. */
export const organisationSummary = /* groq */ `{_id, _type, name, "slug": slug.current, kind, municipality, region, website}`;

/** A downloadable file (a Sanity file asset) with what the site shows next to its link: type and size. */
export const fileDownload = /* groq */ `{title, "url": asset->url, "size": asset->size, "extension": asset->extension, "mimeType": asset->mimeType, "filename": asset->originalFilename}`;

/** Whether a document carries the sample mark (invented to show the site). */
const sampleMark = /* groq */ `"sample": coalesce(sample, false)`;

/** An item of the main menu or the footer: a label and a document of the site or an address. */
export const menuLink = /* groq */ `{label, url, "target": target->{_id, _type, "slug": slug.current}}`;

/** A theme in short form. */
export const themeSummary = /* groq */ `{_id, _type, title, "slug": slug.current, kind}`;

/** A chapter in short form (the chapter of a section). */
export const chapterSummary = /* groq */ `{_id, number, title, "slug": slug.current}`;

/** A toolkit section's fields in short form, with its chapter. */
const sectionSummaryFields = /* groq */ `_id, _type, number, title, "slug": slug.current, summary, "chapter": chapter->${chapterSummary}`;

/** A toolkit section in short form, with its chapter. */
export const sectionSummary = /* groq */ `{${sectionSummaryFields}}`;

/** A toolkit supplement's own fields and its text. */
export const supplementContent = /* groq */ `_id, _type, title, "slug": slug.current, order, summary, "body": body[]${portableText}, ${sampleMark}`;

/** The supplements of the section in scope (`^`), in their order. */
const supplementsOfSection = /* groq */ `*[_type == "toolkitSupplement" && section._ref == ^._id] | order(order asc, title asc){${supplementContent}}`;

/** A section's own fields and its text, themes and supplements (without its chapter). */
export const sectionContent = /* groq */ `
  _id, _type, number, title, "slug": slug.current, summary,
  "body": body[]${portableText},
  "themes": coalesce(themes[]->${themeSummary}, []),
  "supplements": ${supplementsOfSection},
  ${sampleMark}`;

// ---------------------------------------------------------------------------------------------------------------
// Queries
/**
 * A toolkit edition (`$edition`: its number, or null for the newest) with its chapters, their sections and each
 * section's supplements. Chapters come in `number` order and supplements in `order`; sections are put in the order of
 * their number parts (3.2 before 3.12) by the typed function, which GROQ cannot do.
 */
export const toolkitEditionQuery =
  defineQuery(`*[_type == "toolkitEdition" && ($edition == null || editionNumber == $edition)] | order(editionNumber desc)[0]{
  _id, _type, title, subtitle, "slug": slug.current, editionNumber, year,
  "intro": intro[]${portableText},
  "colophon": colophon[]${portableText},
  disclaimer,
  "publisher": publisher->${organisationSummary},
  "editionHistory": coalesce(editionHistory[]{edition, year, note}, []),
  "chapters": *[_type == "toolkitChapter" && edition._ref == ^._id] | order(number asc){
    _id, _type, number, title, "slug": slug.current, summary,
    "body": coalesce(body[]${portableText}, []),
    ${sampleMark},
    "sections": *[_type == "toolkitSection" && chapter._ref == ^._id]{${sectionContent}}
  }
}`);

/** Every toolkit section in short form, with its chapter; put in reading order by the typed function. */
export const toolkitSectionListQuery = defineQuery(`*[_type == "toolkitSection"]${sectionSummary}`);

/** One toolkit section by slug (`$slug`), with its chapter, themes and supplements. */
export const toolkitSectionQuery = defineQuery(`*[_type == "toolkitSection" && slug.current == $slug][0]{
  ${sectionContent},
  "chapter": chapter->${chapterSummary}
}`);

/** One toolkit supplement by slug (`$slug`), with the section it belongs to. */
export const toolkitSupplementQuery = defineQuery(`*[_type == "toolkitSupplement" && slug.current == $slug][0]{
  ${supplementContent},
  "section": section->${sectionSummary}
}`);

/** All tools by title; `$theme` (a theme slug or null) narrows to the tools linked to that theme. */
export const toolsQuery =
  defineQuery(`*[_type == "tool" && ($theme == null || $theme in themes[]->slug.current)] | order(lower(title) asc){
  _id, _type, title, "slug": slug.current, summary, whenToUse, year,
  "audience": coalesce(audience, []),
  "publisher": publisher->${organisationSummary},
  "themes": coalesce(themes[]->${themeSummary}, []),
  "links": coalesce(links[]{label, url}, []),
  "files": coalesce(files[]${fileDownload}, []),
  "body": coalesce(body[]${portableText}, []),
  ${sampleMark}
}`);

/** All events by first start; which are upcoming or past, and the dates of a series, are worked out in code. */
export const eventsQuery = defineQuery(`*[_type == "event"] | order(start asc){
  _id, _type, title, "slug": slug.current, kind, summary, start, end, timeZone, "allDay": coalesce(allDay, false),
  recurrence{frequency, interval, weekday, setPosition, until, count, "exceptions": coalesce(exceptions, [])},
  location{name, address, municipality, online, onlineUrl},
  registration{"contact": contact->{_id, name, role, email, phone}, email, url, deadline, note},
  "speakers": coalesce(speakers[]{name, role, "organisation": organisation->${organisationSummary}}, []),
  "themes": coalesce(themes[]->${themeSummary}, []),
  "organiser": organiser->${organisationSummary},
  "body": coalesce(body[]${portableText}, []),
  "report": coalesce(report[]${portableText}, []),
  "reportFile": reportFile${fileDownload},
  "files": coalesce(files[]${fileDownload}, []),
  ${sampleMark}
}`);

/**
 * Signals, newest observation first. Public ones only unless `$includeInternal` is true; `$theme` (slug) and
 * `$status` narrow the list when not null.
 */
export const signalsQuery = defineQuery(`*[_type == "signal"
  && (visibility == "public" || $includeInternal == true)
  && ($theme == null || $theme in themes[]->slug.current)
  && ($status == null || status == $status)] | order(observedAt desc, title asc){
  _id, _type, title, "slug": slug.current,
  "description": description[]${portableText},
  "themes": coalesce(themes[]->${themeSummary}, []),
  region, observedAt,
  "sourceOrganisation": sourceOrganisation->${organisationSummary},
  status, visibility, passedTo, outcome,
  ${sampleMark}
}`);

/** The ids of the themes a document points at. */
const themeIds = /* groq */ `"themes": coalesce(themes[]._ref, [])`;

/**
 * All themes (daily-life themes first, then by `order` and title) and everything that points at a theme, each with
 * the ids of its themes: toolkit sections, tools (by title), events (by start) and public signals (newest first;
 * internal ones only when `$includeInternal` is true). The typed function gives each theme its own; one pass over
 * the documents, where a subquery per theme would read them all once per theme.
 */
export const themesQuery = defineQuery(`{
  "themes": *[_type == "theme"] | order(kind asc, order asc, title asc){
    _id, _type, title, "slug": slug.current, kind, description, order
  },
  "sections": *[_type == "toolkitSection" && defined(themes)]{${sectionSummaryFields}, ${themeIds}},
  "tools": *[_type == "tool" && defined(themes)] | order(lower(title) asc){
    _id, _type, title, "slug": slug.current, summary, ${themeIds}
  },
  "events": *[_type == "event" && defined(themes)] | order(start asc){
    _id, _type, title, "slug": slug.current, kind, summary, start, end, ${themeIds}
  },
  "signals": *[_type == "signal" && defined(themes) && (visibility == "public" || $includeInternal == true)]
    | order(observedAt desc, title asc){
    _id, _type, title, "slug": slug.current, status, region, observedAt, visibility, ${themeIds}
  }
}`);

/** The site settings singleton. */
export const siteSettingsQuery = defineQuery(`*[_type == "siteSettings" && _id == "siteSettings"][0]{
  _id, _type, title, description, siteUrl, organisationName, contactEmail, address, phone, sampleContentNote,
  "mainMenu": coalesce(mainMenu[]${menuLink}, []),
  "footerLinks": coalesce(footerLinks[]${menuLink}, [])
}`);

/**
 * The organisation's own pages (by `order`, then title), each with the page it falls under. Every page lives at
 * `/<slug>/`; the parent only groups.
 */
export const pagesQuery = defineQuery(`*[_type == "page"] | order(coalesce(order, 1000) asc, lower(title) asc){
  _id, _type, title, "slug": slug.current, summary, order,
  "parent": parent->{_id, title, "slug": slug.current},
  "body": coalesce(body[]${portableText}, []),
  "files": coalesce(files[]${fileDownload}, []),
  ${sampleMark}
}`);

/** News items, newest first. */
export const newsQuery = defineQuery(`*[_type == "newsItem"] | order(publishedAt desc, lower(title) asc){
  _id, _type, title, "slug": slug.current, publishedAt, summary,
  "body": coalesce(body[]${portableText}, []),
  "themes": coalesce(themes[]->${themeSummary}, []),
  "files": coalesce(files[]${fileDownload}, []),
  ${sampleMark}
}`);

/**
 * Every document with a page (`$types`: the routable types of the content model), in short form, for resolving
 * internal links; internal signals left out.
 */
export const linkTargetsQuery = defineQuery(`*[_type in $types && (_type != "signal" || visibility == "public")]{
  _id, _type, "slug": slug.current, title, number
}`);
