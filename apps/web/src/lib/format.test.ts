import { describe, expect, it } from "vitest";
import { formatMoment, formatWhen } from "./format";

describe("Dutch dates for the pages", () => {
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

  it("says a moment as the footer's 'last built' does, in Brussels time", () => {
    expect(formatMoment("2026-11-30T16:05:00.000Z")).toBe("30 november 2026 om 17:05");
    expect(formatMoment("2026-07-01T22:30:00.000Z")).toBe("2 juli 2026 om 00:30");
  });
});
