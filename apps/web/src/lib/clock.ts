/**
 * The build's clock: the one moment a build decides by what is coming and what is over, what registration is still
 * open and when the pages were last built. `GASTVRIJ_NOW` (an ISO 8601 instant) sets it for tests and reproducible
 * builds; otherwise it is the real time when the build starts. Only the moment lives here: the rules that read it
 * (upcoming or past, registration open) are the content package's, in its event schedule and calendar files.
 */

/** An ISO 8601 instant: a date, a time and a zone (`Z` or an offset), such as `2026-11-29T09:00:00Z`. */
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Whether `YYYY-MM-DD` at the start of `text` is a day of the calendar (`Date` would turn 31 April into 1 May). */
function isCalendarDay(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The moment `value` (`GASTVRIJ_NOW`) gives, or `fallback()` when it is unset or empty; throws for anything else. */
export function buildMoment(value: string | undefined, fallback: () => Date = () => new Date()): Date {
  if (value === undefined || value.trim() === "") return fallback();
  const text = value.trim();
  const moment = new Date(text);
  if (!instantPattern.test(text) || !isCalendarDay(text) || Number.isNaN(moment.getTime())) {
    throw new Error(
      `GASTVRIJ_NOW is not an ISO 8601 instant: ${JSON.stringify(value)}. ` +
        "Give a date, a time and a time zone, such as 2026-11-29T09:00:00Z or 2026-11-29T10:00:00+01:00, " +
        "or leave it unset to build with the current time.",
    );
  }
  return moment;
}

let now: Date | undefined;

/** The build's moment, read once per build from `GASTVRIJ_NOW` or the real time. */
export function buildNow(): Date {
  now ??= buildMoment(process.env.GASTVRIJ_NOW);
  return new Date(now.getTime());
}
