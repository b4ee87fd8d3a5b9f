import { apiVersion, isRoutableType, siteSettingsId, toolkitPdfPartOf } from "@gastvrij/content/model";
import { DocumentPdfIcon } from "@sanity/icons/DocumentPdf";
import { LaunchIcon } from "@sanity/icons/Launch";
import { useEffect, useState } from "react";
import {
  type DocumentActionComponent,
  type DocumentActionDescription,
  type DocumentActionProps,
  type SanityDocument,
  useClient,
} from "sanity";
import { printedTypes, type SiteLink, type SiteLinkTarget, siteLink } from "./site-link.js";

/**
 * The document actions "Bekijk op de site" and "Bekijk de pdf" (in the menu next to Publiceren): they open the
 * document's public page or the PDF it is printed in (its chapter's or its own) in a new tab, or say why the document
 * is not on the site. What they say is decided by {@link siteLink}; this file only fetches the site's address (and, for
 * the PDF, the numbers that name the part) and renders the answer.
 */

/** The site's address as the site settings store it; published, because the site is built from published content. */
export const siteUrlQuery = /* groq */ `*[_id == $id][0].siteUrl`;

/**
 * For "Bekijk de pdf", in one request: the site's address, and the number of the chapter a section belongs to or of the
 * section a supplement belongs to (`$id` is the document's published id). Published, as the site and its PDFs are.
 */
export const pdfPartQuery = /* groq */ `{
  "siteUrl": *[_id == $siteSettingsId][0].siteUrl,
  "chapterNumber": *[_id == $id][0].chapter->number,
  "sectionNumber": *[_id == $id][0].section->number
}`;

/**
 * The site settings' address, once fetched (`failed` when the request failed); for the PDF also the number of the
 * document's chapter (a section) or section (a supplement).
 */
export type SiteUrlState =
  | { loaded: false }
  | { loaded: true; siteUrl: unknown; failed?: boolean; chapterNumber?: unknown; sectionNumber?: unknown };

/**
 * Fetches what an action needs with the Studio's client (published), once per action: `siteSettings.siteUrl` for the
 * page; with it, for the PDF of `documentId`, the numbers of its chapter and section.
 */
export function useSiteUrl(target: SiteLinkTarget = "page", documentId?: string): SiteUrlState {
  const client = useClient({ apiVersion });
  const [state, setState] = useState<SiteUrlState>({ loaded: false });
  useEffect(() => {
    let current = true;
    type Answer = { siteUrl?: unknown; chapterNumber?: unknown; sectionNumber?: unknown } | null;
    const request: Promise<Answer> =
      target === "pdf" && documentId
        ? client.fetch<Answer>(pdfPartQuery, { id: documentId, siteSettingsId }, { perspective: "published" })
        : client
            .fetch<unknown>(siteUrlQuery, { id: siteSettingsId }, { perspective: "published" })
            .then((siteUrl) => ({ siteUrl }));
    request.then(
      (answer) => {
        if (current) {
          setState({
            loaded: true,
            siteUrl: answer?.siteUrl,
            chapterNumber: answer?.chapterNumber,
            sectionNumber: answer?.sectionNumber,
          });
        }
      },
      () => {
        if (current) setState({ loaded: true, siteUrl: undefined, failed: true });
      },
    );
    return () => {
      current = false;
    };
  }, [client, target, documentId]);
  return state;
}

/** Shown while the address is being fetched, and when fetching it failed. */
export const siteUrlMessages = {
  loading: "Het adres van de site wordt opgehaald…",
  failed:
    "Het adres van de site kon niet worden opgehaald (Site-instellingen → Adres van de website). Probeer later opnieuw.",
} as const;

/** Opens an address in a new tab, without giving the new page a handle on the Studio. */
export function openInNewTab(href: string): void {
  window.open(href, "_blank", "noopener,noreferrer");
}

/**
 * The action's description for a {@link siteLink} answer: a link opens a new tab; a document that is not public, and
 * a link without the site's address, give a disabled action that says why. `null` (no action) for `undefined`.
 */
export function describeSiteLink(
  link: SiteLink | undefined,
  state: SiteUrlState,
  target: SiteLinkTarget,
  open: (href: string) => void = openInNewTab,
): DocumentActionDescription | null {
  const icon = target === "pdf" ? DocumentPdfIcon : LaunchIcon;
  if (!link) return null;
  switch (link.kind) {
    case "notPublic":
      return { label: link.reason, title: link.reason, icon, disabled: true };
    case "noSiteAddress": {
      const title = !state.loaded ? siteUrlMessages.loading : state.failed ? siteUrlMessages.failed : link.reason;
      return { label: link.label, title, icon, disabled: true };
    }
    case "link":
      return {
        label: link.label,
        title: `${link.href} (opent in een nieuw tabblad; de site toont wat gepubliceerd is, na de volgende bouw)`,
        icon,
        onHandle: () => open(link.href),
      };
  }
}

function stringField(document: SanityDocument | null, name: string): string | undefined {
  const value = document?.[name];
  return typeof value === "string" ? value : undefined;
}

function slugOf(document: SanityDocument | null): string | undefined {
  const slug = document?.slug as { current?: unknown } | undefined;
  return typeof slug?.current === "string" ? slug.current : undefined;
}

function siteLinkAction(target: SiteLinkTarget): DocumentActionComponent {
  const action = (props: DocumentActionProps) => {
    const state = useSiteUrl(target, props.id);
    const { published } = props;
    const link = siteLink({
      type: props.type,
      target,
      published: published !== null,
      // The page is where the published version lives: its slug and date, not the draft's.
      slug: slugOf(published),
      appearsAt: stringField(published, "publishedAt"),
      // A signal never published is judged by what it would be.
      visibility: stringField(published ?? props.draft ?? props.version, "visibility"),
      siteUrl: state.loaded ? state.siteUrl : undefined,
      // The part as the site names its PDF; the whole book until (or unless) its numbers are known.
      pdfPart:
        target === "pdf" && state.loaded
          ? toolkitPdfPartOf({
              type: props.type,
              number: published?.number,
              chapterNumber: state.chapterNumber,
              sectionNumber: state.sectionNumber,
              slug: slugOf(published),
            })
          : undefined,
    });
    return describeSiteLink(link, state, target);
  };
  action.displayName = target === "pdf" ? "ViewPdfAction" : "ViewOnSiteAction";
  return action;
}

/** "Bekijk op de site": the document's page. */
export const ViewOnSiteAction: DocumentActionComponent = siteLinkAction("page");

/** "Bekijk de pdf": for a chapter and a section the chapter's PDF, for a supplement its own (else the whole book). */
export const ViewPdfAction: DocumentActionComponent = siteLinkAction("pdf");

/** The site link actions of a schema type: none for a type without pages. */
export function siteLinkActions(schemaType: string): DocumentActionComponent[] {
  if (!isRoutableType(schemaType)) return [];
  return printedTypes.has(schemaType) ? [ViewOnSiteAction, ViewPdfAction] : [ViewOnSiteAction];
}
