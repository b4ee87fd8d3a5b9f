import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { smallExport } from "../../test/fixtures.js";
import { ContentError } from "../errors.js";
import { compareSectionNumbers } from "../model/index.js";
import { type Content, createContent, openContent } from "./content.js";
import type { RawDocument } from "./sources/export-reader.js";
import { createGroqEngine } from "./sources/groq-engine.js";
import { embeddedDatasetPath, openLocalSource } from "./sources/local.js";
import type { ContentSource } from "./sources/source.js";

const small = smallExport;

/** A source over the fixture's published documents after `edit`. */
async function editedSource(edit: (docs: RawDocument[]) => RawDocument[]): Promise<ContentSource> {
  const local = await openLocalSource({ dataset: small });
  const engine = createGroqEngine(edit(structuredClone([...local.documents])));
  return { kind: "local", description: "edited", fetch: (query, params) => engine.query(query, params) };
}

async function contentError(promise: Promise<unknown>): Promise<ContentError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return error as ContentError;
}

describe("typed content functions", () => {
  let content: Content;
  beforeAll(async () => {
    content = await openContent({ dataset: small });
  });

  it("orders section numbers by their numeric parts", () => {
    expect(["3.12", "1.1", "3.2", "3.10", "2.3"].sort(compareSectionNumbers)).toEqual([
      "1.1",
      "2.3",
      "3.2",
      "3.10",
      "3.12",
    ]);
  });

  it("gives the toolkit edition with chapters, sections and supplements in order", async () => {
    const edition = await content.getToolkitEdition();
    expect(edition._id).toBe("toolkit-edition-2");
    expect(edition.publisher?.name).toBe("Gastvrij Netwerk");
    expect(edition.editionHistory.map((entry) => entry.edition)).toEqual([1, 2]);
    expect(edition.chapters.map((chapter) => chapter.number)).toEqual([1, 3]);
    expect(edition.chapters[1]?.sections.map((section) => section.number)).toEqual(["3.2", "3.4", "3.12"]);
    const budget = edition.chapters[1]?.sections[2];
    expect(budget?.supplements.map((supplement) => supplement.slug)).toEqual(["energie-en-water"]);
    const image = budget?.body[1];
    expect(image).toMatchObject({ _type: "image", alt: "Schema van een budget", caption: "Een budget" });
    expect(image?._type === "image" && image.url).toMatch(/^file:\/\/.*schema\.svg$/);
    expect((await content.getToolkitEdition({ editionNumber: 2 }))._id).toBe("toolkit-edition-2");
    await expect(content.getToolkitEdition({ editionNumber: 7 })).rejects.toThrow(/edition number 7/);
  });

  it("gives one section by slug with previous and next across chapters", async () => {
    const page = await content.getToolkitSection("checklist");
    expect(page?.section.number).toBe("3.2");
    expect(page?.section.chapter.title).toBe("Huiswerk");
    expect(page?.section.themes.map((theme) => theme.slug)).toEqual(["wonen", "werk"]);
    expect(page?.previous?.number).toBe("1.1");
    expect(page?.next?.number).toBe("3.4");
    const first = await content.getToolkitSection("mensen-op-de-vlucht-centraal");
    expect(first?.previous).toBeUndefined();
    expect((await content.getToolkitSection("budgetbeheer"))?.next).toBeUndefined();
    expect(await content.getToolkitSection("bestaat-niet")).toBeUndefined();
    expect((await content.getToolkitSections()).map((section) => section.number)).toEqual([
      "1.1",
      "3.2",
      "3.4",
      "3.12",
    ]);
  });

  it("gives a supplement with its section", async () => {
    const supplement = await content.getToolkitSupplement("energie-en-water");
    expect(supplement?.section.number).toBe("3.12");
  });

  it("gives tools, all and by theme", async () => {
    expect((await content.getTools()).map((tool) => tool.slug)).toEqual(["cv-sjabloon", "huurwaarborg"]);
    const [tool] = await content.getTools({ theme: "wonen" });
    expect(tool).toMatchObject({ slug: "huurwaarborg", audience: ["volunteers", "newcomers"] });
    expect(tool?.links).toEqual([{ label: "Meer info", url: "https://example.org/waarborg" }]);
    expect(await content.getTools({ theme: "vrijwilligerswerk" })).toEqual([]);
  });

  it("schedules events: upcoming and past relative to now, series expanded over the horizon", async () => {
    const now = new Date("2026-03-01T00:00:00Z");
    const schedule = await content.getEventSchedule({ now });
    expect(schedule.events.map((item) => item.event.slug)).toEqual([
      "opleiding-2025",
      "intervisie-leuven",
      "netwerkdag-2026",
    ]);
    expect(schedule.upcoming.map((item) => [item.event.slug, item.next?.start.toISOString()])).toEqual([
      ["intervisie-leuven", "2026-03-10T18:30:00.000Z"],
      ["netwerkdag-2026", "2026-05-16T08:00:00.000Z"],
    ]);
    expect(schedule.past.map((item) => [item.event.slug, item.last?.start.toISOString()])).toEqual([
      ["opleiding-2025", "2025-10-04T07:30:00.000Z"],
    ]);
    const networkDays = await content.getEventSchedule({ now, kind: "networkDay" });
    expect(networkDays.upcoming.map((item) => item.event.slug)).toEqual(["netwerkdag-2026"]);
    const later = await content.getEventSchedule({ now: new Date("2027-01-01T00:00:00Z") });
    expect(later.past.map((item) => item.event.slug)).toEqual([
      "intervisie-leuven",
      "netwerkdag-2026",
      "opleiding-2025",
    ]);
    // Second Tuesday 19:30 Brussels (18:30 UTC in winter, 17:30 in summer), July 14 an exception; a 130-day horizon.
    const series = (await content.getEventSchedule({ now, horizonDays: 130, kind: "intervision" })).upcoming[0];
    expect(series?.upcoming.map((date) => date.start.toISOString())).toEqual([
      "2026-03-10T18:30:00.000Z",
      "2026-04-14T17:30:00.000Z",
      "2026-05-12T17:30:00.000Z",
      "2026-06-09T17:30:00.000Z",
    ]);
    expect((await content.getEvent("intervisie-leuven"))?.recurrence?.exceptions).toEqual(["2026-07-14"]);
  });

  it("gives public signals only, unless includeInternal is set", async () => {
    const signals = await content.getSignals();
    expect(signals.map((signal) => signal.slug)).toEqual(["huurwaarborg-onbetaalbaar", "werkvergunning-traag"]);
    expect(signals.every((signal) => signal.visibility === "public")).toBe(true);
    expect((await content.getSignals({ theme: "werk" })).map((signal) => signal.slug)).toEqual([
      "werkvergunning-traag",
    ]);
    expect((await content.getSignals({ status: "passedToPolicy" })).map((signal) => signal.slug)).toEqual([
      "huurwaarborg-onbetaalbaar",
    ]);
    const all = await content.getSignals({ includeInternal: true });
    expect(all.map((signal) => signal.slug)).toContain("intern-dossier");
  });

  it("gives themes and one theme with everything linked to it", async () => {
    expect((await content.getThemes()).map((theme) => theme.slug)).toEqual(["wonen", "werk", "vrijwilligerswerk"]);
    const werk = await content.getTheme("werk");
    expect(werk?.sections.map((section) => section.number)).toEqual(["3.2", "3.12"]);
    expect(werk?.tools.map((tool) => tool.slug)).toEqual(["cv-sjabloon"]);
    expect(werk?.signals.map((signal) => signal.slug)).toEqual(["werkvergunning-traag"]);
    expect((await content.getTheme("werk", { includeInternal: true }))?.signals).toHaveLength(2);
    expect((await content.getTheme("vrijwilligerswerk"))?.events.map((event) => event.slug)).toEqual([
      "netwerkdag-2026",
    ]);
    expect(await content.getTheme("bestaat-niet")).toBeUndefined();
  });

  it("gives site settings and link targets with site paths", async () => {
    expect((await content.getSiteSettings()).organisationName).toBe("Gastvrij Netwerk vzw");
    const targets = await content.linkTargets();
    expect(targets.get("section-3-12")).toEqual({
      _id: "section-3-12",
      _type: "toolkitSection",
      slug: "budgetbeheer",
      title: "Budgetbeheer",
      number: "3.12",
      href: "/toolkit/budgetbeheer/",
    });
    expect(targets.get("supplement-energie-en-water")?.href).toBe("/toolkit/bijlage/energie-en-water/");
    expect(targets.get("event-netwerkdag-2026")?.href).toBe("/agenda/netwerkdag-2026/");
    expect(targets.get("chapter-3")).toMatchObject({ number: 3, href: "/toolkit/huiswerk/" });
    expect(targets.has("signal-intern-dossier")).toBe(false);
    expect(targets.has("org-gastvrij-netwerk")).toBe(false);
    const resolveLink = await content.linkResolver();
    expect(resolveLink("tool-huurwaarborg")?.href).toBe("/tools/huurwaarborg/");
    expect(resolveLink("signal-intern-dossier")).toBeUndefined();
  });

  it("names document, field and problem when a result breaks its schema", async () => {
    const noSummary = await editedSource((docs) =>
      docs.map((doc) => (doc._id === "tool-cv-sjabloon" ? { ...doc, summary: undefined } : doc)),
    );
    const error = await contentError(createContent(noSummary).getTools());
    expect(error.location).toMatchObject({ documentId: "tool-cv-sjabloon", path: "summary" });

    const noAlt = await editedSource((docs) =>
      docs.map((doc) =>
        doc._id === "section-3-12"
          ? { ...doc, body: (doc.body as Record<string, unknown>[]).map((block) => ({ ...block, alt: undefined })) }
          : doc,
      ),
    );
    const altError = await contentError(createContent(noAlt).getToolkitSection("budgetbeheer"));
    expect(altError.location).toMatchObject({ documentId: "section-3-12", path: "body[1].alt" });
    expect(altError.message).toContain("alt");

    const badNumber = await editedSource((docs) =>
      docs.map((doc) => (doc._id === "section-3-4" ? { ...doc, number: "3-4" } : doc)),
    );
    const numberError = await contentError(createContent(badNumber).getToolkitEdition());
    expect(numberError.location).toMatchObject({ documentId: "section-3-4", path: "number" });
  });

  it("adds the export file and line when the content comes from a local export", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gastvrij-content-"));
    try {
      await cp(small, dir, { recursive: true });
      const file = join(dir, "data.ndjson");
      const lines = (await readFile(file, "utf8")).split("\n");
      const at = lines.findIndex((line) => line.startsWith('{"_id":"tool-cv-sjabloon"'));
      const tool = JSON.parse(lines[at] as string) as Record<string, unknown>;
      lines[at] = JSON.stringify({ ...tool, links: [{ _type: "link", label: "x", url: "javascript:alert(1)" }] });
      await writeFile(file, lines.join("\n"));
      const error = await contentError((await openContent({ dataset: dir })).getTools());
      expect(error.location).toMatchObject({
        file,
        line: at + 1,
        documentId: "tool-cv-sjabloon",
        path: "links[0].url",
      });
      expect(error.message).toMatch(
        new RegExp(`^.*data\\.ndjson:${at + 1}, document tool-cv-sjabloon, field links\\[0\\]\\.url: `),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reports a missing reference target by document and field", async () => {
    const missingTheme = await editedSource((docs) => docs.filter((doc) => doc._id !== "theme-werk"));
    const error = await contentError(createContent(missingTheme).getTools());
    expect(error.location).toMatchObject({ documentId: "tool-cv-sjabloon", path: "themes[0]" });
    expect(error.message).toContain("reference to a missing document");
  });

  it("fails clearly without site settings", async () => {
    const none = await editedSource((docs) => docs.filter((doc) => doc._id !== "siteSettings"));
    expect((await contentError(createContent(none).getSiteSettings())).location.documentId).toBe("siteSettings");
  });
});

describe("typed content functions on the embedded dataset", () => {
  it("read every kind of content without schema errors", async () => {
    if (!existsSync(embeddedDatasetPath)) {
      if (process.env.CI === "true") throw new Error(`embedded dataset missing: ${embeddedDatasetPath}`);
      console.warn(`no embedded dataset yet at ${embeddedDatasetPath}; typed functions tested on fixtures only`);
      return;
    }
    const content = await openContent();
    const edition = await content.getToolkitEdition();
    expect(edition._id).toBe("toolkit-edition-2");
    expect(edition.chapters.map((chapter) => chapter.number)).toEqual([1, 2, 3]);
    const numbers = edition.chapters.flatMap((chapter) => chapter.sections.map((section) => section.number));
    expect(numbers).toEqual([...numbers].sort(compareSectionNumbers));
    for (const section of await content.getToolkitSections()) {
      expect((await content.getToolkitSection(section.slug))?.section._id).toBe(section._id);
    }
    expect((await content.getTools()).length).toBeGreaterThan(0);
    expect((await content.getEvents()).length).toBeGreaterThan(0);
    const signals = await content.getSignals();
    expect(signals.every((signal) => signal.visibility === "public")).toBe(true);
    for (const theme of await content.getThemes()) {
      expect((await content.getTheme(theme.slug))?.signals.every((signal) => signal.visibility === "public")).toBe(
        true,
      );
    }
    expect((await content.getSiteSettings())._id).toBe("siteSettings");
    const targets = await content.linkTargets();
    expect(targets.get("section-3-12")?.href).toMatch(/^\/toolkit\/[^/]+\/$/);
  });
});

describe("news and pages of the embedded dataset", () => {
  it("gives news newest first, and with `now` only the items whose date has come", async () => {
    const content = await openContent();
    const all = await content.getNews();
    const dates = all.map((item) => item.publishedAt);
    expect(dates.length).toBeGreaterThan(2);
    expect([...dates].sort().reverse()).toEqual(dates);
    const cut = new Date(dates[1] as string);
    const published = await content.getNews({ now: cut });
    expect(published.map((item) => item.publishedAt)).toEqual(dates.slice(1));
  });

  it("gives pages with their parent and their files with type and size", async () => {
    const pages = await (await openContent()).getPages();
    const join = pages.find((page) => page.slug === "lid-worden");
    expect(join?.files.map((file) => file.extension)).toEqual(["pdf", "pdf", "pdf"]);
    expect(join?.files.every((file) => (file.size ?? 0) > 0)).toBe(true);
    const project = pages.find((page) => page.slug === "gastvrij-netwerk-versterkt");
    expect(project?.parent?.slug).toBe("projecten");
  });
});
