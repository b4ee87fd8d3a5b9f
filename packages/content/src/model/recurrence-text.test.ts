import { describe, expect, it } from "vitest";
import { describeRecurrence, formatDay } from "./recurrence-text.js";

describe("a series in Dutch words", () => {
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
    expect(describeRecurrence({ frequency: "monthly", interval: 1, weekday: "TU", setPosition: null })).toBe(
      "elke maand op dinsdag",
    );
  });
});
