import { describe, expect, it } from "vitest";
import { buildMoment } from "./clock";

describe("the build clock", () => {
  it("takes GASTVRIJ_NOW as an ISO 8601 instant, in UTC or with an offset", () => {
    expect(buildMoment("2026-11-29T09:00:00Z").toISOString()).toBe("2026-11-29T09:00:00.000Z");
    expect(buildMoment("2026-11-29T10:00:00+01:00").toISOString()).toBe("2026-11-29T09:00:00.000Z");
    expect(buildMoment(" 2026-11-29T10:00+0100 ").toISOString()).toBe("2026-11-29T09:00:00.000Z");
    expect(buildMoment("2026-11-29T09:00:00.250Z").toISOString()).toBe("2026-11-29T09:00:00.250Z");
  });

  it("uses the real time when GASTVRIJ_NOW is unset or empty", () => {
    const real = new Date("2030-01-01T00:00:00Z");
    expect(buildMoment(undefined, () => real)).toBe(real);
    expect(buildMoment("", () => real)).toBe(real);
  });

  it("stops on anything that is not an instant, saying what it wants", () => {
    for (const value of [
      "morgen",
      "2026-11-29", // a day is not an instant
      "2026-11-29T09:00:00", // no zone: which 09:00?
      "2026-02-30T09:00:00Z", // no such day (Date would make it 2 March)
      "2027-02-29T09:00:00Z",
      "2026-13-01T09:00:00Z",
      "2026-11-29T25:00:00Z",
      "1764406800000",
    ]) {
      expect(() => buildMoment(value), value).toThrow(/GASTVRIJ_NOW is not an ISO 8601 instant.*2026-11-29T09:00:00Z/);
    }
    expect(buildMoment("2028-02-29T09:00:00Z").toISOString()).toBe("2028-02-29T09:00:00.000Z");
  });
});
