// The network's own pages, files and news, the menus from the site settings and the sample mark, in a site built
// from the embedded dataset plus a few documents of our own (a temporary export: pages under a parent, news, files
// of every kind, a custom main menu and footer, sample marks on one document of each type), on a public address.
// Read by parsing: HTML with rehype (parse5), the Atom feed with fast-xml-parser; the search, axe and the HTML
// checker on the new page types.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleMark } from "@gastvrij/content/model";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Element, Root } from "hast";
import { select, selectAll } from "hast-util-select";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaticServer } from "../scripts/src/lib/static-server.js";
import { serveStatic } from "../scripts/src/lib/static-server.js";
import {
  axeViolations,
  buildSite,
  checkFileLinks,
  fileOfPage,
  launchBrowser,
  parsePage,
  repoRoot,
  sitePages,
  textOf,
} from "./e2e/site.js";

const siteUrl = "https://www.gastvrijnetwerk.example";
const embedded = join(repoRoot, "packages", "content", "dataset", "embedded");

type Doc = Record<string, unknown> & { _id: string; _type: string };
let key = 0;
const span = (text: string) => ({ _type: "span", _key: `s${++key}`, text, marks: [] });
const block = (text: string, style = "normal") => ({
  _type: "block",
  _key: `b${++key}`,
  style,
  markDefs: [],
  children: [span(text)],
});
const ref = (id: string) => ({ _type: "reference", _ref: id });
const slug = (current: string) => ({ _type: "slug", current });
const file = (title: string, name: string) => ({
  _type: "file",
  _key: `f${++key}`,
  title,
  _sanityAsset: `file@file://./files/${encodeURIComponent(name)}`,
});

/** The files of the export and their sizes: a PDF, a Word file with an unsafe name, a small text file. */
const files = {
  statutes: { name: "statuten-2026.pdf", bytes: 1_234_567 },
  form: { name: "Inschrijvingsformulier lid (def).DOCX", bytes: 48_213 },
  program: { name: "programma.txt", bytes: 512 },
  report: { name: "verslag-2026.pdf", bytes: 4_480 },
};

const pages: Doc[] = [
  {
    _id: "page-over-ons",
    _type: "page",
    title: "Over ons",
    slug: slug("over-ons"),
    summary: "Wie we zijn en hoe het netwerk werkt.",
    order: 1,
    body: [block("Ons verhaal", "h2"), block("Gastvrij Netwerk verbindt lokale groepen van vrijwilligers.")],
  },
  {
    _id: "page-lid-worden",
    _type: "page",
    title: "Lid worden",
    slug: slug("lid-worden"),
    summary: "Zo wordt je groep lid van het netwerk: wat het vraagt en wat het je geeft.",
    order: 2,
    parent: ref("page-over-ons"),
    body: [block("Elke lokale groep kan lid worden. Vul het formulier in en stuur het ons.")],
    files: [file("Statuten", files.statutes.name), file("Inschrijvingsformulier", files.form.name)],
    sample: true,
  },
  {
    _id: "page-contact",
    _type: "page",
    title: "Contact",
    slug: slug("contact"),
    summary: "Hoe je ons bereikt.",
    order: 1,
    parent: ref("page-over-ons"),
    body: [block("Mail of bel ons op werkdagen.")],
  },
  {
    _id: "page-projecten",
    _type: "page",
    title: "Projecten",
    slug: slug("projecten"),
    summary: "Waar het netwerk samen aan werkt.",
    order: 2,
    body: [block("Samen met onze leden werken we aan projecten rond wonen en werk.")],
  },
];

const news: Doc[] = [
  {
    _id: "news-groepen",
    _type: "newsItem",
    title: "Tien groepen werden dit jaar lid",
    slug: slug("tien-nieuwe-leden"),
    publishedAt: "2026-11-02T09:00:00Z",
    summary: "Het netwerk groeit: tien lokale groepen sloten zich aan.",
    body: [block("Wil je groep ook lid worden? Lees hoe dat gaat op de pagina over het lidmaatschap.")],
    themes: [ref("theme-vrijwilligerswerk")],
  },
  {
    _id: "news-toolkit",
    _type: "newsItem",
    title: "Vrijwilligers & buren <samen>: nieuwe toolkit",
    slug: slug("nieuwe-toolkit"),
    publishedAt: "2026-10-01T08:00:00Z",
    summary: "De tweede editie van de toolkit is er, met een hoofdstuk over wonen.",
    body: [block("Wat is nieuw", "h2"), block("Nieuwe paragrafen over wonen en werk.")],
    themes: [ref("theme-wonen"), ref("theme-werk")],
    files: [file("Programma van de voorstelling", files.program.name)],
    sample: true,
  },
  {
    _id: "news-zomer",
    _type: "newsItem",
    title: "Zomerstop van het secretariaat",
    slug: slug("zomerstop"),
    publishedAt: "2026-07-01T08:00:00Z",
    summary: "Het secretariaat is in juli gesloten.",
    body: [block("We zijn terug in augustus.")],
  },
  {
    _id: "news-oud",
    _type: "newsItem",
    title: "Nieuwe website",
    slug: slug("nieuwe-website"),
    publishedAt: "2026-03-15T10:00:00Z",
    summary: "De site van het netwerk is vernieuwd.",
    body: [block("Alles staat nu op één plek.")],
  },
];

/** One document of each type with the sample mark, and the event that gets files and a report with headings. */
const marked = {
  tool: "tool-budgetplanner",
  event: "event-netwerkdag-2026",
  signal: "signal-huurwaarborg-ocmw",
  section: "",
  supplement: "supplement-energie-en-water",
};
const reportEvent = "event-netwerkdag-2026";
const allDayEvent = "event-netwerkdag-2019";

/** `value` with every reference to a document of `gone` made weak (a link that no longer resolves keeps its words). */
function weaken(value: unknown, gone: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => weaken(item, gone));
  if (value === null || typeof value !== "object") return value;
  const record = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, weaken(child, gone)]));
  return typeof record._ref === "string" && gone.has(record._ref) ? { ...record, _weak: true } : record;
}

/**
 * A copy of the embedded export with our documents, settings and files. The export's own pages and news are left
 * out and its sample marks taken off, so what the tests expect does not move with the sample content.
 */
function makeDataset(dir: string): void {
  cpSync(embedded, dir, { recursive: true });
  for (const { name, bytes } of Object.values(files)) {
    writeFileSync(join(dir, "files", name), Buffer.alloc(bytes, name));
  }
  const all = readFileSync(join(dir, "data.ndjson"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Doc);
  const own = (doc: Doc) => doc._type === "page" || doc._type === "newsItem";
  const gone = new Set(all.filter(own).map((doc) => doc._id));
  const docs = all.filter((doc) => !own(doc)).map(({ sample: _sample, ...doc }) => weaken(doc, gone) as Doc);
  const sections = docs.filter((doc) => doc._type === "toolkitSection");
  marked.section = sections[0]?._id ?? "";
  const changed = docs.map((doc): Doc => {
    if (doc._id === "siteSettings") {
      return {
        ...doc,
        phone: "+32 2 123 45 67",
        mainMenu: [
          { _type: "menuLink", _key: "m1", label: "Over ons", target: ref("page-over-ons") },
          { _type: "menuLink", _key: "m2", label: "Toolkit", url: "/toolkit/" },
          { _type: "menuLink", _key: "m3", label: "Nieuws", url: "/nieuws/" },
          { _type: "menuLink", _key: "m4", label: "Bericht", target: ref("news-toolkit") },
          { _type: "menuLink", _key: "m5", label: "Elders", url: "https://example.org/" },
        ],
        footerLinks: [
          { _type: "menuLink", _key: "v1", label: "Contact", target: ref("page-contact") },
          { _type: "menuLink", _key: "v2", label: "Privacy", url: "/projecten/" },
        ],
      };
    }
    const sample = Object.values(marked).includes(doc._id) ? { sample: true } : {};
    if (doc._id === marked.tool) return { ...doc, ...sample, files: [file("Budgetplanner (Word)", files.form.name)] };
    if (doc._id === reportEvent) {
      return {
        ...doc,
        ...sample,
        files: [file("Programma", files.program.name)],
        reportFile: {
          _type: "file",
          title: "Verslagboek 2026",
          _sanityAsset: `file@file://./files/${files.report.name}`,
        },
        report: [block("Wat we leerden", "h2"), block("Veel."), block("Over wonen", "h3"), block("Nog meer.")],
      };
    }
    // A date without an hour.
    if (doc._id === allDayEvent)
      return { ...doc, ...sample, start: "2019-11-22T23:00:00.000Z", end: null, allDay: true };
    return { ...doc, ...sample };
  });
  const lines = [...changed, ...pages, ...news].map((doc) => JSON.stringify(doc));
  writeFileSync(join(dir, "data.ndjson"), `${lines.join("\n")}\n`);
}

let work: string;
let site: string;
const page = (path: string): Root => parsePage(path, site);
const text = (node: Root | Element | undefined) => (node ? textOf(node).replace(/\s+/g, " ").trim() : "");
const main = (path: string) => select("main", page(path)) as Element;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "gastvrij-pages-"));
  const dataset = join(work, "dataset");
  makeDataset(dataset);
  site = join(work, "site");
  await buildSite({
    outDir: site,
    env: { GASTVRIJ_DATASET: dataset, GASTVRIJ_SITE_URL: siteUrl, SANITY_PROJECT_ID: "" },
  });
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("the organisation's own pages", () => {
  it("lives at /<slug>/, with breadcrumbs under its parent and none at the top", () => {
    const join = page("/lid-worden/");
    expect(text(select("h1", join))).toBe("Lid worden");
    const crumbs = selectAll(".crumbs a", join).map((a) => [text(a), a.properties.href]);
    expect(crumbs).toEqual([
      ["Home", "/"],
      ["Over ons", "/over-ons/"],
    ]);
    expect(select(".crumbs", page("/over-ons/"))).toBeUndefined();
    expect(text(select("main .prose", join))).toContain("Elke lokale groep kan lid worden.");
  });

  it("lists the pages under a parent on the parent's page, by order", () => {
    const children = selectAll("main .card h3 a", page("/over-ons/")).map((a) => a.properties.href);
    expect(children).toEqual(["/contact/", "/lid-worden/"]);
    expect(selectAll("main .card", page("/projecten/"))).toEqual([]);
  });

  it("renders the body with the toolkit's renderer (heading ids, a table of contents)", () => {
    const about = page("/over-ons/");
    expect(select("main .prose h2", about)?.properties.id).toBe("ons-verhaal");
    expect(selectAll(".toc a", about).map((a) => a.properties.href)).toEqual(["#ons-verhaal"]);
  });

  it("never takes the address of another part of the site", () => {
    expect(sitePages(site)).toEqual(expect.arrayContaining(["/over-ons/", "/lid-worden/", "/contact/", "/projecten/"]));
    expect(text(select("h1", page("/toolkit/")))).not.toBe("Over ons");
  });
});

describe("files", () => {
  it("publishes every linked file under /bestanden/<hash>/<safe name>, its type and size beside the link", () => {
    const { links, problems } = checkFileLinks(site);
    expect(problems).toEqual([]);
    const seen = (path: string) => links.filter((link) => link.page === path).map((link) => [link.title, link.facts]);
    expect(seen("/lid-worden/")).toEqual([
      ["Statuten", "(pdf, 1,2 MB)"],
      ["Inschrijvingsformulier", "(docx, 48 kB)"],
    ]);
    expect(seen("/nieuws/nieuwe-toolkit/")).toEqual([["Programma van de voorstelling", "(txt, 512 bytes)"]]);
    expect(seen("/tools/budgetplanner/")).toEqual([["Budgetplanner (Word)", "(docx, 48 kB)"]]);
    expect(seen("/agenda/netwerkdag-2026/")).toEqual([
      ["Verslagboek 2026", "(pdf, 4,5 kB)"],
      ["Programma", "(txt, 512 bytes)"],
    ]);
    const form = links.find((link) => link.title === "Inschrijvingsformulier");
    expect(form?.href).toMatch(/^\/bestanden\/[0-9a-f]{8}\/inschrijvingsformulier-lid-def\.docx$/);
    // The same bytes have one address wherever they are linked.
    expect(new Set(links.filter((link) => link.facts === "(docx, 48 kB)").map((link) => link.href)).size).toBe(1);
  });

  it("copies the bytes as they are", () => {
    const { links } = checkFileLinks(site);
    const statutes = links.find((link) => link.title === "Statuten");
    if (!statutes) throw new Error("no link to the statutes");
    const copied = readFileSync(join(site, statutes.href));
    expect(copied.equals(Buffer.alloc(files.statutes.bytes, files.statutes.name))).toBe(true);
  });
});

describe("news", () => {
  it("lists the news newest first, with date and summary", () => {
    const cards = selectAll("main .card", page("/nieuws/"));
    expect(cards.map((card) => select("h2 a", card)?.properties.href)).toEqual([
      "/nieuws/tien-nieuwe-leden/",
      "/nieuws/nieuwe-toolkit/",
      "/nieuws/zomerstop/",
      "/nieuws/nieuwe-website/",
    ]);
    expect(select("time", cards[0])?.properties.dateTime).toBe("2026-11-02T09:00:00Z");
    expect(text(select("time", cards[0]))).toBe("2 november 2026");
    expect(text(cards[0])).toContain("Het netwerk groeit");
  });

  it("shows an item with its date, themes, body and files", () => {
    const item = main("/nieuws/nieuwe-toolkit/");
    expect(text(select("h1", item))).toBe("Vrijwilligers & buren <samen>: nieuwe toolkit");
    expect(text(select("time", item))).toBe("1 oktober 2026");
    expect(selectAll(".tags a", item).map((a) => a.properties.href)).toEqual(["/themas/wonen/", "/themas/werk/"]);
    expect(text(select(".prose", item))).toContain("Nieuwe paragrafen over wonen en werk.");
  });

  it("puts the newest three on the home page", () => {
    const home = page("/");
    const section = select('section[aria-labelledby="pg-nieuws-kop"]', home);
    expect(selectAll(".card h3 a", section).map((a) => a.properties.href)).toEqual([
      "/nieuws/tien-nieuwe-leden/",
      "/nieuws/nieuwe-toolkit/",
      "/nieuws/zomerstop/",
    ]);
  });

  it("publishes an Atom feed on the site's address, announced on every page", () => {
    const xml = readFileSync(join(site, "nieuws", "feed.xml"), "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/localhost|127\.0\.0\.1/);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      isArray: (name) => name === "entry" || name === "link" || name === "category",
    }).parse(xml);
    const feed = parsed.feed;
    expect(feed.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`${siteUrl}/nieuws/`);
    expect(feed.link).toContainEqual({ rel: "self", href: `${siteUrl}/nieuws/feed.xml` });
    expect(feed.updated).toBe("2026-11-02T09:00:00.000Z");
    const entries = feed.entry as {
      id: string;
      link: { href: string }[];
      updated: string;
      title: { "#text": string };
    }[];
    expect(entries.map((entry) => entry.id)).toEqual(
      news.map((item) => `${siteUrl}/nieuws/${(item.slug as { current: string }).current}/`),
    );
    for (const [index, entry] of entries.entries()) {
      expect(entry.link[0]?.href).toBe(entry.id);
      expect(entry.updated).toBe(new Date(news[index]?.publishedAt as string).toISOString());
      const path = new URL(entry.id).pathname;
      expect(existsSync(fileOfPage(path, site)), path).toBe(true);
    }
    // A title marked as HTML is escaped, so a feed reader shows it as the text it is.
    expect(entries[1]?.title["#text"]).toBe("Vrijwilligers &amp; buren &lt;samen&gt;: nieuwe toolkit");
    for (const path of sitePages(site)) {
      const link = select('link[rel="alternate"][type="application/atom+xml"]', page(path));
      expect(link?.properties.href, path).toBe("/nieuws/feed.xml");
    }
  });
});

describe("navigation from the site settings", () => {
  it("builds the main menu from the settings and marks the current page", () => {
    const nav = (path: string) =>
      selectAll('nav[aria-label="Hoofdmenu"] a', page(path)).map((a) => [
        text(a),
        a.properties.href,
        a.properties.ariaCurrent ?? null,
      ]);
    expect(nav("/over-ons/")).toEqual([
      ["Over ons", "/over-ons/", "page"],
      ["Toolkit", "/toolkit/", null],
      ["Nieuws", "/nieuws/", null],
      ["Bericht", "/nieuws/nieuwe-toolkit/", null],
      ["Elders", "https://example.org/", null],
      ["Zoeken", "/zoeken/", null],
    ]);
    // A page under a parent marks the parent; a news item its own item before the news.
    expect(
      nav("/lid-worden/")
        .filter(([, , current]) => current)
        .map(([label]) => label),
    ).toEqual(["Over ons"]);
    expect(
      nav("/nieuws/nieuwe-toolkit/")
        .filter(([, , current]) => current)
        .map(([label]) => label),
    ).toEqual(["Bericht"]);
    expect(
      nav("/nieuws/zomerstop/")
        .filter(([, , current]) => current)
        .map(([label]) => label),
    ).toEqual(["Nieuws"]);
    expect(nav("/agenda/").filter(([, , current]) => current)).toEqual([]);
  });

  it("builds the footer from the settings, with organisation, address, e-mail and phone", () => {
    const footer = select("footer", page("/")) as Element;
    expect(selectAll("nav a", footer).map((a) => [text(a), a.properties.href])).toEqual([
      ["Contact", "/contact/"],
      ["Privacy", "/projecten/"],
    ]);
    const address = select("address", footer);
    expect(text(address)).toContain("Gastvrij Netwerk vzw");
    expect(text(address)).toContain("Voorbeeldstraat 1");
    expect(select('a[href="mailto:info@example.org"]', address)).toBeDefined();
    expect(text(select('a[href="tel:+3221234567"]', address))).toBe("+32 2 123 45 67");
  });
});

describe("the sample mark", () => {
  const note = `${sampleMark.label}: ${sampleMark.text}`;
  const markedPages = [
    "/lid-worden/",
    "/nieuws/nieuwe-toolkit/",
    "/tools/budgetplanner/",
    "/agenda/netwerkdag-2026/",
    "/signalen/huurwaarborg-ocmw/",
    "/toolkit/bijlage/energie-en-water/",
  ];

  it("shows a labelled note at the top of every sample document's page, and on no other", () => {
    for (const path of markedPages) {
      const mark = select('main [role="note"].sample-note', page(path));
      expect(text(mark), path).toBe(note);
    }
    for (const path of ["/over-ons/", "/nieuws/zomerstop/", "/tools/", "/agenda/vorming-signaleren-naar-beleid/"]) {
      expect(select(".sample-note", page(path)), path).toBeUndefined();
    }
    // The site-wide note stays.
    expect(text(select("footer", page("/over-ons/")))).toContain("Dit is voorbeeldinhoud");
  });

  it("puts a short badge on the cards of sample documents", () => {
    const badged = (path: string) =>
      selectAll("main li", page(path))
        .filter((item) => select(".sample-badge", item))
        .map((item) => select("a", item)?.properties.href);
    expect(badged("/nieuws/")).toEqual(["/nieuws/nieuwe-toolkit/"]);
    expect(badged("/tools/")).toEqual(["/tools/budgetplanner/"]);
    expect(badged("/signalen/")).toEqual(["/signalen/huurwaarborg-ocmw/"]);
    expect(badged("/over-ons/")).toEqual(["/lid-worden/"]);
    expect(badged("/agenda/")).toContain("/agenda/netwerkdag-2026/");
    expect(badged("/toolkit/")).toEqual(expect.arrayContaining(["/toolkit/bijlage/energie-en-water/"]));
    expect(badged("/toolkit/")).toHaveLength(2);
    const badge = select(".sample-badge", page("/tools/"));
    expect(text(badge)).toBe("Voorbeeld (verzonnen inhoud)");
  });
});

describe("an event page", () => {
  it("puts the report's headings one level below 'Verslag', with the report book and the files", () => {
    const event = main("/agenda/netwerkdag-2026/");
    const report = select('section[aria-labelledby="pg-verslag-kop"]', event) as Element;
    expect(text(select("h2", report))).toBe("Verslag");
    expect(selectAll(".prose :is(h2, h3, h4)", report).map((h) => [h.tagName, text(h)])).toEqual([
      ["h3", "Wat we leerden"],
      ["h4", "Over wonen"],
    ]);
    expect(text(select("h3#pg-verslagboek-kop", report))).toBe("Verslagboek");
    expect(text(select("a.file-link", report))).toBe("Verslagboek 2026");
  });

  it("writes times as '9.30–16.30 uur' and never wraps them", () => {
    const event = main("/agenda/netwerkdag-2026/");
    const when = select(".facts time", event);
    const times = select(".nowrap", when as Element);
    expect(textOf(times as Element)).toMatch(/^\d{1,2}\.\d{2}–\d{1,2}\.\d{2}\u00a0uur$/);
    for (const path of sitePages(site)) {
      for (const time of selectAll("time", page(path))) expect(text(time), path).not.toMatch(/\d:\d\d/);
    }
  });

  it("gives a date without an hour as the day alone", () => {
    const when = select(".facts time", main("/agenda/netwerkdag-2019/"));
    expect(text(when)).toBe("zaterdag 23 november 2019");
    expect(when?.properties.dateTime).toBe("2019-11-23");
    const card = selectAll("main .card", page("/agenda/")).find(
      (item) => select("h3 a", item)?.properties.href === "/agenda/netwerkdag-2019/",
    );
    expect(text(select("time", card))).toBe("zaterdag 23 november 2019");
  });
});

describe("search, accessibility and valid HTML of the new pages", () => {
  let server: StaticServer;
  let browser: Browser;
  const newPages = [
    "/",
    "/over-ons/",
    "/lid-worden/",
    "/nieuws/",
    "/nieuws/nieuwe-toolkit/",
    "/agenda/netwerkdag-2026/",
  ];

  beforeAll(async () => {
    server = await serveStatic(site, { host: "127.0.0.1", port: 0 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const tab = await browser.newPage();
    const response = await tab.goto(new URL(path, server.url).href);
    expect(response?.status(), path).toBe(200);
    return tab;
  }

  it("finds the join page first for 'lid worden', and news too", async () => {
    const tab = await open("/zoeken/?q=lid%20worden");
    const first = tab.locator("#zoek-resultaten a").first();
    await first.waitFor();
    expect(await first.getAttribute("href")).toBe("/lid-worden/");
    await tab.goto(new URL("/zoeken/?q=zomerstop", server.url).href);
    await tab.locator("#zoek-resultaten a").first().waitFor();
    expect(await tab.locator("#zoek-resultaten a").first().getAttribute("href")).toBe("/nieuws/zomerstop/");
    await tab.close();
  });

  it("has no axe-core violations", async () => {
    for (const path of newPages) {
      const tab = await open(path);
      expect(await axeViolations(tab), path).toEqual([]);
      await tab.close();
    }
  });

  it("validates with the Nu Html Checker", () => {
    const jar = createRequire(import.meta.url)
      .resolve("vnu-jar")
      .replace(/vnu-jar\.js$/, "build/dist/vnu.jar");
    const result = spawnSync(
      "java",
      ["-jar", jar, "--errors-only", "--format", "json", ...newPages.map((path) => fileOfPage(path, site))],
      { encoding: "utf8", timeout: 120_000 },
    );
    const report = JSON.parse(result.stderr || result.stdout || '{"messages":[]}') as {
      messages: { url: string; message: string; extract?: string }[];
    };
    expect(report.messages.map((m) => `${m.url.replace(/.*\/site/, "")}: ${m.message} (${m.extract ?? ""})`)).toEqual(
      [],
    );
  });
});
