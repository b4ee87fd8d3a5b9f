import { describe, expect, it } from "vitest";
import { describeRecurrence, formatDay, formatWhen } from "./format";

describe("Dutch dates and recurrence for the pages", () => {
  it("formats in Brussels time across daylight saving", () => {
    expect(formatWhen("2026-02-05T18:30:00.000Z", "2026-02-05T20:30:00.000Z")).toBe(
      "donderdag 5 februari 2026, 19:30–21:30",
    );
    expect(formatWhen("2026-07-02T17:30:00.000Z", "2026-07-02T19:30:00.000Z")).toBe(
      "donderdag 2 juli 2026, 19:30–21:30",
    );
    expect(formatWhen("2026-07-02T17:30:00.000Z")).toBe("donderdag 2 juli 2026, 19:30");
  });

  it("names both days when an event runs past midnight", () => {
    expect(formatWhen("2026-07-02T20:00:00.000Z", "2026-07-03T08:00:00.000Z")).toBe(
      "donderdag 2 juli 2026, 22:00 – vrijdag 3 juli 2026, 10:00",
    );
  });

  it("formats a date-only value without shifting the day", () => {
    expect(formatDay("2025-06-03")).toBe("3 juni 2025");
  });

  it("describes series rules in words", () => {
    expect(describeRecurrence({ frequency: "monthly", interval: 1, weekday: "TH", setPosition: 1 })).toBe(
      "elke maand op de eerste donderdag",
    );
    expect(describeRecurrence({ frequency: "monthly", interval: 2, weekday: "TU", setPosition: -1 })).toBe(
      "om de 2 maanden op de laatste dinsdag",
    );
    expect(describeRecurrence({ frequency: "weekly", interval: 1, weekday: "MO", until: "2026-12-31" })).toBe(
      "elke week op maandag, tot 31 december 2026",
    );
  });
});
