/** A series' rule in Dutch words, for the Studio's preview and the site. */
import { setPositions, weekdays } from "./options.js";

const dayFormat = new Intl.DateTimeFormat("nl-BE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A calendar date (`YYYY-MM-DD`) as "12 maart 2026". */
export function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

/** What {@link describeRecurrence} reads of a series. */
export interface RecurrenceWords {
  frequency?: string | null;
  interval?: number | null;
  weekday?: string | null;
  setPosition?: number | null;
  until?: string | null;
}

/**
 * A series in Dutch: "elke week op donderdag", "om de 2 maanden op de tweede dinsdag, tot 12 maart 2027". Monthly
 * without a week of the month reads "elke maand op dinsdag".
 */
export function describeRecurrence(rule: RecurrenceWords): string {
  const interval = rule.interval && rule.interval > 1 ? rule.interval : 1;
  const day = weekdays.title(rule.weekday);
  const monthly = rule.frequency === "monthly";
  const every =
    interval === 1 ? (monthly ? "elke maand" : "elke week") : `om de ${interval} ${monthly ? "maanden" : "weken"}`;
  const position = monthly && setPositions.has(rule.setPosition) ? `de ${setPositions.title(rule.setPosition)} ` : "";
  return `${every} op ${position}${day}${rule.until ? `, tot ${formatDay(rule.until)}` : ""}`;
}
