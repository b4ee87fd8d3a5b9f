// The built site as files: every page has a Dutch title and description, no JavaScript outside the search page,
// small pages, valid HTML (Nu Html Checker), the feeds, the sitemap and the search index.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { hrefFor, openContent } from "@gastvrij/content";
import { sampleMark, type ToolkitPdfPart, toolkitPdfHref } from "@gastvrij/content/model";
import { select, selectAll } from "hast-util-select";
import { beforeAll, describe, expect, it } from "vitest";
import { checkFileLinks, distDir, ensureBuilt, parsePage, sitePages, templatePages, textOf } from "./e2e/site.js";

const fileOf = (page: string) => join(distDir, page.endsWith("/") ? `${page}index.html` : page);
const html = (page: string) => readFileSync(fileOf(page), "utf8");

describe("the built site (apps/web/dist)", () => {
  beforeAll(() => ensureBuilt());

  it("has every kind of page, with lang=nl, a title and a meta description", () => {
    const pages = sitePages();
    expect(pages.length).toBeGreaterThan(20);
    for (const page of templatePages()) expect(pages).toContain(page);
    for (const page of pages) {
      const text = html(page);
      expect(text, page).toContain('<html lang="nl"');
      expect(text, page).toMatch(/<title>[^<]{3,}<\/title>/);
      const description = text.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? "";
      expect(description.length, `${page} has a meta description`).toBeGreaterThan(20);
    }
  });

  it("ships no JavaScript except the search page's use of Pagefind", () => {
    for (const page of sitePages()) {
      const scripts = html(page).match(/<script\b/g) ?? [];
      expect(scripts.length, page).toBe(page === "/zoeken/" ? 1 : 0);
    }
    const astroAssets = readdirSync(join(distDir, "_astro"));
    expect(astroAssets.filter((name) => name.endsWith(".js"))).toEqual([]);
    expect(astroAssets.filter((name) => name.endsWith(".css"))).toHaveLength(1);
  });

  it("keeps HTML plus CSS of every page at or below 40 KB compressed", () => {
    const cssName = readdirSync(join(distDir, "_astro")).find((name) => name.endsWith(".css")) ?? "";
    const css = gzipSync(readFileSync(join(distDir, "_astro", cssName))).length;
    for (const page of sitePages()) {
      const size = gzipSync(readFileSync(fileOf(page))).length + css;
      expect(size, `${page}: ${size} bytes`).toBeLessThanOrEqual(40 * 1024);
    }
  });

  it("resolves internal links to pages that exist", () => {
    const pages = new Set(sitePages());
    const files = new Set([
      "/agenda/agenda.ics",
      "/toolkit/gastvrij-netwerk-toolkit.pdf",
      "/favicon.svg",
      "/nieuws/feed.xml",
    ]);
    for (const page of sitePages()) {
      for (const [, href] of html(page).matchAll(/href="(\/[^"#?]*)/g)) {
        if (!href || files.has(href) || href.startsWith("/_astro/")) continue;
        // The toolkit's PDFs are in dist too: `export-pdf --all` wrote them (ensureBuilt).
        if (
          /\.(ics|svg|png|jpe?g|webp|gif)$/.test(href) ||
          /^\/toolkit\/[^/]+\.pdf$/.test(href) ||
          href.startsWith("/bestanden/")
        ) {
          expect(existsSync(join(distDir, decodeURIComponent(href))), `${page} → ${href}`).toBe(true);
          continue;
        }
        expect(pages.has(decodeURI(href)), `${page} links to ${href}`).toBe(true);
      }
    }
  });

  it("lists every toolkit PDF on /toolkit/ and links each chapter, section and supplement page to its part's PDF", async () => {
    const edition = await (await openContent()).getToolkitEdition();
    const supplements = edition.chapters.flatMap((chapter) =>
      chapter.sections.flatMap((section) => section.supplements.map((supplement) => ({ section, supplement }))),
    );
    const parts: (ToolkitPdfPart | undefined)[] = [
      undefined,
      ...edition.chapters.map((chapter): ToolkitPdfPart => ({ kind: "chapter", number: chapter.number })),
      ...supplements.map(
        ({ section, supplement }): ToolkitPdfPart => ({
          kind: "supplement",
          sectionNumber: section.number,
          slug: supplement.slug,
        }),
      ),
    ];
    const tree = parsePage("/toolkit/");
    const listed = selectAll("ul.toolkit-pdfs a.pdf-link", tree).map((a) => a.properties.href);
    expect(listed).toEqual(parts.flatMap((part) => [toolkitPdfHref(part, "a4"), toolkitPdfHref(part, "a5-booklet")]));
    expect(listed).toContain("/toolkit/gastvrij-netwerk-toolkit-hoofdstuk-3-a5-boekje.pdf");
    const rows = selectAll("ul.toolkit-pdfs li", tree).map((li) => textOf(li).replace(/\s+/g, " "));
    expect(rows[0]).toMatch(
      /^Hele toolkit \(pdf(, [\d,]+ (kB|MB))?\) · A5-boekje van Hele toolkit \(pdf(, [\d,]+ (kB|MB))?\)$/,
    );
    const chapter3 = edition.chapters.find((chapter) => chapter.number === 3);
    expect(rows.some((row) => row.startsWith(`Hoofdstuk 3. ${chapter3?.title} (pdf`))).toBe(true);

    const pdfLinks = (page: string) => selectAll("a.pdf-link", parsePage(page)).map((a) => a.properties.href);
    let pages = 0;
    for (const chapter of edition.chapters) {
      const href = toolkitPdfHref({ kind: "chapter", number: chapter.number });
      expect(pdfLinks(hrefFor("toolkitChapter", chapter.slug)), `chapter ${chapter.number}`).toEqual([href]);
      for (const section of chapter.sections) {
        expect(pdfLinks(hrefFor("toolkitSection", section.slug)), `section ${section.number}`).toEqual([href]);
        pages += 1;
      }
    }
    for (const { section, supplement } of supplements) {
      expect(pdfLinks(hrefFor("toolkitSupplement", supplement.slug)), supplement.title).toEqual([
        toolkitPdfHref({ kind: "supplement", sectionNumber: section.number, slug: supplement.slug }),
      ]);
    }
    expect(pages).toBeGreaterThan(10);
    expect(supplements.length).toBeGreaterThan(0);
  });

  it("publishes the calendar feed, one .ics per event, the sitemap and the Pagefind index", () => {
    const feed = readFileSync(join(distDir, "agenda", "agenda.ics"), "utf8");
    expect(feed).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(feed).toContain("BEGIN:VEVENT");
    const eventPages = sitePages().filter((page) => /^\/agenda\/[^/]+\/$/.test(page));
    expect(eventPages.length).toBeGreaterThan(0);
    for (const page of eventPages) {
      const ics = readFileSync(join(distDir, `${page.slice(0, -1)}.ics`), "utf8");
      expect(ics, page).toContain("BEGIN:VEVENT");
      // A page links its calendar file while the event is coming; a past event invites no one (tests/web-time.test.ts).
      const link = `href="${page.slice(0, -1)}.ics"`;
      if (html(page).includes("Deze activiteit is voorbij.")) expect(html(page), page).not.toContain(link);
      else expect(html(page), page).toContain(link);
    }
    const sitemap = readFileSync(join(distDir, "sitemap-0.xml"), "utf8");
    expect(sitemap).toContain("/toolkit/</loc>");
    expect(sitemap).not.toContain("/zoeken/");
    expect(existsSync(join(distDir, "pagefind", "pagefind.js"))).toBe(true);
    const indexed = readdirSync(join(distDir, "pagefind", "fragment")).length;
    expect(indexed).toBeGreaterThan(10);
  });

  it("links every file with its type and size, and the file is in the build with that size", () => {
    const { problems } = checkFileLinks();
    expect(problems).toEqual([]);
  });

  it("takes the main menu and the footer from the site settings, or the defaults when they give none", async () => {
    const settings = await (await openContent()).getSiteSettings();
    const resolve = (links: typeof settings.mainMenu) =>
      links.flatMap((link) => {
        const href = link.target ? hrefFor(link.target._type, link.target.slug) : link.url;
        return href ? [[link.label, href]] : [];
      });
    const main = resolve(settings.mainMenu);
    // The search page ends the main menu whatever the settings say.
    const expected =
      main.length > 0
        ? [...main, ["Zoeken", "/zoeken/"]]
        : [
            ["Toolkit", "/toolkit/"],
            ["Tools", "/tools/"],
            ["Agenda", "/agenda/"],
            ["Nieuws", "/nieuws/"],
            ["Signalen", "/signalen/"],
            ["Thema’s", "/themas/"],
            ["Zoeken", "/zoeken/"],
          ];
    const footer = resolve(settings.footerLinks);
    for (const page of ["/", "/toolkit/", "/404.html"]) {
      const tree = parsePage(page);
      const nav = selectAll('nav[aria-label="Hoofdmenu"] a', tree).map((a) => [textOf(a), a.properties.href]);
      expect(nav, page).toEqual(expected);
      const links = selectAll("footer nav a", tree).map((a) => [textOf(a), a.properties.href]);
      if (footer.length > 0) expect(links, page).toEqual(footer);
      else
        expect(
          links.slice(0, 2).map(([, href]) => href),
          page,
        ).toEqual(["/toolkit/gastvrij-netwerk-toolkit.pdf", "/agenda/agenda.ics"]);
    }
  });

  it("marks every sample document on its page, and no other", async () => {
    const content = await openContent();
    const [edition, tools, events, signals, pages, news] = await Promise.all([
      content.getToolkitEdition(),
      content.getTools(),
      content.getEvents(),
      content.getSignals(),
      content.getPages(),
      content.getNews(),
    ]);
    const documents = [
      ...edition.chapters.map((chapter) => ({ ...chapter, href: hrefFor("toolkitChapter", chapter.slug) })),
      ...edition.chapters.flatMap((chapter) =>
        chapter.sections.flatMap((section) => [
          { ...section, href: hrefFor("toolkitSection", section.slug) },
          ...section.supplements.map((supplement) => ({
            ...supplement,
            href: hrefFor("toolkitSupplement", supplement.slug),
          })),
        ]),
      ),
      ...tools.map((tool) => ({ ...tool, href: hrefFor("tool", tool.slug) })),
      ...events.map((event) => ({ ...event, href: hrefFor("event", event.slug) })),
      ...signals.map((signal) => ({ ...signal, href: hrefFor("signal", signal.slug) })),
      ...pages.map((page) => ({ ...page, href: hrefFor("page", page.slug) })),
      ...news.map((item) => ({ ...item, href: hrefFor("newsItem", item.slug) })),
    ];
    expect(documents.length).toBeGreaterThan(50);
    for (const document of documents) {
      const note = select('main [role="note"].sample-note', parsePage(document.href));
      if (document.sample) expect(note && textOf(note), document.href).toBe(`${sampleMark.label}: ${sampleMark.text}`);
      else expect(note, document.href).toBeUndefined();
    }
  });

  it("serves a printable stylesheet and a skip link on every page", () => {
    const cssName = readdirSync(join(distDir, "_astro")).find((name) => name.endsWith(".css")) ?? "";
    const css = readFileSync(join(distDir, "_astro", cssName), "utf8");
    expect(css).toContain("@media print");
    expect(css).toContain(":focus-visible");
    for (const page of sitePages()) expect(html(page), page).toContain('<a class="skip-link" href="#pg-inhoud">');
  });

  it("validates with the Nu Html Checker (every page)", () => {
    const jar = createRequire(import.meta.url)
      .resolve("vnu-jar")
      .replace(/vnu-jar\.js$/, "build/dist/vnu.jar");
    expect(statSync(jar).size).toBeGreaterThan(1000);
    const files = sitePages().map(fileOf);
    const result = spawnSync("java", ["-jar", jar, "--errors-only", "--format", "json", ...files], {
      encoding: "utf8",
      timeout: 120_000,
    });
    const report = JSON.parse(result.stderr || result.stdout || '{"messages":[]}') as {
      messages: { url: string; message: string; extract?: string }[];
    };
    const problems = report.messages.map((m) => `${m.url.replace(/.*\/dist/, "")}: ${m.message} (${m.extract ?? ""})`);
    expect(problems).toEqual([]);
  });
});
