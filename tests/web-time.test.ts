// Time-aware pages: the site built from the embedded dataset at two moments set with GASTVRIJ_NOW, read by parsing
// the HTML. `netwerkdag-2026` (28 November 2026, registration until 24 November) is built once before its deadline
// and once the day after it; `vorming-signaleren-naar-beleid` (8 December 2026, registration until 27 November) is
// still coming at the second moment, with its registration closed.
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Element, Root } from "hast";
import { select, selectAll } from "hast-util-select";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, repoRoot } from "./e2e/site.js";
import { parseHtml, textOf } from "./hostile/inspect.js";

const before = { now: "2026-11-20T12:00:00Z", built: "20 november 2026 om 13.00 uur" };
const after = { now: "2026-11-29T10:00:00+01:00", built: "29 november 2026 om 10.00 uur" };
const networkDay = "/agenda/netwerkdag-2026/";
const networkDayForm = "https://example.org/inschrijven/netwerkdag-2026";
const training = "/agenda/vorming-signaleren-naar-beleid/";
const trainingForm = "https://example.org/inschrijven/signaleren";

const embeddedDataset = join(repoRoot, "packages", "content", "dataset", "embedded", "data.ndjson");
let work: string;

/** A built site: its pages parsed. */
function site(dir: string) {
  return (path: string): Root => {
    const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
    const { tree, parseErrors } = parseHtml(readFileSync(file, "utf8"));
    expect(parseErrors, path).toEqual([]);
    return tree;
  };
}

const text = (tree: Root | Element) => textOf(tree).replace(/\s+/g, " ");
const hrefs = (tree: Root | Element) => selectAll("a[href]", tree).map((a) => String(a.properties.href));
const main = (tree: Root) => select("main", tree) as Element;

/** The text of the last `h2` before the link to `href` in document order: the list an agenda entry is in. */
function headingOf(tree: Root, href: string): string | undefined {
  let heading: string | undefined;
  for (const element of selectAll("h2, a[href]", main(tree))) {
    if (element.tagName === "h2") heading = text(element).trim();
    else if (element.properties.href === href) return heading;
  }
  return undefined;
}

/** The cards of a list that link to an event page: the event's path and whether the card is marked past. */
function eventCards(list: Element): { href: string; past: boolean }[] {
  return selectAll("li.card", list).map((card) => ({
    href: String(select("h2 a, h3 a", card)?.properties.href),
    past: selectAll(".status--past", card).some((mark) => text(mark).trim() === "voorbij"),
  }));
}

describe("pages at the moment of the build (GASTVRIJ_NOW)", () => {
  let early: (path: string) => Root;
  let late: (path: string) => Root;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "gastvrij-time-"));
    const dirs = { early: join(work, "early"), late: join(work, "late") };
    // One after the other: the builds share the machine (and buildSite's lock).
    // The embedded dataset, whatever the environment says.
    const env = { GASTVRIJ_DATASET: embeddedDataset, SANITY_PROJECT_ID: "" };
    await buildSite({ outDir: dirs.early, env: { ...env, GASTVRIJ_NOW: before.now } });
    await buildSite({ outDir: dirs.late, env: { ...env, GASTVRIJ_NOW: after.now } });
    early = site(dirs.early);
    late = site(dirs.late);
  }, 300_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("before the deadline: the event invites to register and to add it to one's calendar", () => {
    const page = early(networkDay);
    expect(hrefs(main(page))).toContain(networkDayForm);
    expect(hrefs(main(page))).toContain("/agenda/netwerkdag-2026.ics");
    expect(text(main(page))).toContain("Inschrijven kan tot en met 24 november 2026.");
    expect(text(main(page))).not.toMatch(/voorbij|afgesloten/i);
    expect(headingOf(early("/agenda/"), networkDay)).toBe("Binnenkort");
    expect(hrefs(main(early("/")))).toContain(networkDay);
  });

  it("after the last date: the event says it is over, with no registration and no calendar file", () => {
    const page = late(networkDay);
    const body = text(main(page));
    expect(body).toContain("Deze activiteit is voorbij.");
    expect(hrefs(page)).not.toContain(networkDayForm);
    expect(hrefs(main(page)).filter((href) => href.startsWith("mailto:"))).toEqual([]);
    expect(hrefs(main(page)).filter((href) => href.endsWith(".ics"))).toEqual([]);
    expect(body).not.toMatch(/Inschrijven kan|inschrijfformulier|in je agenda/i);
    // The calendar file still exists (the feed and old links keep working); the page no longer links it.
    expect(existsSync(join(work, "late", "agenda", "netwerkdag-2026.ics"))).toBe(true);

    const agenda = late("/agenda/");
    expect(headingOf(agenda, networkDay)).toBe("Voorbij");
    const pastList = selectAll("ul.cards", main(agenda)).at(-1) as Element;
    expect(eventCards(pastList)).toContainEqual({ href: networkDay, past: true });
    expect(hrefs(main(late("/")))).not.toContain(networkDay);
  });

  it("closes registration at its deadline while the event is still coming", () => {
    const open = early(training);
    expect(hrefs(main(open))).toContain(trainingForm);
    expect(text(main(open))).toContain("Inschrijven kan tot en met 27 november 2026.");

    const closed = late(training);
    const body = text(main(closed));
    expect(body).toContain("De inschrijvingen zijn afgesloten.");
    expect(body).not.toContain("Deze activiteit is voorbij.");
    expect(hrefs(closed)).not.toContain(trainingForm);
    // Still coming: it can still go in one's calendar, and the agenda lists it under "Binnenkort".
    expect(hrefs(main(closed))).toContain("/agenda/vorming-signaleren-naar-beleid.ics");
    expect(headingOf(late("/agenda/"), training)).toBe("Binnenkort");
  });

  it("lists a theme's activities upcoming first, then past ones marked 'voorbij', most recent first", () => {
    const page = late("/themas/vrijwilligerswerk/");
    const section = select('section[aria-labelledby="pg-kop-agenda"]', page);
    if (!section) throw new Error("no activities on the theme page");
    const cards = eventCards(section);
    const firstPast = cards.findIndex((card) => card.past);
    expect(firstPast).toBeGreaterThan(0);
    expect(cards.slice(firstPast).every((card) => card.past)).toBe(true);
    const past = cards.slice(firstPast).map((card) => card.href);
    expect(past.filter((href) => href.startsWith("/agenda/netwerkdag-"))).toEqual([
      "/agenda/netwerkdag-2026/",
      "/agenda/netwerkdag-2019/",
      "/agenda/netwerkdag-2018/",
      "/agenda/netwerkdag-2017/",
    ]);
    // Before the network day it is among the upcoming ones, unmarked.
    const earlyCards = eventCards(
      select('section[aria-labelledby="pg-kop-agenda"]', early("/themas/vrijwilligerswerk/")) as Element,
    );
    const earlyFirstPast = earlyCards.findIndex((card) => card.past);
    expect(earlyCards.slice(0, earlyFirstPast)).toContainEqual({ href: networkDay, past: false });
  });

  it("says in every page's footer when it was built, in Brussels time", () => {
    for (const [build, moment] of [
      [early, before],
      [late, after],
    ] as const) {
      for (const path of ["/", "/agenda/", networkDay, "/themas/vrijwilligerswerk/", "/toolkit/"]) {
        const footer = select("footer", build(path));
        if (!footer) throw new Error(`no footer on ${path}`);
        expect(text(footer), path).toContain(`Laatst bijgewerkt op ${moment.built}.`);
        expect(select("time", footer)?.properties.dateTime, path).toBe(new Date(moment.now).toISOString());
      }
    }
  });
});
