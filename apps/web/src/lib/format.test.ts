import { describe, expect, it } from "vitest";
import { formatWhen } from "./format";

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
});
