/**
 * The document types of the content model: their Dutch titles, which of them have a page of their own (and under
 * which path), and which of them an internal link in rich text may point to. A new routable type is added here.
 */

/** Every document type of the content model, with the title the Studio gives it. */
export const documentTypeTitles = {
  siteSettings: "Site-instellingen",
  theme: "Thema",
  organisation: "Organisatie",
  person: "Persoon",
  toolkitEdition: "Toolkit-editie",
  toolkitChapter: "Hoofdstuk",
  toolkitSection: "Paragraaf",
  toolkitSupplement: "Bijlage",
  tool: "Tool",
  event: "Activiteit",
  signal: "Signaal",
  page: "Pagina",
  newsItem: "Nieuwsbericht",
} as const;

/** A document type of the content model. */
export type DocumentType = keyof typeof documentTypeTitles;

/** The document types of the content model, as a list. */
export const documentTypes = Object.keys(documentTypeTitles) as DocumentType[];

/**
 * The document types that have a page of their own, with the site path their pages live under (`<path><slug>/`). A
 * chapter and a section share `/toolkit/`, so their slugs share one URL space.
 */
export const routePaths = {
  toolkitChapter: "/toolkit/",
  toolkitSection: "/toolkit/",
  toolkitSupplement: "/toolkit/bijlage/",
  tool: "/tools/",
  event: "/agenda/",
  signal: "/signalen/",
  theme: "/themas/",
  // The organisation's own pages live at the top of the site (`/lid-worden/`); a parent page only groups them.
  page: "/",
  newsItem: "/nieuws/",
} as const satisfies Partial<Record<DocumentType, string>>;

/** A document type with a page of its own. */
export type RoutableType = keyof typeof routePaths;

/** The document types with a page of their own, as a list. */
export const routableTypes = Object.keys(routePaths) as [RoutableType, ...RoutableType[]];

/** Whether documents of `type` have a page. */
export function isRoutableType(type: unknown): type is RoutableType {
  return typeof type === "string" && Object.hasOwn(routePaths, type);
}

/** The document types an internal link in rich text (`internalLink`) may point to: each has a page. */
export const internalLinkTypes = [
  "toolkitSection",
  "toolkitSupplement",
  "tool",
  "event",
  "page",
  "newsItem",
] as const satisfies readonly RoutableType[];

/** A document type an internal link may point to. */
export type InternalLinkType = (typeof internalLinkTypes)[number];

/**
 * Slugs a page may not take: the first path segments of the site's other pages and files (a page lives at
 * `/<slug>/`, beside them).
 */
export const reservedPageSlugs = [
  "toolkit",
  "tools",
  "agenda",
  "signalen",
  "themas",
  "nieuws",
  "zoeken",
  "bestanden",
  "media",
  "pagefind",
  "404",
] as const;
