/** The organisation's own pages (at `/<slug>/`) and the news (at `/nieuws/<slug>/`). */
import { hrefFor, type NewsItem, type Page } from "@gastvrij/content";
import { reservedPageSlugs } from "@gastvrij/content/model";
import { describe, themeLink } from "./links";
import type { PageRenderer } from "./render";
import type { NewsView, PageSummary, PageView } from "./types";

const reserved: ReadonlySet<string> = new Set(reservedPageSlugs);

/**
 * Whether a page can live at `/<slug>/`: not at the first path segment of another part of the site (the Studio
 * refuses those slugs; a page that has one anyway is left out rather than shadow the toolkit or the agenda).
 */
export const hasOwnAddress = (page: { slug: string }): boolean => !reserved.has(page.slug);

/**
 * The pages in the content's order (by `order`, then title), each with the pages that fall under it. A parent that is
 * not published (or cannot have a page) gives no breadcrumb.
 */
export function pageViews(pages: readonly Page[], renderer: PageRenderer): PageView[] {
  const published = pages.filter(hasOwnAddress);
  const ids = new Set(published.map((page) => page._id));
  const summary = (page: Page): PageSummary => ({
    title: page.title,
    slug: page.slug,
    href: hrefFor("page", page.slug),
    summary: page.summary,
    sample: page.sample,
  });
  return published.map((page) => {
    const { html, toc } = renderer.render(page.body, page._id);
    const parent = page.parent && ids.has(page.parent._id) ? page.parent : undefined;
    return {
      ...summary(page),
      description: describe(page.summary, page.body, page.title),
      html,
      toc,
      parent: parent && { title: parent.title, href: hrefFor("page", parent.slug) },
      children: published.filter((child) => child.parent?._id === page._id).map(summary),
      files: page.files.map((file) => renderer.download(file)),
    };
  });
}

/** The news, newest first (as the content package gives it). */
export function newsViews(news: readonly NewsItem[], renderer: PageRenderer): NewsView[] {
  return news.map((item) => ({
    title: item.title,
    slug: item.slug,
    href: hrefFor("newsItem", item.slug),
    publishedAt: item.publishedAt,
    summary: item.summary,
    description: describe(item.summary, item.body, item.title),
    html: renderer.render(item.body, item._id).html,
    themes: item.themes.map(themeLink),
    files: item.files.map((file) => renderer.download(file)),
    sample: item.sample,
  }));
}
