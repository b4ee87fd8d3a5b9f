import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { newsFeed } from "./feed";
import type { NewsView } from "./types";

const item = (slug: string, publishedAt: string, extra: Partial<NewsView> = {}): NewsView => ({
  title: `Bericht ${slug}`,
  slug,
  href: `/nieuws/${slug}/`,
  publishedAt,
  summary: `Samenvatting ${slug}`,
  description: "",
  html: "<p>Tekst</p>",
  themes: [],
  files: [],
  sample: false,
  ...extra,
});

const options = {
  site: "https://www.gastvrijnetwerk.be",
  title: "Gastvrij Netwerk",
  description: "Het netwerk",
  organisationName: "Gastvrij Netwerk vzw",
  contactEmail: "info@example.org",
  builtAt: "2026-11-20T10:00:00.000Z",
};

const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    isArray: (name) => ["entry", "link", "category"].includes(name),
  }).parse(xml).feed;
};

describe("the news feed (Atom)", () => {
  it("gives each entry its page's address as id and link, updated at its publication", () => {
    const feed = parse(newsFeed([item("b", "2026-11-02T09:00:00Z"), item("a", "2026-10-01T08:00:00+02:00")], options));
    expect(feed.id).toBe("https://www.gastvrijnetwerk.be/nieuws/");
    expect(feed.updated).toBe("2026-11-02T09:00:00.000Z");
    expect(feed.link).toEqual([
      { rel: "alternate", href: "https://www.gastvrijnetwerk.be/nieuws/" },
      { rel: "self", href: "https://www.gastvrijnetwerk.be/nieuws/feed.xml" },
    ]);
    expect(feed.entry.map((entry: { id: string }) => entry.id)).toEqual([
      "https://www.gastvrijnetwerk.be/nieuws/b/",
      "https://www.gastvrijnetwerk.be/nieuws/a/",
    ]);
    expect(feed.entry[1].link).toEqual([{ href: "https://www.gastvrijnetwerk.be/nieuws/a/" }]);
    expect(feed.entry[1].updated).toBe("2026-10-01T06:00:00.000Z");
  });

  it("is updated at the build when there is no news", () => {
    const feed = parse(newsFeed([], options));
    expect(feed.updated).toBe(options.builtAt);
    expect(feed.entry).toBeUndefined();
  });

  it("stays well-formed XML and shows markup in text as text", () => {
    const hostile = '<script>alert(1)</script> ]]> & \u0001\u0008\ud800 "quotes"';
    const xml = newsFeed(
      [
        item("x", "2026-11-02T09:00:00Z", {
          title: hostile,
          summary: hostile,
          themes: [
            { title: "Wonen & <werk>", slug: "wonen", href: "/themas/wonen/" },
            { title: 'Werk "nu"', slug: "werk", href: "/themas/werk/" },
          ],
        }),
      ],
      { ...options, title: hostile, organisationName: hostile },
    );
    expect(xml).not.toContain("<script");
    const feed = parse(xml);
    const entry = feed.entry[0];
    // type="html": the text is escaped once, so a reader shows the characters, not markup.
    expect(entry.title["#text"]).toBe('&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; \ufffd "quotes"');
    expect(entry.category).toEqual([
      { term: "wonen", scheme: "https://www.gastvrijnetwerk.be/themas/" },
      { term: "werk", scheme: "https://www.gastvrijnetwerk.be/themas/", label: 'Werk "nu"' },
    ]);
  });
});
