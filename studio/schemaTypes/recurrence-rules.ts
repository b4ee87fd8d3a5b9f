import { eventTimeZone, setPositions, weekdays } from "@gastvrij/content/model";

/**
 * Consistency checks of an event series (`recurrence`), as pure functions: the Studio rule and tests call them.
 * Each returns a Dutch message that says what to fix, or undefined when the series is consistent.
 */

export interface RecurrenceValue {
  frequency?: string;
  interval?: number;
  weekday?: string;
  setPosition?: number;
  until?: string;
  count?: number;
  exceptions?: string[];
}

const weekdayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

/** The local date (`YYYY-MM-DD`) and weekday code of an instant in Europe/Brussels. */
export function brusselsDay(instant: string): { date: string; weekday: string } | undefined {
  const time = new Date(instant);
  if (Number.isNaN(time.getTime())) return undefined;
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: eventTimeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    weekday: "short",
  }).formatToParts(time);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  const weekday = weekdayCodes[["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(get("weekday"))] ?? "";
  return { date: `${get("year")}-${get("month")}-${get("day")}`, weekday };
}

/** Which occurrence of its weekday in the month a date is (1–5), and whether it is the last one. */
function positionInMonth(date: string): { nth: number; last: boolean } {
  const day = Number(date.slice(8, 10));
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { nth: Math.ceil(day / 7), last: day + 7 > daysInMonth };
}

/** Problems of a series given the event's start (an ISO instant); an empty list when it is consistent. */
export function recurrenceProblems(recurrence: RecurrenceValue, start: string | undefined): string[] {
  const problems: string[] = [];
  const { frequency, setPosition, until, count, exceptions = [] } = recurrence;
  if (frequency === "monthly" && setPosition === undefined) {
    problems.push(
      "Kies bij een maandelijkse reeks welke weekdag van de maand het is (eerste, tweede, derde, vierde of laatste).",
    );
  }
  if (frequency === "weekly" && setPosition !== undefined) {
    problems.push("Een wekelijkse reeks heeft geen ‘welke week van de maand’; maak dat veld leeg.");
  }
  if (until && count !== undefined) {
    problems.push("Kies ofwel een einddatum ofwel een aantal keren, niet allebei.");
  }
  const first = start ? brusselsDay(start) : undefined;
  if (first && recurrence.weekday && first.weekday !== recurrence.weekday) {
    problems.push(
      `De eerste activiteit (begin ${first.date}) valt op een ${weekdays.title(first.weekday)}, maar de reeks staat op ${weekdays.title(recurrence.weekday)}; pas het begin of de weekdag aan.`,
    );
  }
  if (first && frequency === "monthly" && setPosition !== undefined && first.weekday === recurrence.weekday) {
    const { nth, last } = positionInMonth(first.date);
    const fits = setPosition === -1 ? last : setPosition === nth;
    if (!fits) {
      problems.push(
        `De eerste activiteit (begin ${first.date}) is niet de ${setPositions.title(setPosition)} ${weekdays.title(recurrence.weekday)} van de maand; pas het begin of ‘welke week van de maand’ aan.`,
      );
    }
  }
  if (first && until && until < first.date) {
    problems.push(`De einddatum van de reeks (${until}) ligt vóór de eerste activiteit (${first.date}).`);
  }
  for (const exception of exceptions) {
    if (first && exception < first.date) {
      problems.push(`De uitzondering ${exception} ligt vóór de eerste activiteit (${first.date}); verwijder ze.`);
    } else if (until && exception > until) {
      problems.push(`De uitzondering ${exception} ligt na de einddatum van de reeks (${until}); verwijder ze.`);
    }
  }
  const seen = new Set<string>();
  for (const exception of exceptions) {
    if (seen.has(exception)) problems.push(`De uitzondering ${exception} staat er twee keer in; verwijder er één.`);
    seen.add(exception);
  }
  return problems;
}
