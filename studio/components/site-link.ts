import {
  eventTimeZone,
  hrefFor,
  isRoutableType,
  siteAddress,
  type ToolkitPdfPart,
  toolkitPdfHref,
} from "@gastvrij/content/model";

/**
 * Where a document is on the public site, decided without React so it can be tested on its own: the Studio's
 * "Bekijk op de site" and "Bekijk de pdf" actions (`site-link-actions.ts`) only render what this says.
 */

/** What a link goes to: the document's own page, or the PDF it is printed in. */
export type SiteLinkTarget = "page" | "pdf";

/** What {@link siteLink} reads of a document. Give the published document's values: that is what the site shows. */
export interface SiteLinkInput {
  /** The document's `_type`. */
  type: string;
  /** The published slug (`slug.current`); a page lives under it. */
  slug?: string | null | undefined;
  /** A signal's `visibility`: only `"public"` signals are on the site. */
  visibility?: string | null | undefined;
  /** Whether a published version exists (a document that is only a draft has no page yet). */
  published: boolean;
  /** A news item's date (`publishedAt`): an item dated later appears with the first build on or after it. */
  appearsAt?: string | null | undefined;
  /** The moment to compare `appearsAt` with (default: now). */
  now?: Date | undefined;
  /** `siteSettings.siteUrl` as stored (anything); normalised with the model's `siteAddress()`. */
  siteUrl: unknown;
  /** The page (default) or the PDF. */
  target?: SiteLinkTarget | undefined;
  /**
   * For the PDF: the part of the toolkit the document is printed in (the model's `toolkitPdfPartOf`); without one, the
   * whole book.
   */
  pdfPart?: ToolkitPdfPart | undefined;
}

/** The answer of {@link siteLink}. */
export type SiteLink =
  /** An absolute address on the public site, and the action's label. */
  | { kind: "link"; href: string; label: string }
  /** The document is not on the site; `reason` says why, in Dutch, for the editor. */
  | { kind: "notPublic"; reason: string }
  /** The document would be on the site, but the Studio does not know the site's address. */
  | { kind: "noSiteAddress"; label: string; reason: string };

/** The labels of the two links. */
export const siteLinkLabels = { page: "Bekijk op de site", pdf: "Bekijk de pdf" } as const satisfies Record<
  SiteLinkTarget,
  string
>;

/** What the editor reads instead of a link. */
export const notPublicReasons = {
  internalSignal: "Intern signaal: niet op de site",
  unpublished: "Nog niet gepubliceerd",
  noSlug: "Geen slug: zonder slug heeft dit document geen pagina",
  noSiteAddress:
    "Het adres van de site is niet ingevuld. Vul het in bij Site-instellingen → Adres van de website en publiceer de instellingen.",
} as const;

/** The toolkit's parts that are printed in the toolkit PDF. */
export const printedTypes: ReadonlySet<string> = new Set(["toolkitChapter", "toolkitSection", "toolkitSupplement"]);

const dayFormat = new Intl.DateTimeFormat("nl-BE", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: eventTimeZone,
});

/** "Gepland: op de site vanaf 12 mei 2026". */
export function scheduledReason(appearsAt: Date): string {
  return `Gepland: op de site vanaf ${dayFormat.format(appearsAt)}`;
}

/**
 * Where a document is on the public site.
 *
 * @returns `undefined` when the document has no such place at all (a type without pages, such as an organisation or a
 *   person; the PDF for anything but a chapter, section or supplement); `notPublic` when it could have one but is not
 *   on the site (an internal signal, a document never published, a news item dated later, no slug); `noSiteAddress`
 *   when it is on the site but `siteUrl` is no site address; else the absolute `link`.
 * @example
 * siteLink({ type: "tool", slug: "budget", published: true, siteUrl: "https://www.gastvrijnetwerk.be/" });
 * // { kind: "link", href: "https://www.gastvrijnetwerk.be/tools/budget/", label: "Bekijk op de site" }
 */
export function siteLink(input: SiteLinkInput): SiteLink | undefined {
  const { type, slug } = input;
  const target = input.target ?? "page";
  if (!isRoutableType(type)) return undefined;
  if (target === "pdf" && !printedTypes.has(type)) return undefined;

  if (type === "signal" && input.visibility !== "public") {
    return { kind: "notPublic", reason: notPublicReasons.internalSignal };
  }
  // The site is built from published documents only: a draft-only document has no page and is not in the PDF yet.
  if (!input.published) return { kind: "notPublic", reason: notPublicReasons.unpublished };
  if (type === "newsItem" && typeof input.appearsAt === "string") {
    const appearsAt = new Date(input.appearsAt);
    if (appearsAt.getTime() > (input.now ?? new Date()).getTime()) {
      return { kind: "notPublic", reason: scheduledReason(appearsAt) };
    }
  }
  // The PDF is the part's (a section's is its chapter's), as the site links it; the whole book when the part is unknown.
  const path = target === "pdf" ? toolkitPdfHref(input.pdfPart) : slug ? hrefFor(type, slug) : undefined;
  if (path === undefined) return { kind: "notPublic", reason: notPublicReasons.noSlug };

  const address = siteAddress(input.siteUrl);
  const label = siteLinkLabels[target];
  if (!address) return { kind: "noSiteAddress", label, reason: notPublicReasons.noSiteAddress };
  return { kind: "link", href: `${address}${path}`, label };
}
