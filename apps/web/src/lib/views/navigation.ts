/**
 * The main menu and the footer links from the site settings, with the site's defaults when the settings give none,
 * and which menu item is the current page.
 */
import { calendarFeedPath, hrefFor, type MenuLink, toolkitPdfPath } from "@gastvrij/content";
import { routePaths } from "@gastvrij/content/model";
import type { MenuItem, PageLink } from "./types";

/** The search page: part of the site, not of the content, so it is in the main menu whatever the settings say. */
export const searchItem: MenuItem = { label: "Zoeken", href: "/zoeken/" };

/** The main menu when the settings give none. */
export const defaultMainMenu: readonly MenuItem[] = [
  { label: "Toolkit", href: "/toolkit/" },
  { label: "Tools", href: routePaths.tool },
  { label: "Agenda", href: routePaths.event },
  { label: "Nieuws", href: routePaths.newsItem },
  { label: "Signalen", href: routePaths.signal },
  { label: "Thema’s", href: routePaths.theme },
  searchItem,
];

/** The footer links when the settings give none: the PDF, the agenda subscription and the organisation's pages. */
export function defaultFooterLinks(pages: readonly PageLink[]): MenuItem[] {
  return [
    { label: "Toolkit als pdf", href: toolkitPdfPath },
    { label: "Agenda abonneren (ics)", href: calendarFeedPath },
    ...pages.map((page) => ({ label: page.title, href: page.href })),
  ];
}

/**
 * The items of a menu from the settings: a document's page (`target`, through `hrefFor`), else the address (`url`).
 * An item with neither (its document not published) is left out; `fallback` when nothing is left.
 */
export function menuItems(links: readonly MenuLink[], fallback: readonly MenuItem[]): MenuItem[] {
  const items = links.flatMap((link): MenuItem[] => {
    const href = link.target ? hrefFor(link.target._type, link.target.slug) : link.url;
    return href ? [{ label: link.label, href }] : [];
  });
  return items.length > 0 ? items : [...fallback];
}

/** The main menu: the settings' items (or the default), always with the search page at the end. */
export function mainMenuItems(links: readonly MenuLink[]): MenuItem[] {
  const items = menuItems(links, defaultMainMenu);
  return items.some((item) => item.href === searchItem.href) ? items : [...items, searchItem];
}

/**
 * Which item of a menu stands for the page at `pathname`: the item of that very page, else the part of the site the
 * page is in (the longest item path the page's path starts with: `/toolkit/` for `/toolkit/wonen/`), else the item of
 * `within` (a page's parent page). `-1` when none.
 */
export function currentItem(items: readonly MenuItem[], pathname: string, within?: string): number {
  const path = pathname.endsWith("/") || pathname.includes(".") ? pathname : `${pathname}/`;
  const exact = items.findIndex((item) => item.href === path);
  if (exact >= 0) return exact;
  let best = -1;
  items.forEach((item, index) => {
    const isSection = item.href.startsWith("/") && item.href.endsWith("/") && item.href !== "/";
    if (isSection && path.startsWith(item.href) && item.href.length > (items[best]?.href.length ?? 0)) best = index;
  });
  if (best >= 0) return best;
  return within ? items.findIndex((item) => item.href === within) : -1;
}
