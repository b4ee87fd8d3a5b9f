/**
 * The news as an Atom feed (`/nieuws/feed.xml`), written by the `feed` package: absolute links on the site's address,
 * each entry's id its page's address, updated at its publication.
 */
import { newsFeedPath, routePaths } from "@gastvrij/content/model";
import { Feed } from "feed";
import type { NewsView } from "./types";

export interface FeedOptions {
  /** The site's address (`Astro.site`). */
  site: string | URL;
  /** The site's name and description (site settings). */
  title: string;
  description: string;
  organisationName: string;
  contactEmail?: string;
  /** When the feed changed when there is no news: the build's moment. */
  builtAt: string;
}

/** Whether XML 1.0 allows a character: not a control character (but tab and line breaks), not U+FFFE or U+FFFF. */
const allowedInXml = (code: number): boolean =>
  code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);

/** Text as XML 1.0 allows it: control characters removed, unpaired surrogates replaced (`toWellFormed`). */
const xmlText = (text: string): string =>
  [...text.toWellFormed()].filter((char) => allowedInXml(char.codePointAt(0) ?? 0)).join("");

/** Text for a field the feed marks as HTML (`type="html"`): escaped, so a reader shows it as the text it is. */
const htmlText = (text: string): string =>
  xmlText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The Atom feed of `news` (newest first). */
export function newsFeed(news: readonly NewsView[], options: FeedOptions): string {
  const address = (path: string) => new URL(path, options.site).href;
  const newest = news[0]?.publishedAt ?? options.builtAt;
  const feed = new Feed({
    id: address(routePaths.newsItem),
    title: xmlText(`Nieuws van ${options.title}`),
    description: xmlText(options.description),
    link: address(routePaths.newsItem),
    feedLinks: { atom: address(newsFeedPath) },
    language: "nl",
    updated: new Date(newest),
    generator: false,
    author: {
      name: xmlText(options.organisationName),
      ...(options.contactEmail ? { email: xmlText(options.contactEmail) } : {}),
    },
    copyright: xmlText(options.organisationName),
    favicon: address("/favicon.svg"),
  });
  for (const item of news) {
    const url = address(item.href);
    feed.addItem({
      title: htmlText(item.title),
      id: url,
      link: url,
      date: new Date(item.publishedAt),
      published: new Date(item.publishedAt),
      description: htmlText(item.summary),
      // Categories by the theme's slug (a safe word); the title goes in the label, which `feed` leaves unescaped for
      // `<`, so a title with one gets no label.
      category: item.themes.map((theme) => ({
        term: theme.slug,
        scheme: address(routePaths.theme),
        ...(theme.title.includes("<") ? {} : { name: xmlText(theme.title) }),
      })),
    });
  }
  return feed.atom1();
}
