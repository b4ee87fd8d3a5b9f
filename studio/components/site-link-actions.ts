import { apiVersion, isRoutableType, siteSettingsId } from "@gastvrij/content/model";
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
 * document's public page or the printable toolkit in a new tab, or say why the document is not on the site. What they
 * say is decided by {@link siteLink}; this file only fetches the site's address and renders the answer.
 */

/** The site's address as the site settings store it; published, because the site is built from published content. */
export const siteUrlQuery = /* groq */ `*[_id == $id][0].siteUrl`;

/** The site settings' address, once fetched (`failed` when the request failed). */
export type SiteUrlState = { loaded: false } | { loaded: true; siteUrl: unknown; failed?: boolean };

/** Fetches `siteSettings.siteUrl` (published) with the Studio's client, once per action. */
export function useSiteUrl(): SiteUrlState {
  const client = useClient({ apiVersion });
  const [state, setState] = useState<SiteUrlState>({ loaded: false });
  useEffect(() => {
    let current = true;
    client.fetch<unknown>(siteUrlQuery, { id: siteSettingsId }, { perspective: "published" }).then(
      (siteUrl) => {
        if (current) setState({ loaded: true, siteUrl });
      },
      () => {
        if (current) setState({ loaded: true, siteUrl: undefined, failed: true });
      },
    );
    return () => {
      current = false;
    };
  }, [client]);
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
    const state = useSiteUrl();
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
    });
    return describeSiteLink(link, state, target);
  };
  action.displayName = target === "pdf" ? "ViewPdfAction" : "ViewOnSiteAction";
  return action;
}

/** "Bekijk op de site": the document's page. */
export const ViewOnSiteAction: DocumentActionComponent = siteLinkAction("page");

/** "Bekijk de pdf": the printable toolkit, for its chapters, sections and supplements. */
export const ViewPdfAction: DocumentActionComponent = siteLinkAction("pdf");

/** The site link actions of a schema type: none for a type without pages. */
export function siteLinkActions(schemaType: string): DocumentActionComponent[] {
  if (!isRoutableType(schemaType)) return [];
  return printedTypes.has(schemaType) ? [ViewOnSiteAction, ViewPdfAction] : [ViewOnSiteAction];
}
