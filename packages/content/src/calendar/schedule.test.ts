import { describe, expect, it } from "vitest";
import { ContentError } from "../errors.js";
import { type Event, eventSchema } from "../read/results.js";
import { isRegistrationOpen, registrationClosesAt, scheduleEvents } from "./schedule.js";

type Registration = { url?: string; email?: string; deadline?: string; note?: string };
type Recurrence = { frequency: "weekly" | "monthly"; weekday: "TU"; count?: number; until?: string };

/** An event as the queries return it (checked by the same schema), from the few fields these tests set. */
function makeEvent(fields: {
  start: string;
  end?: string;
  registration?: Registration | null;
  recurrence?: Recurrence;
}): Event {
  const { registration = {}, recurrence, ...dates } = fields;
  return eventSchema.parse({
    _id: "event-test",
    _type: "event",
    title: "Netwerkdag",
    slug: "netwerkdag",
    kind: "networkDay",
    timeZone: "Europe/Brussels",
    allDay: false,
    summary: null,
    end: null,
    location: null,
    speakers: [],
    themes: [],
    organiser: null,
    body: [],
    report: [],
    reportFile: null,
    files: [],
    sample: false,
    ...dates,
    recurrence: recurrence
      ? { interval: 1, setPosition: null, until: null, count: null, exceptions: [], ...recurrence }
      : null,
    registration: registration && {
      contact: null,
      email: null,
      url: "https://example.org/inschrijven",
      deadline: null,
      note: null,
      ...registration,
    },
  });
}

const at = (instant: string) => new Date(instant);

describe("registrationClosesAt", () => {
  it("closes at the midnight that ends the deadline day in Brussels, in winter and in summer time", () => {
    expect(registrationClosesAt("2026-11-24").toISOString()).toBe("2026-11-24T23:00:00.000Z");
    expect(registrationClosesAt("2026-07-01").toISOString()).toBe("2026-07-01T22:00:00.000Z");
    expect(registrationClosesAt("2026-12-31").toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(registrationClosesAt("2028-02-29").toISOString()).toBe("2028-02-29T23:00:00.000Z");
  });

  it("counts the days of the daylight-saving switches by their Brussels clock (23 and 25 hours)", () => {
    // 29 March 2026: clocks go from 02:00 CET to 03:00 CEST; the day before ends in winter time.
    expect(registrationClosesAt("2026-03-28").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(registrationClosesAt("2026-03-29").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    // 25 October 2026: clocks go from 03:00 CEST back to 02:00 CET.
    expect(registrationClosesAt("2026-10-24").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(registrationClosesAt("2026-10-25").toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });

  it("refuses anything that is not a calendar date", () => {
    for (const deadline of ["", "24-11-2026", "2026-11-24T12:00:00Z", "2026-02-30", "2027-02-29", "2026-13-01"]) {
      expect(() => registrationClosesAt(deadline), deadline).toThrow(ContentError);
    }
    expect(() => registrationClosesAt("2026-02-30")).toThrow(/registration deadline "2026-02-30" is not a date/);
  });
});

describe("isRegistrationOpen", () => {
  // 28 November 2026, 10:00–17:00 in Brussels.
  const networkDay = { start: "2026-11-28T09:00:00Z", end: "2026-11-28T16:00:00Z" };

  it("keeps registration open through the whole deadline day in Brussels, then closes it", () => {
    const event = makeEvent({ ...networkDay, registration: { deadline: "2026-11-24" } });
    expect(isRegistrationOpen(event, at("2026-11-24T00:00:00+01:00"))).toBe(true);
    expect(isRegistrationOpen(event, at("2026-11-24T23:59:59.999+01:00"))).toBe(true);
    expect(isRegistrationOpen(event, at("2026-11-25T00:00:00+01:00"))).toBe(false);
    // The event is still coming; registration stays closed.
    expect(isRegistrationOpen(event, at("2026-11-27T12:00:00Z"))).toBe(false);
  });

  it("closes at Brussels midnight in summer time and on the day the clocks change", () => {
    const summer = makeEvent({ start: "2026-07-14T17:30:00Z", registration: { deadline: "2026-07-01" } });
    expect(isRegistrationOpen(summer, at("2026-07-01T23:59:00+02:00"))).toBe(true);
    expect(isRegistrationOpen(summer, at("2026-07-01T22:00:00Z"))).toBe(false);
    const spring = makeEvent({ start: "2026-04-02T17:30:00Z", registration: { deadline: "2026-03-29" } });
    expect(isRegistrationOpen(spring, at("2026-03-29T23:59:00+02:00"))).toBe(true);
    expect(isRegistrationOpen(spring, at("2026-03-29T22:00:00Z"))).toBe(false);
    const autumn = makeEvent({ start: "2026-10-30T17:30:00Z", registration: { deadline: "2026-10-25" } });
    expect(isRegistrationOpen(autumn, at("2026-10-25T23:59:00+01:00"))).toBe(true);
    expect(isRegistrationOpen(autumn, at("2026-10-25T23:00:00Z"))).toBe(false);
  });

  it("without a deadline, keeps registration open until the event is over", () => {
    const event = makeEvent({ ...networkDay });
    expect(isRegistrationOpen(event, at("2026-01-01T00:00:00Z"))).toBe(true);
    expect(isRegistrationOpen(event, at("2026-11-28T15:59:59Z"))).toBe(true); // under way
    expect(isRegistrationOpen(event, at("2026-11-28T16:00:00Z"))).toBe(false); // ended
    // Without an end, the event is over once its start has passed.
    const moment = makeEvent({ start: networkDay.start });
    expect(isRegistrationOpen(moment, at(networkDay.start))).toBe(true);
    expect(isRegistrationOpen(moment, at("2026-11-28T09:00:00.001Z"))).toBe(false);
  });

  it("closes when the event is over even if the deadline day has not come", () => {
    const odd = makeEvent({ ...networkDay, registration: { deadline: "2026-12-31" } });
    expect(isRegistrationOpen(odd, at("2026-11-28T12:00:00Z"))).toBe(true);
    expect(isRegistrationOpen(odd, at("2026-11-29T12:00:00Z"))).toBe(false);
  });

  it("keeps a series open while it still has dates, and closes it after its last one", () => {
    // Tuesdays 19:30 from 6 January 2026, ten dates: the last one on 10 March, 19:30–21:30.
    const series = makeEvent({
      start: "2026-01-06T18:30:00Z",
      end: "2026-01-06T20:30:00Z",
      recurrence: { frequency: "weekly", weekday: "TU", count: 10 },
    });
    expect(isRegistrationOpen(series, at("2026-02-01T12:00:00Z"))).toBe(true);
    expect(isRegistrationOpen(series, at("2026-03-10T20:29:59Z"))).toBe(true);
    expect(isRegistrationOpen(series, at("2026-03-10T20:30:00Z"))).toBe(false);
    // A series without an end is never over, so only a deadline closes it.
    const weekly = { start: "2020-01-07T18:30:00Z", recurrence: { frequency: "weekly", weekday: "TU" } } as const;
    expect(isRegistrationOpen(makeEvent(weekly), at("2030-01-01T12:00:00Z"))).toBe(true);
    const closing = makeEvent({ ...weekly, registration: { deadline: "2026-06-30" } });
    expect(isRegistrationOpen(closing, at("2026-06-30T12:00:00Z"))).toBe(true);
    expect(isRegistrationOpen(closing, at("2026-07-01T12:00:00Z"))).toBe(false);
  });

  it("is closed for an event that takes no registrations, and names the event for an unreadable deadline", () => {
    expect(isRegistrationOpen(makeEvent({ ...networkDay, registration: null }), at("2026-01-01T00:00:00Z"))).toBe(
      false,
    );
    // The queries refuse such a deadline (schema); a caller that builds events itself may not.
    const event = makeEvent(networkDay);
    const broken = { ...event, registration: { ...event.registration, deadline: "morgen" } } as Event;
    expect(() => isRegistrationOpen(broken, at("2026-01-01T00:00:00Z"))).toThrow(
      /document event-test, field registration\.deadline: registration deadline "morgen"/,
    );
  });
});

describe("scheduleEvents: registrationOpen", () => {
  const events = [
    makeEvent({ start: "2026-11-28T09:00:00Z", end: "2026-11-28T16:00:00Z", registration: { deadline: "2026-11-24" } }),
    makeEvent({ start: "2026-12-08T09:00:00Z", registration: { deadline: "2026-11-27" } }),
    makeEvent({ start: "2026-12-15T09:00:00Z" }),
    makeEvent({ start: "2026-12-15T09:00:00Z", registration: null }),
    makeEvent({
      start: "2026-01-06T18:30:00Z",
      recurrence: { frequency: "weekly", weekday: "TU", until: "2027-06-30" },
    }),
  ];

  it("says for every event what isRegistrationOpen says at the schedule's moment", () => {
    for (const now of [
      "2026-11-20T12:00:00Z",
      "2026-11-24T22:59:59Z",
      "2026-11-24T23:00:00Z",
      "2026-11-28T12:00:00Z",
      "2026-11-29T09:00:00Z",
      "2027-07-01T12:00:00Z",
    ]) {
      const schedule = scheduleEvents(events, { now: at(now) });
      expect(
        schedule.events.map((item) => item.registrationOpen),
        now,
      ).toEqual(events.map((event) => isRegistrationOpen(event, at(now))));
    }
    expect(
      scheduleEvents(events, { now: at("2026-11-24T22:59:59Z") }).events.map((item) => item.registrationOpen),
    ).toEqual([true, true, true, false, true]);
    expect(
      scheduleEvents(events, { now: at("2026-11-29T09:00:00Z") }).events.map((item) => item.registrationOpen),
    ).toEqual([false, false, true, false, true]);
  });

  it("never has registration open for a past event", () => {
    const schedule = scheduleEvents(events, { now: at("2027-07-01T12:00:00Z") });
    expect(schedule.past).toHaveLength(5);
    expect(schedule.past.map((item) => item.registrationOpen)).toEqual([false, false, false, false, false]);
  });
});
