import { type Content, openContent } from "@gastvrij/content";
import { beforeAll, describe, expect, it } from "vitest";
import { agendaPages, speakerDetails } from "./events";
import { filePublisher } from "./files";
import { pageRenderer } from "./render";
import { eventCards, themeView } from "./themes";

// The embedded dataset: `netwerkdag-2026` (28 November 2026, registration until 24 November) and
// `vorming-signaleren-naar-beleid` (8 December 2026, registration until 27 November).
let content: Content;

async function agendaAt(now: string) {
  const [schedule, resolveLink] = await Promise.all([
    content.getEventSchedule({ now: new Date(now) }),
    content.linkResolver(),
  ]);
  const agenda = agendaPages(schedule, pageRenderer(resolveLink, filePublisher()));
  const event = (slug: string) => {
    const view = agenda.events.find((candidate) => candidate.slug === slug);
    if (!view) throw new Error(`no event ${slug}`);
    return view;
  };
  return { agenda, event };
}

describe("the agenda at a moment", () => {
  beforeAll(async () => {
    content = await openContent();
  });

  it("keeps registration open until the end of the deadline day (Brussels), then closes it", async () => {
    const before = await agendaAt("2026-11-24T22:59:00Z"); // 23:59 in Brussels
    expect(before.event("netwerkdag-2026").registration).toMatchObject({ deadline: "2026-11-24", open: true });
    const after = await agendaAt("2026-11-24T23:00:00Z"); // midnight in Brussels
    expect(after.event("netwerkdag-2026").isPast).toBe(false);
    expect(after.event("netwerkdag-2026").registration).toMatchObject({ deadline: "2026-11-24", open: false });
  });

  it("closes registration when the event is over, deadline or not, and marks it past", async () => {
    const { event, agenda } = await agendaAt("2026-11-29T09:00:00Z");
    expect(event("netwerkdag-2026")).toMatchObject({ isPast: true, registration: { open: false } });
    expect(agenda.past.map((view) => view.slug)).toContain("netwerkdag-2026");
    // Without a deadline, registration is open as long as the event is not over.
    expect(event("leerdag-lokale-besturen")).toMatchObject({ isPast: false, registration: { open: true } });
    expect(event("leerdag-lokale-besturen").registration?.deadline).toBeUndefined();
    // Long over: whatever registration it had (the sample has none any more) is closed.
    expect(event("netwerkdag-2017").isPast).toBe(true);
    expect(event("netwerkdag-2017").registration?.open ?? false).toBe(false);
  });

  it("shows the schedule's registrationOpen as it is, for every event that takes registrations", async () => {
    for (const now of ["2026-11-20T12:00:00Z", "2026-11-24T23:00:00Z", "2026-11-29T09:00:00Z"]) {
      const schedule = await content.getEventSchedule({ now: new Date(now) });
      const { agenda } = await agendaAt(now);
      const expected = schedule.events.map((item) => (item.event.registration ? item.registrationOpen : undefined));
      expect(
        agenda.events.map((view) => view.registration?.open),
        now,
      ).toEqual(expected);
    }
  });

  it("lists a theme's events upcoming first (soonest first), then past ones (most recent first)", async () => {
    const { agenda } = await agendaAt("2026-11-29T09:00:00Z");
    const theme = (await content.getThemes()).find((candidate) => candidate.slug === "vrijwilligerswerk");
    if (!theme) throw new Error("no theme vrijwilligerswerk");
    const empty = new Map();
    const { events } = themeView(theme, { tools: empty, signals: empty, events: eventCards(agenda) });
    expect(events.map((view) => view.slug).sort()).toEqual(theme.events.map((item) => item.slug).sort());
    const firstPast = events.findIndex((view) => view.isPast);
    expect(firstPast).toBeGreaterThan(0);
    expect(events.slice(firstPast).every((view) => view.isPast)).toBe(true);
    const next = events.slice(0, firstPast).map((view) => view.nextOccurrences[0]?.start ?? "");
    expect(next).toEqual([...next].sort());
    const last = events.slice(firstPast).map((view) => view.last?.start ?? "");
    expect(last).toEqual([...last].sort().reverse());
    expect(events.slice(firstPast).map((view) => view.slug)).toContain("netwerkdag-2026");
  });
});

describe("a speaker's line", () => {
  it("says the name, the role and the organisation once each", () => {
    expect(speakerDetails("Lotte Verhaegen", "Verwelkoming", "Gastvrij Netwerk")).toEqual([
      "Verwelkoming",
      "Gastvrij Netwerk",
    ]);
    expect(speakerDetails("Team van Globe Aroma", "Gastheer en rondleiding", "Globe Aroma")).toEqual([
      "Gastheer en rondleiding",
    ]);
    expect(speakerDetails("Medewerkers van Kazerne Dossin", "Kazerne Dossin", "Kazerne Dossin")).toEqual([]);
    expect(speakerDetails("Pieter", "Begeleider bij Buren", "Buren")).toEqual(["Begeleider bij Buren"]);
    expect(speakerDetails("Pieter", undefined, "  ")).toEqual([]);
  });
});
