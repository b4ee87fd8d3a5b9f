import { describe, expect, it } from "vitest";
import { exceptionInstants, expandRecurrence, toRRule } from "./recurrence.js";

const iso = (dates: { start: Date }[]) => dates.map((d) => d.start.toISOString());
const wide = { from: new Date("2000-01-01T00:00:00Z"), to: new Date("2100-01-01T00:00:00Z") };

describe("expandRecurrence", () => {
  it("returns a single event once, or not when outside the window", () => {
    const event = { start: "2026-05-16T08:00:00Z", end: "2026-05-16T15:00:00Z" };
    expect(expandRecurrence(event, wide)).toEqual([
      { start: new Date("2026-05-16T08:00:00Z"), end: new Date("2026-05-16T15:00:00Z") },
    ]);
    expect(expandRecurrence(event, { from: new Date("2026-06-01"), to: new Date("2026-07-01") })).toEqual([]);
    // An event still running at `from` overlaps the window.
    expect(
      expandRecurrence(event, { from: new Date("2026-05-16T10:00:00Z"), to: new Date("2026-06-01") }),
    ).toHaveLength(1);
  });

  it("keeps the Brussels wall-clock time across the March DST switch (weekly)", () => {
    // Tuesdays 19:30 Brussels: CET (UTC+1) before 29 March 2026, CEST (UTC+2) after.
    const event = {
      start: "2026-03-17T18:30:00Z",
      end: "2026-03-17T20:30:00Z",
      recurrence: { frequency: "weekly" as const, interval: 1, weekday: "TU" as const, count: 4 },
    };
    const out = expandRecurrence(event, wide);
    expect(iso(out)).toEqual([
      "2026-03-17T18:30:00.000Z",
      "2026-03-24T18:30:00.000Z",
      "2026-03-31T17:30:00.000Z",
      "2026-04-07T17:30:00.000Z",
    ]);
    expect(out.map((o) => o.end.getTime() - o.start.getTime())).toEqual(Array(4).fill(2 * 3600_000));
  });

  it("keeps the wall-clock time across the October switch, every two weeks until a date", () => {
    const event = {
      start: "2026-10-13T08:00:00Z", // 10:00 CEST
      recurrence: { frequency: "weekly" as const, interval: 2, weekday: "TU" as const, until: "2026-11-10" },
    };
    expect(iso(expandRecurrence(event, wide))).toEqual([
      "2026-10-13T08:00:00.000Z",
      "2026-10-27T09:00:00.000Z", // 10:00 CET after 25 October
      "2026-11-10T09:00:00.000Z", // until is inclusive
    ]);
  });

  it("handles monthly set positions (second Tuesday, last Friday), count and exceptions", () => {
    const second = {
      start: "2026-01-13T18:30:00Z",
      recurrence: {
        frequency: "monthly" as const,
        interval: 1,
        weekday: "TU" as const,
        setPosition: 2,
        count: 5,
        exceptions: ["2026-03-10"],
      },
    };
    // COUNT includes the excepted date (RFC 5545): Jan, Feb, (Mar excepted), Apr, May.
    expect(iso(expandRecurrence(second, wide))).toEqual([
      "2026-01-13T18:30:00.000Z",
      "2026-02-10T18:30:00.000Z",
      "2026-04-14T17:30:00.000Z",
      "2026-05-12T17:30:00.000Z",
    ]);
    const last = {
      start: "2026-01-30T12:00:00Z",
      recurrence: { frequency: "monthly" as const, interval: 2, weekday: "FR" as const, setPosition: -1, count: 3 },
    };
    expect(iso(expandRecurrence(last, wide))).toEqual([
      "2026-01-30T12:00:00.000Z",
      "2026-03-27T12:00:00.000Z",
      "2026-05-29T11:00:00.000Z",
    ]);
  });

  it("limits an endless series to the window", () => {
    const event = {
      start: "2026-01-05T09:00:00Z",
      recurrence: { frequency: "weekly" as const, interval: 1, weekday: "MO" as const },
    };
    const out = expandRecurrence(event, {
      from: new Date("2027-01-01T00:00:00Z"),
      to: new Date("2027-02-01T00:00:00Z"),
    });
    expect(iso(out)).toEqual([
      "2027-01-04T09:00:00.000Z",
      "2027-01-11T09:00:00.000Z",
      "2027-01-18T09:00:00.000Z",
      "2027-01-25T09:00:00.000Z",
    ]);
  });
});

describe("toRRule and exceptionInstants", () => {
  it("writes RRULE values", () => {
    expect(toRRule({ frequency: "weekly", interval: 2, weekday: "TU", count: 6 })).toBe(
      "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6",
    );
    expect(toRRule({ frequency: "monthly", interval: 1, weekday: "TU", setPosition: -1, until: "2026-12-31" })).toBe(
      "FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=-1;UNTIL=20261231T225959Z",
    );
    expect(toRRule({ frequency: "monthly", interval: 1, weekday: "TU" }, "2026-01-13T18:30:00Z")).toBe(
      "FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=2",
    );
  });

  it("gives exception instants at the series' wall-clock time", () => {
    const event = {
      start: "2026-01-13T18:30:00Z",
      recurrence: { frequency: "monthly" as const, interval: 1, weekday: "TU" as const, exceptions: ["2026-07-14"] },
    };
    expect(exceptionInstants(event).map((d) => d.toISOString())).toEqual(["2026-07-14T17:30:00.000Z"]);
  });
});
