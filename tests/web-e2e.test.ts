// The site in a real browser (Debian Chromium via playwright-core) against a local static server on 127.0.0.1:
// reading the toolkit, following links, downloads (PDF, .ics), filtering tools without JavaScript, searching with
// Pagefind, axe-core on every page template and no console errors anywhere.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaticServer } from "../scripts/src/lib/static-server.js";
import {
  axeViolations,
  distDir,
  ensureBuilt,
  launchBrowser,
  pdfFile,
  sitePages,
  startServer,
  templatePages,
  toolkitPages,
} from "./e2e/site.js";

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
const consoleErrors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${path}: ${message.text()}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`${path}: ${error.message}`));
  const response = await page.goto(new URL(path, server.url).href);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe("the site in headless Chromium", () => {
  beforeAll(async () => {
    await ensureBuilt();
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ acceptDownloads: true, locale: "nl-BE" });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("goes from home to a toolkit section and follows an internal link in its text", async () => {
    const page = await open("/");
    await page.getByRole("link", { name: "Lees de toolkit" }).click();
    await page.waitForURL("**/toolkit/");
    const section = page.locator(".plain-list a").first();
    const sectionTitle = (await section.textContent())?.trim() ?? "";
    await section.click();
    await expect.poll(() => page.locator("h1").textContent()).toContain(sectionTitle);
    // The section's own table of contents points at headings on the page.
    const tocLinks = page.locator(".toc a");
    if ((await tocLinks.count()) > 0) {
      const target = (await tocLinks.first().getAttribute("href")) ?? "";
      expect(await page.locator(target).count()).toBe(1);
    }
    // Follow the first internal link in the body of a section that has one.
    let link = page.locator('.prose a[href^="/"]').first();
    let next = page.locator('a[rel="next"]');
    while ((await link.count()) === 0 && (await next.count()) > 0) {
      await next.click();
      await page.waitForLoadState();
      link = page.locator('.prose a[href^="/"]').first();
      next = page.locator('a[rel="next"]');
    }
    expect(await link.count(), "a section with an internal link").toBe(1);
    const href = (await link.getAttribute("href")) ?? "";
    const [response] = await Promise.all([page.waitForNavigation(), link.click()]);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(href.split("#")[0]);
    await page.close();
  });

  it("downloads the toolkit PDF from the toolkit page", async () => {
    const page = await open("/toolkit/");
    const link = page.getByRole("link", { name: /pdf/i }).first();
    expect(await link.getAttribute("href")).toBe("/toolkit/gastvrij-netwerk-toolkit.pdf");
    if (!existsSync(pdfFile)) {
      console.warn("no PDF in dist (export-pdf did not run): only the link is checked");
      await page.close();
      return;
    }
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await page.close();
  });

  it("downloads an event's .ics and it parses as a calendar with that event", async () => {
    const page = await open("/agenda/");
    const eventLink = page.locator(".card h3 a").first();
    const title = (await eventLink.textContent())?.trim() ?? "";
    await eventLink.click();
    await page.waitForLoadState();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /in je agenda/i }).click(),
    ]);
    const ics = readFileSync(await download.path(), "utf8");
    const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("BEGIN:VEVENT");
    expect(lines).toContain("END:VCALENDAR");
    const summary = lines.find((line) => line.startsWith("SUMMARY"))?.replace(/^SUMMARY[^:]*:/, "") ?? "";
    expect(summary.replace(/\\([,;\\])/g, "$1")).toBe(title);
    expect(lines.some((line) => /^DTSTART[;:]/.test(line))).toBe(true);
    expect(lines.some((line) => line.startsWith("UID:"))).toBe(true);
    // The agenda links the subscribable feed.
    const feed = await open("/agenda/");
    expect(await feed.locator('a[href="/agenda/agenda.ics"]').count()).toBeGreaterThan(0);
    await feed.close();
    await page.close();
  });

  it("filters tools by theme without JavaScript", async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(new URL("/tools/", server.url).href);
    const all = await page.locator(".cards > li").count();
    const filter = page.locator('.filter a[href^="/tools/thema/"]').first();
    const label = (await filter.textContent()) ?? "";
    const expected = Number(label.match(/\((\d+)\)/)?.[1]);
    await filter.click();
    await page.waitForURL("**/tools/thema/**");
    const filtered = await page.locator(".cards > li").count();
    expect(filtered).toBe(expected);
    expect(filtered).toBeLessThanOrEqual(all);
    expect(await page.locator('.filter a[aria-current="page"]').textContent()).toBe(label);
    // Each listed tool carries the theme on its own page.
    const theme = label.replace(/\s*\(\d+\)$/, "");
    await page.locator(".cards > li a").first().click();
    await page.waitForLoadState();
    expect(await page.locator(".tags a").allTextContents()).toContain(theme);
    await noScript.close();
  });

  it("searches a Dutch word with Pagefind and lands on the section that explains it", async () => {
    // A word that only one toolkit section uses (section 3.6 of the sample toolkit): the search must find it there.
    const word = "wijkgezondheidscentrum";
    const holders = sitePages().filter(
      (path) => path.startsWith("/toolkit/") && readFileSync(join(distDir, path, "index.html"), "utf8").includes(word),
    );
    expect(holders, `pages that mention ${word}`).toHaveLength(1);
    const page = await open("/zoeken/");
    await page.getByLabel(/zoek in/i).fill(word);
    await page.getByRole("button", { name: "Zoeken" }).click();
    const first = page.locator("#zoek-resultaten a").first();
    await first.waitFor();
    expect(await page.locator("#zoek-status").textContent()).toMatch(/resulta/);
    await first.click();
    await page.waitForURL(`**${holders[0]}`);
    expect(await page.locator("main").textContent()).toContain(word);
    // The search page reads ?q= too, so a search can be linked.
    await page.goto(new URL(`/zoeken/?q=${word}`, server.url).href);
    await page.locator("#zoek-resultaten a").first().waitFor();
    await page.close();
  });

  it("finds the join page first when searching 'lid worden'", async () => {
    expect(sitePages(), "the sample content's join page").toContain("/lid-worden/");
    const page = await open("/zoeken/?q=lid%20worden");
    const first = page.locator("#zoek-resultaten a").first();
    await first.waitFor();
    expect(await first.getAttribute("href")).toBe("/lid-worden/");
    expect(await first.textContent()).toBe("Lid worden");
    await page.close();
  });

  it("has no axe-core violations on any page template", async () => {
    for (const path of templatePages()) {
      const page = await open(path);
      expect(await axeViolations(page), path).toEqual([]);
      await page.close();
    }
  });

  it("answers unknown paths with the Dutch 404 page", async () => {
    const response = await fetch(new URL("/bestaat-niet/", server.url));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Pagina niet gevonden");
  });

  it("prints without navigation, with the text at full width", async () => {
    const [, section] = toolkitPages();
    const page = await open(section);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.locator("main h1").isVisible()).toBe(true);
    await page.close();
  });

  it("loads every page with all its images and styles", async () => {
    const page = await context.newPage();
    const failed: string[] = [];
    page.on("requestfailed", (request) => {
      // Navigating on cancels what the previous page still loads (the favicon): that is not a broken link.
      if (request.failure()?.errorText !== "net::ERR_ABORTED") failed.push(`${page.url()}: ${request.url()}`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400 && !response.url().endsWith("/404.html"))
        failed.push(`${response.status()} ${response.url()}`);
    });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    for (const path of sitePages()) {
      await page.goto(new URL(path, server.url).href);
      const broken = await page.evaluate(async () => {
        const images = [...document.images];
        for (const image of images) image.loading = "eager";
        const results = await Promise.all(
          images.map((image) =>
            image
              .decode()
              .then(() => (image.naturalWidth > 0 ? "" : image.src))
              .catch(() => image.src),
          ),
        );
        return results.filter(Boolean);
      });
      expect(broken, path).toEqual([]);
    }
    expect(failed).toEqual([]);
    await page.close();
  });

  it("logs no console errors on any page visited", () => {
    expect(consoleErrors).toEqual([]);
  });
});
