import { describe, expect, it } from "vitest";
import {
  brusselsDay,
  formatDayOf,
  formatFileFacts,
  formatFileSize,
  formatMoment,
  formatTimes,
  formatWhen,
  whenParts,
} from "./format";

/** The pages' strings with their no-break spaces as plain spaces, for reading. */
const plain = (text: string) => text.replaceAll("\u00a0", " ");

describe("Dutch dates and times for the pages", () => {
  it("formats in Brussels time across daylight saving, in the '19.30–21.30 uur' style", () => {
    expect(plain(formatWhen("2026-02-05T18:30:00.000Z", "2026-02-05T20:30:00.000Z"))).toBe(
      "donderdag 5 februari 2026, 19.30–21.30 uur",
    );
    expect(plain(formatWhen("2026-07-02T17:30:00.000Z", "2026-07-02T19:30:00.000Z"))).toBe(
      "donderdag 2 juli 2026, 19.30–21.30 uur",
    );
    expect(plain(formatWhen("2026-07-02T17:30:00.000Z"))).toBe("donderdag 2 juli 2026, 19.30 uur");
    // An occurrence without an end of its own ends at its start: no range.
    expect(plain(formatWhen("2026-07-02T17:30:00.000Z", "2026-07-02T17:30:00.000Z"))).toBe(
      "donderdag 2 juli 2026, 19.30 uur",
    );
  });

  it("writes the hour without a leading zero", () => {
    expect(plain(formatTimes("2026-11-28T08:30:00.000Z", "2026-11-28T15:30:00.000Z"))).toBe("9.30–16.30 uur");
    expect(plain(formatTimes("2026-11-27T23:05:00.000Z"))).toBe("0.05 uur");
  });

  it("keeps a time and 'uur' together, and marks the times as one unit that must not wrap", () => {
    expect(formatTimes("2026-11-28T08:30:00.000Z")).toBe("9.30\u00a0uur");
    expect(whenParts("2026-11-28T08:30:00.000Z", "2026-11-28T15:30:00.000Z")).toEqual([
      { text: "zaterdag 28 november 2026, ", nowrap: false },
      { text: "9.30–16.30\u00a0uur", nowrap: true },
    ]);
  });

  it("names both days when an event runs past midnight", () => {
    expect(plain(formatWhen("2026-07-02T20:00:00.000Z", "2026-07-03T08:00:00.000Z"))).toBe(
      "donderdag 2 juli 2026, 22.00 uur – vrijdag 3 juli 2026, 10.00 uur",
    );
  });

  it("gives only the day(s) of an event without an hour (allDay), never '0.00 uur'", () => {
    expect(formatWhen("2019-11-22T23:00:00.000Z", undefined, true)).toBe("zaterdag 23 november 2019");
    // The schedule's end of an all-day date is the next midnight.
    expect(formatWhen("2019-11-22T23:00:00.000Z", "2019-11-23T23:00:00.000Z", true)).toBe("zaterdag 23 november 2019");
    expect(formatWhen("2019-11-22T23:00:00.000Z", "2019-11-24T23:00:00.000Z", true)).toBe(
      "zaterdag 23 november 2019 – zondag 24 november 2019",
    );
    expect(formatWhen("2019-11-23T09:00:00.000Z", "2019-11-23T15:00:00.000Z", true)).toBe("zaterdag 23 november 2019");
    // With an hour, midnight is a time like any other.
    expect(plain(formatWhen("2019-11-22T23:00:00.000Z", "2019-11-23T08:00:00.000Z"))).toBe(
      "zaterdag 23 november 2019, 0.00–9.00 uur",
    );
  });

  it("says a moment as the footer's 'last built' does, in Brussels time", () => {
    expect(plain(formatMoment("2026-11-30T16:05:00.000Z"))).toBe("30 november 2026 om 17.05 uur");
    expect(plain(formatMoment("2026-07-01T22:30:00.000Z"))).toBe("2 juli 2026 om 0.30 uur");
  });

  it("gives the day of a moment in Brussels time", () => {
    expect(formatDayOf("2026-03-02T23:30:00.000Z")).toBe("3 maart 2026");
    expect(brusselsDay("2026-03-02T23:30:00.000Z")).toBe("2026-03-03");
    expect(brusselsDay("2026-07-01T21:59:00.000Z")).toBe("2026-07-01");
  });
});

describe("file sizes and types next to a download link", () => {
  it("says bytes under 1 kB", () => {
    expect(plain(formatFileSize(0))).toBe("0 bytes");
    expect(plain(formatFileSize(1))).toBe("1 byte");
    expect(plain(formatFileSize(999))).toBe("999 bytes");
  });

  it("says kB and MB with a decimal comma, one decimal under ten", () => {
    expect(plain(formatFileSize(1000))).toBe("1 kB");
    expect(plain(formatFileSize(4_480))).toBe("4,5 kB");
    expect(plain(formatFileSize(48_213))).toBe("48 kB");
    expect(plain(formatFileSize(512_000))).toBe("512 kB");
    expect(plain(formatFileSize(1_234_567))).toBe("1,2 MB");
    expect(plain(formatFileSize(23_456_789))).toBe("23 MB");
  });

  it("moves to the next unit when rounding reaches a thousand", () => {
    expect(plain(formatFileSize(999_600))).toBe("1 MB");
    expect(plain(formatFileSize(999_400))).toBe("999 kB");
  });

  it("refuses what is not a size", () => {
    expect(() => formatFileSize(-1)).toThrow(RangeError);
    expect(() => formatFileSize(Number.NaN)).toThrow(RangeError);
  });

  it("joins type and size as 'pdf, 1,2 MB', leaving out what is unknown", () => {
    expect(plain(formatFileFacts({ type: "pdf", size: 1_234_567 }))).toBe("pdf, 1,2 MB");
    expect(plain(formatFileFacts({ type: "docx", size: 48_000 }))).toBe("docx, 48 kB");
    expect(formatFileFacts({ type: "pdf" })).toBe("pdf");
    expect(formatFileFacts({})).toBe("");
  });
});
