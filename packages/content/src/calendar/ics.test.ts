import { TZDate } from "@date-fns/tz";
import ICAL from "ical.js";
import { beforeEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import { ContentError } from "../errors.js";
import { calendarUidDomain } from "../model/index.js";
import { openContent } from "../read/content.js";
import { type Event, eventSchema } from "../read/results.js";
import { calendarFeedName, describeEvent, eventsToIcs, eventToIcs } from "./ics.js";
import { expandRecurrence } from "./recurrence.js";

const siteUrl = "https://gastvrij.example";
const now = new Date("2026-11-23T10:00:00Z");
const wide = { from: new Date("2000-01-01T00:00:00Z"), to: new Date("2100-01-01T00:00:00Z") };

type EventInput = z.input<typeof eventSchema>;
type Loose<T> = { [K in keyof T]?: T[K] extends object | null ? Loose<NonNullable<T[K]>> | null : T[K] };
type EventFields = Loose<EventInput> & Pick<EventInput, "_id" | "slug" | "start">;

/** What the queries give for fields without a value. */
const absent = <T extends object>(fields: T | null | undefined, empty: Record<string, unknown>) =>
  fields ? { ...empty, ...fields } : null;

/** An event as the queries return it (checked by the same schema), from the fields a test cares about. */
function makeEvent(fields: EventFields): Event {
  const organisation = { municipality: null, region: null, website: null };
  return eventSchema.parse({
    _type: "event",
    title: "Netwerkdag",
    kind: "networkDay",
    timeZone: "Europe/Brussels",
    allDay: false,
    summary: null,
    end: null,
    speakers: [],
    themes: [],
    body: [],
    report: [],
    reportFile: null,
    files: [],
    sample: false,
    ...fields,
    recurrence: absent(fields.recurrence, { setPosition: null, until: null, count: null, exceptions: [] }),
    location: absent(fields.location, { address: null, municipality: null, online: null, onlineUrl: null }),
    registration: absent(
      fields.registration && {
        ...fields.registration,
        contact: absent(fields.registration.contact, { role: null, email: null, phone: null }),
      },
      { contact: null, email: null, url: null, deadline: null, note: null },
    ),
    organiser: absent(fields.organiser, organisation),
  });
}

/** Parses an ICS text with ical.js, registering the VTIMEZONE found in it (not a built-in one). */
function parse(ics: string): { calendar: ICAL.Component; events: ICAL.Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent)) };
}

/** The starts of a parsed event's occurrences (RRULE expanded, EXDATE applied by ical.js). */
function occurrences(event: ICAL.Event, limit = 200): Date[] {
  const out: Date[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && out.length < limit; next = iterator.next()) out.push(next.toJSDate());
  return out;
}

const wallClock = (time: ICAL.Time) =>
  `${time.year}-${String(time.month).padStart(2, "0")}-${String(time.day).padStart(2, "0")} ${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}`;

beforeEach(() => ICAL.TimezoneService.reset());

describe("eventsToIcs", () => {
  const winter = makeEvent({
    _id: "event-winter",
    slug: "winter",
    title: "Netwerkdag winter",
    start: "2026-01-13T18:30:00Z",
    end: "2026-01-13T20:30:00Z",
    location: { name: "Campus Sint-Annaplein", address: "Sint-Annaplein 31", municipality: "Gent" },
  });
  const summer = makeEvent({
    _id: "event-summer",
    slug: "zomer",
    title: "Netwerkdag zomer",
    start: "2026-07-14T17:30:00Z",
  });

  it("writes every event with its Brussels wall-clock time, page URL, stable UID and the feed's name", () => {
    const ics = eventsToIcs([winter, summer], { siteUrl, now });
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(calendarFeedName);
    expect(ics).toMatch(/^REFRESH-INTERVAL;VALUE=DURATION:PT6H\r$/m);
    expect(calendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid"))).toEqual([
      "Europe/Brussels",
    ]);
    expect(events.map((event) => event.summary)).toEqual(["Netwerkdag winter", "Netwerkdag zomer"]);
    const [first, second] = events;
    if (!first || !second) throw new Error("two events expected");
    // 18:30 UTC in January is 19:30 CET; 17:30 UTC in July is 19:30 CEST.
    expect(first.startDate.zone?.tzid).toBe("Europe/Brussels");
    expect(wallClock(first.startDate)).toBe("2026-01-13 19:30");
    expect(wallClock(first.endDate)).toBe("2026-01-13 21:30");
    expect(wallClock(second.startDate)).toBe("2026-07-14 19:30");
    expect(first.startDate.toJSDate()).toEqual(new Date(winter.start));
    expect(second.startDate.toJSDate()).toEqual(new Date(summer.start));
    expect(first.uid).toBe("event-winter@gastvrijnetwerk.be");
    expect(first.component.getFirstPropertyValue("url")).toBe("https://gastvrij.example/agenda/winter/");
    expect(first.location).toBe("Campus Sint-Annaplein\nSint-Annaplein 31, Gent");
    expect(first.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-23T10:00:00Z");
    // Same content and `now`: the same bytes; the UID does not depend on the time of writing.
    expect(eventsToIcs([winter, summer], { siteUrl, now })).toBe(ics);
    const later = parse(eventsToIcs([winter, summer], { siteUrl, now: new Date("2027-01-01T00:00:00Z") }));
    expect(later.events.map((event) => event.uid)).toEqual(events.map((event) => event.uid));
  });

  it("writes a date without an hour as an all-day event on its Brussels day, and counts it as over after that day", () => {
    const day = makeEvent({
      _id: "event-netwerkdag-2017",
      slug: "netwerkdag-2017",
      start: "2017-10-27T22:00:00.000Z",
      allDay: true,
    });
    const lines = eventToIcs(day, { siteUrl, now })
      .replace(/\r\n[ \t]/g, "")
      .split("\r\n");
    expect(lines).toContain("DTSTART;VALUE=DATE:20171028");
    expect(lines).toContain("DTEND;VALUE=DATE:20171029");
    expect(lines.some((line) => line.startsWith("DTSTART;TZID"))).toBe(false);
    const [occurrence] = expandRecurrence(day, wide);
    expect(occurrence?.end.toISOString()).toBe("2017-10-28T22:00:00.000Z");
  });

  it("gives the same UIDs whatever the site's host or port, while URL follows the site address", () => {
    const series = makeEvent({
      _id: "event-series",
      slug: "reeks",
      start: "2026-03-17T18:30:00Z",
      recurrence: { frequency: "weekly", interval: 1, weekday: "TU", count: 4, exceptions: ["2026-03-24"] },
    });
    const sites = ["http://localhost:4321", "http://127.0.0.1:8080", "https://www.gastvrijnetwerk.be"];
    const feeds = sites.map((site) => parse(eventsToIcs([winter, summer, series], { siteUrl: site, now })));
    const singles = sites.map((site) => parse(eventToIcs(winter, { siteUrl: site, now })).events[0]?.uid);
    const expected = ["event-winter", "event-summer", "event-series"].map((id) => `${id}@${calendarUidDomain}`);
    expect(calendarUidDomain).toBe("gastvrijnetwerk.be");
    for (const [index, feed] of feeds.entries()) {
      expect(feed.events.map((event) => event.uid)).toEqual(expected);
      // The address of the site shows only in the page links: URL and the description's "Meer info".
      const site = sites[index] as string;
      expect(feed.events.map((event) => event.component.getFirstPropertyValue("url"))).toEqual([
        `${site}/agenda/winter/`,
        `${site}/agenda/zomer/`,
        `${site}/agenda/reeks/`,
      ]);
      expect(feed.events[0]?.description).toContain(`Meer info: ${site}/agenda/winter/`);
      for (const event of feed.events) expect(event.uid).not.toMatch(/localhost|127\.0\.0\.1|www\.|:\d/);
    }
    expect(singles).toEqual(sites.map(() => expected[0]));
    // A series is one VEVENT: every occurrence is that event, under the series' UID (no per-date UIDs).
    const parsedSeries = feeds[0]?.events[2] as ICAL.Event;
    expect(parsedSeries.isRecurring()).toBe(true);
    expect(occurrences(parsedSeries)).toHaveLength(3);
    expect(parsedSeries.component.getAllProperties("recurrence-id")).toEqual([]);
    const iterator = parsedSeries.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      expect(parsedSeries.getOccurrenceDetails(next).item.uid).toBe(expected[2]);
    }
    // The domain part can still be chosen explicitly, and then too it ignores the site address.
    for (const site of sites) {
      expect(parse(eventToIcs(winter, { siteUrl: site, now, uidDomain: "example.org" })).events[0]?.uid).toBe(
        "event-winter@example.org",
      );
    }
  });

  it("describes an event in plain text with contact, organiser and a link; ORGANIZER where an email is known", () => {
    const event = makeEvent({
      _id: "event-described",
      slug: "beschreven",
      // Still coming at `now` (23 November 2026), without a deadline: registration is open.
      start: "2026-12-01T09:00:00Z",
      summary: "Een dag om ervaringen uit te wisselen.",
      body: [
        { _type: "block", _key: "a", style: "normal", children: [{ _type: "span", _key: "s", text: "Programma" }] },
        { _type: "block", _key: "b", listItem: "bullet", children: [{ _type: "span", _key: "s", text: "koffie" }] },
        { _type: "block", _key: "c", listItem: "bullet", children: [{ _type: "span", _key: "s", text: "lunch" }] },
      ],
      registration: {
        email: "info@example.org",
        contact: { _id: "person-lotte", name: "Lotte", role: "Coördinator", email: "lotte@example.org" },
      },
      organiser: {
        _id: "organisation-gn",
        _type: "organisation",
        name: "Gastvrij Netwerk",
        slug: "gastvrij-netwerk",
        kind: "member",
      },
    });
    const { events } = parse(eventToIcs(event, { siteUrl, now }));
    expect(events[0]?.description).toBe(
      [
        "Een dag om ervaringen uit te wisselen.",
        "Programma\n\n- koffie\n- lunch",
        "Inschrijven: info@example.org\nContact: Lotte (Coördinator), lotte@example.org\nOrganisatie: Gastvrij Netwerk",
        "Meer info: https://gastvrij.example/agenda/beschreven/",
      ].join("\n\n"),
    );
    const organizer = events[0]?.component.getFirstProperty("organizer");
    expect(organizer?.getFirstValue()).toBe("mailto:lotte@example.org");
    expect(organizer?.getParameter("cn")).toBe("Gastvrij Netwerk");
    const custom = parse(eventToIcs(event, { siteUrl, now, describe: (e, pageUrl) => `${e.title} — ${pageUrl}` }))
      .events[0];
    expect(custom?.description).toBe("Netwerkdag — https://gastvrij.example/agenda/beschreven/");
  });

  it("writes a series as RRULE + EXDATE that expands to the dates of expandRecurrence, across DST", () => {
    const series: Event[] = [
      makeEvent({
        _id: "event-weekly",
        slug: "wekelijks",
        // Tuesdays 19:30 Brussels from 17 March 2026: the 31 March and later ones are in summer time.
        start: "2026-03-17T18:30:00Z",
        end: "2026-03-17T20:30:00Z",
        recurrence: { frequency: "weekly", interval: 1, weekday: "TU", count: 8, exceptions: ["2026-03-31"] },
      }),
      makeEvent({
        _id: "event-monthly",
        slug: "maandelijks",
        // Second Tuesday every two months, 19:30, until the end of 2027, with one cancelled date.
        start: "2026-01-13T18:30:00Z",
        recurrence: {
          frequency: "monthly",
          interval: 2,
          weekday: "TU",
          setPosition: 2,
          until: "2027-11-30",
          exceptions: ["2026-07-14"],
        },
      }),
      makeEvent({
        _id: "event-last-friday",
        slug: "laatste-vrijdag",
        // Last Friday of the month, 10:00, no set position stored: -1 given explicitly; October crosses the switch.
        start: "2026-09-25T08:00:00Z",
        recurrence: { frequency: "monthly", interval: 1, weekday: "FR", setPosition: -1, count: 4, exceptions: [] },
      }),
    ];
    const { events } = parse(eventsToIcs(series, { siteUrl, now }));
    expect(events).toHaveLength(3);
    for (const [index, source] of series.entries()) {
      const parsed = events[index];
      if (!parsed) throw new Error(`event ${index} missing`);
      expect(parsed.isRecurring()).toBe(true);
      const expected = expandRecurrence(source, wide).map((occurrence) => occurrence.start);
      expect(expected.length).toBeGreaterThan(2);
      expect(occurrences(parsed)).toEqual(expected);
      // Every occurrence keeps the first one's Brussels wall-clock time.
      const firstLocal = new TZDate(new Date(source.start).getTime(), "Europe/Brussels");
      for (const start of expected) {
        const local = new TZDate(start.getTime(), "Europe/Brussels");
        expect([local.getHours(), local.getMinutes()]).toEqual([firstLocal.getHours(), firstLocal.getMinutes()]);
      }
      for (const exception of source.recurrence?.exceptions ?? []) {
        const days = occurrences(parsed).map((start) =>
          new TZDate(start.getTime(), "Europe/Brussels").toISOString().slice(0, 10),
        );
        expect(days).not.toContain(exception);
      }
    }
    // The weekly series lost its 31 March date to the exception, 7 dates remain.
    expect(occurrences(events[0] as ICAL.Event)).toHaveLength(7);
  });

  it("keeps hostile text inside its property: line breaks, commas, semicolons and injected VEVENTs stay literal", () => {
    const injection = "Vorming\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:gekaapt";
    // The queries refuse such a slug (schema), but eventsToIcs must stay safe when handed one directly.
    const checked = makeEvent({
      _id: "event-hostile\r\nX-EVIL:1",
      slug: "vijandig",
      title: `${injection}; a, b \\ c`,
      start: "2026-05-16T08:00:00Z",
      summary: "regel 1\nEND:VCALENDAR\nregel 2; met, tekens",
      location: { name: "Zaal\nBEGIN:VALARM", address: "Straat 1; bus 2, 9000", municipality: "Gent" },
      registration: {
        contact: { _id: "person-x", name: 'Naam "quoted"', email: "x@example.org\r\nATTENDEE:mailto:evil@example.org" },
      },
      organiser: {
        _id: "organisation-x",
        _type: "organisation",
        name: 'Org";X-EVIL=1:\r\nBEGIN:VEVENT',
        slug: "org",
        kind: "member",
      },
    });
    const hostile: Event = { ...checked, slug: "vijandig\nBEGIN:VEVENT" };
    const ics = eventsToIcs([hostile], { siteUrl, now, name: "Agenda\r\nBEGIN:VEVENT" });
    const { calendar, events } = parse(ics);
    expect(events).toHaveLength(1);
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(1);
    expect(ics).not.toMatch(/^(X-EVIL|ATTENDEE|BEGIN:VALARM|END:VCALENDAR\r\nregel)/m);
    const [event] = events;
    if (!event) throw new Error("event missing");
    expect(event.summary).toBe(`${injection.replace(/\r\n/g, "\n")}; a, b \\ c`);
    expect(event.description.startsWith("regel 1\nEND:VCALENDAR\nregel 2; met, tekens")).toBe(true);
    expect(event.location).toBe("Zaal\nBEGIN:VALARM\nStraat 1; bus 2, 9000, Gent");
    expect(event.uid).not.toMatch(/[\r\n]/);
    expect(event.component.getFirstPropertyValue("url")).toBe(
      "https://gastvrij.example/agenda/vijandig%0ABEGIN%3AVEVENT/",
    );
    expect(event.component.getFirstProperty("organizer")?.getParameter("cn")).toBe('Org";X-EVIL=1:\nBEGIN:VEVENT');
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Agenda BEGIN:VEVENT");
    expect(calendar.getAllSubcomponents().map((component) => component.name)).toEqual(["vtimezone", "vevent"]);
  });

  it("writes the whole embedded dataset: every event once, all parseable", async () => {
    const content = await openContent();
    const all = await content.getEvents();
    const { events } = parse(eventsToIcs(all, { siteUrl, now }));
    expect(events.map((event) => event.summary)).toEqual(all.map((event) => event.title));
    expect(new Set(events.map((event) => event.uid)).size).toBe(all.length);
  });

  it("refuses an unusable siteUrl or start with a clear error", () => {
    expect(() => eventsToIcs([], { siteUrl: "gastvrij.example" })).toThrow(ContentError);
    expect(() => eventsToIcs([], { siteUrl: "ftp://gastvrij.example" })).toThrow(/siteUrl/);
    // The queries check dates; a caller that builds events itself may not have.
    const broken = {
      ...makeEvent({ _id: "event-broken", slug: "kapot", start: "2026-01-01T10:00:00Z" }),
      start: "gisteren",
    };
    expect(() => eventToIcs(broken, { siteUrl })).toThrow(/document event-broken, field start: unreadable/);
  });
});

describe("registration in the description", () => {
  // 28 November 2026, 10:00–17:00 in Brussels; registration until 24 November (inclusive, Brussels).
  const event = makeEvent({
    _id: "event-registration",
    slug: "inschrijven",
    start: "2026-11-28T09:00:00Z",
    end: "2026-11-28T16:00:00Z",
    registration: {
      url: "https://example.org/inschrijven/netwerkdag",
      deadline: "2026-11-24",
      note: "Lunch voorzien, graag vooraf melden.",
      contact: { _id: "person-lotte", name: "Lotte", email: "lotte@example.org" },
    },
    organiser: { _id: "organisation-gn", _type: "organisation", name: "Gastvrij Netwerk", slug: "gn", kind: "member" },
  });
  const byEmail = makeEvent({
    _id: "event-by-email",
    slug: "per-mail",
    start: "2026-12-08T09:00:00Z",
    registration: { email: "inschrijven@example.org" },
  });
  const description = (ics: string, index = 0) => parse(ics).events[index]?.description ?? "";
  const invitation = /Inschrijven|Lunch voorzien/;

  it("invites to register before the deadline: the link or e-mail address and the note", () => {
    const before = new Date("2026-11-24T22:59:00Z"); // 23:59 in Brussels, the last minute of the deadline day
    const text = description(eventToIcs(event, { siteUrl, now: before }));
    expect(text).toContain(
      "Inschrijven: https://example.org/inschrijven/netwerkdag\nLunch voorzien, graag vooraf melden.",
    );
    expect(text).toContain("Contact: Lotte, lotte@example.org");
    expect(description(eventToIcs(byEmail, { siteUrl, now: before }))).toContain(
      "Inschrijven: inschrijven@example.org",
    );
    const feed = eventsToIcs([event, byEmail], { siteUrl, now: before });
    expect(description(feed, 0)).toMatch(/^Inschrijven: https:\/\/example\.org\/inschrijven\/netwerkdag$/m);
    expect(description(feed, 1)).toContain("Inschrijven: inschrijven@example.org");
  });

  it("no longer invites once the deadline day has ended, while the event is still coming", () => {
    const after = new Date("2026-11-24T23:00:00Z"); // midnight in Brussels
    const text = description(eventToIcs(event, { siteUrl, now: after }));
    expect(text).not.toMatch(invitation);
    expect(text).not.toContain("example.org/inschrijven");
    // Whom to contact and who organises stay, and so does the link to the page.
    expect(text).toBe(
      [
        "Contact: Lotte, lotte@example.org\nOrganisatie: Gastvrij Netwerk",
        "Meer info: https://gastvrij.example/agenda/inschrijven/",
      ].join("\n\n"),
    );
    // The other event has no deadline and is still coming: it still invites, in the same feed.
    const feed = eventsToIcs([event, byEmail], { siteUrl, now: after });
    expect(description(feed, 0)).not.toMatch(invitation);
    expect(description(feed, 1)).toContain("Inschrijven: inschrijven@example.org");
  });

  it("no longer invites once the event is over, in the event's file and in the feed", () => {
    const later = new Date("2026-12-09T09:00:00Z");
    expect(description(eventToIcs(event, { siteUrl, now: later }))).not.toMatch(invitation);
    expect(description(eventToIcs(byEmail, { siteUrl, now: later }))).not.toMatch(invitation);
    const feed = eventsToIcs([event, byEmail], { siteUrl, now: later });
    expect(feed).not.toMatch(/Inschrijven|inschrijven@example\.org|example\.org\/inschrijven/);
    // The organiser's address stays in ORGANIZER: it names whom to ask, not how to register.
    expect(parse(feed).events[0]?.component.getFirstPropertyValue("organizer")).toBe("mailto:lotte@example.org");
  });

  it("decides at the current time when no moment is given", () => {
    const past = makeEvent({
      _id: "event-long-ago",
      slug: "lang-geleden",
      start: "2017-11-25T09:00:00Z",
      registration: { url: "https://example.org/inschrijven/2017" },
    });
    expect(describeEvent(past, "https://gastvrij.example/agenda/lang-geleden/")).not.toMatch(invitation);
    expect(description(eventsToIcs([past], { siteUrl }))).not.toMatch(invitation);
    const coming = makeEvent({ ...past, start: "2999-01-01T09:00:00Z" });
    expect(describeEvent(coming, "https://gastvrij.example/agenda/lang-geleden/")).toContain(
      "Inschrijven: https://example.org/inschrijven/2017",
    );
  });
});

describe("eventToIcs", () => {
  it("writes one event without the feed's name or refresh interval", () => {
    const event = makeEvent({ _id: "event-one", slug: "een", title: "Intervisie", start: "2026-10-25T12:00:00Z" });
    const ics = eventToIcs(event, { siteUrl, now });
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics).not.toMatch(/REFRESH-INTERVAL|X-WR-CALNAME/);
    const { events } = parse(ics);
    expect(events.map((parsed) => parsed.summary)).toEqual(["Intervisie"]);
    // 25 October 2026 is the day summer time ends: 12:00 UTC is 13:00 CET.
    expect(wallClock(events[0]?.startDate as ICAL.Time)).toBe("2026-10-25 13:00");
  });
});
