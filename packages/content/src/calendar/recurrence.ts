import { TZDate } from "@date-fns/tz";
import { ContentError } from "../errors.js";
import { eventTimeZone } from "../model/index.js";

/** A recurrence rule as stored on an event series (see `recurrence` in the content model). */
export interface RecurrenceRule {
  frequency: "weekly" | "monthly";
  /** Every `interval` weeks or months (1 = every). */
  interval: number;
  /** Weekday code as in RRULE: `MO` … `SU`. */
  weekday: "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";
  /** For monthly: 1 = first … 4 = fourth, -1 = last weekday of the month. Default: the position of `start`. */
  setPosition?: number | null;
  /** Last date (`YYYY-MM-DD`, Brussels) an occurrence may fall on, inclusive. */
  until?: string | null;
  /** Number of occurrences, the first one (`start`) included and excepted dates counted (as in RRULE). */
  count?: number | null;
  /** Dates (`YYYY-MM-DD`, Brussels) on which the series does not take place. */
  exceptions?: readonly string[] | null;
}

/** What {@link expandRecurrence} needs of an event. */
export interface RecurringEventLike {
  /** `_id`, for error messages. */
  _id?: string;
  /** First start, ISO datetime. */
  start: string;
  /** First end, ISO datetime (default: same as start; for an all-day event, the end of its day). */
  end?: string | null;
  /** Dates without an hour: an occurrence lasts until the end of its (last) day in Brussels. */
  allDay?: boolean;
  recurrence?: RecurrenceRule | null;
}

/** One dated occurrence of an event. */
export interface Occurrence {
  start: Date;
  end: Date;
}

/** Window of {@link expandRecurrence}: occurrences that overlap `[from, to)`. */
export interface OccurrenceWindow {
  from: Date;
  to: Date;
}

const weekdayIndex: Record<RecurrenceRule["weekday"], number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };
const dayMs = 86_400_000;
/** Hard cap on generated occurrences per series, so a rule without end cannot loop for long. */
const maxOccurrences = 10_000;

interface WallClock {
  /** Days since 1970-01-01 of the local (Brussels) calendar date. */
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
  ms: number;
}

/**
 * Expands an event into its dated occurrences that overlap `window` (start before `to`, end after `from`), in order.
 * A single event gives at most one occurrence. For a series the first occurrence is the event's `start`; every
 * further one falls on `weekday` (monthly: the `setPosition`-th such weekday, `-1` = last) every `interval` weeks or
 * months, at the same Brussels wall-clock time and with the same duration, also across a daylight-saving switch.
 * `until` (inclusive), `count` and `exceptions` are honoured as in RFC 5545 (COUNT includes excepted dates).
 *
 * @throws ContentError for an unreadable start or end.
 */
export function expandRecurrence(event: RecurringEventLike, window: OccurrenceWindow): Occurrence[] {
  const first = parseInstant(event.start, event, "start");
  const givenEnd = event.end ? parseInstant(event.end, event, "end") : first;
  const firstEnd = event.allDay ? endOfBrusselsDay(givenEnd) : givenEnd;
  const duration = Math.max(0, firstEnd.getTime() - first.getTime());
  const rule = event.recurrence;
  const overlaps = (start: Date, end: Date) =>
    start.getTime() < window.to.getTime() &&
    (end.getTime() > window.from.getTime() || start.getTime() >= window.from.getTime());
  if (!rule) return overlaps(first, firstEnd) ? [{ start: first, end: firstEnd }] : [];

  const clock = wallClock(first);
  const exceptions = new Set(rule.exceptions ?? []);
  const untilDay = rule.until ? dayNumber(rule.until) : Number.POSITIVE_INFINITY;
  const count = rule.count ?? Number.POSITIVE_INFINITY;
  const interval = Math.max(1, Math.floor(rule.interval || 1));
  const out: Occurrence[] = [];
  let generated = 0;
  for (const day of occurrenceDays(clock.day, rule, interval)) {
    if (day > untilDay || generated >= count || generated >= maxOccurrences) break;
    generated++;
    const start = day === clock.day ? first : fromWallClock({ ...clock, day });
    if (start.getTime() >= window.to.getTime()) break;
    if (exceptions.has(formatDay(day))) continue;
    const end = new Date(start.getTime() + duration);
    if (overlaps(start, end)) out.push({ start, end });
  }
  return out;
}

/** Calendar days (days since epoch) of a series, the first one being `firstDay`, in order, without end. */
function* occurrenceDays(firstDay: number, rule: RecurrenceRule, interval: number): Generator<number> {
  yield firstDay;
  const target = weekdayIndex[rule.weekday];
  if (target === undefined) return;
  if (rule.frequency === "weekly") {
    // Monday of the week of the first occurrence (1970-01-01 was a Thursday).
    const firstWeekday = (firstDay + 4) % 7;
    const monday = firstDay - ((firstWeekday + 6) % 7);
    const offset = (target + 6) % 7;
    for (let week = 0; ; week += interval) {
      const day = monday + week * 7 + offset;
      if (day > firstDay) yield day;
    }
  }
  const { year, month } = splitDay(firstDay);
  const position = rule.setPosition ?? positionInMonth(firstDay);
  for (let k = 0; ; k += interval) {
    const y = year + Math.floor((month + k) / 12);
    const m = (month + k) % 12;
    const day = nthWeekday(y, m, target, position);
    if (day !== undefined && day > firstDay) yield day;
  }
}

/** The `position`-th (1…5, or -1 = last) `weekday` of month `m` (0-based) in year `y`, as days since epoch. */
function nthWeekday(y: number, m: number, weekday: number, position: number): number | undefined {
  if (position < 0) {
    const last = Date.UTC(y, m + 1, 0) / dayMs;
    const lastWeekday = (last + 4) % 7;
    return last - ((lastWeekday - weekday + 7) % 7) - (Math.abs(position) - 1) * 7;
  }
  const first = Date.UTC(y, m, 1) / dayMs;
  const firstWeekday = (first + 4) % 7;
  const day = first + ((weekday - firstWeekday + 7) % 7) + (position - 1) * 7;
  return splitDay(day).month === m ? day : undefined;
}

function positionInMonth(day: number): number {
  return Math.floor((splitDay(day).date - 1) / 7) + 1;
}

function splitDay(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * dayMs);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate() };
}

function dayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / dayMs;
}

function formatDay(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

function wallClock(instant: Date): WallClock {
  const local = new TZDate(instant.getTime(), eventTimeZone);
  return {
    day: Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / dayMs,
    hours: local.getHours(),
    minutes: local.getMinutes(),
    seconds: local.getSeconds(),
    ms: local.getMilliseconds(),
  };
}

function fromWallClock(clock: WallClock): Date {
  const { year, month, date } = splitDay(clock.day);
  const local = new TZDate(year, month, date, clock.hours, clock.minutes, clock.seconds, clock.ms, eventTimeZone);
  return new Date(local.getTime());
}

function parseInstant(value: string, event: RecurringEventLike, field: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new ContentError(`unreadable date and time ${JSON.stringify(value)}`, { documentId: event._id, path: field });
  }
  return date;
}

/**
 * The RRULE value (without `RRULE:`) of a series for an ICS file whose DTSTART is in Europe/Brussels, e.g.
 * `FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=2;COUNT=10`. `UNTIL` is the end of the `until` day in Brussels, in UTC.
 * Exceptions are not part of an RRULE: use {@link exceptionInstants} for EXDATE. For a monthly rule without
 * `setPosition`, pass the series' `start` so the position of its first date is used (as {@link expandRecurrence} does).
 */
export function toRRule(recurrence: RecurrenceRule, start?: string | Date): string {
  const parts = [`FREQ=${recurrence.frequency === "weekly" ? "WEEKLY" : "MONTHLY"}`];
  parts.push(`INTERVAL=${Math.max(1, Math.floor(recurrence.interval || 1))}`);
  parts.push(`BYDAY=${recurrence.weekday}`);
  if (recurrence.frequency === "monthly") {
    const position =
      recurrence.setPosition ?? (start === undefined ? undefined : positionInMonth(wallClock(new Date(start)).day));
    if (position) parts.push(`BYSETPOS=${position}`);
  }
  if (recurrence.until) {
    const [y, m, d] = recurrence.until.split("-").map(Number);
    const endOfDay = new TZDate(y ?? 1970, (m ?? 1) - 1, d ?? 1, 23, 59, 59, 0, eventTimeZone);
    parts.push(
      `UNTIL=${new Date(endOfDay.getTime())
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d{3}/, "")}`,
    );
  }
  if (recurrence.count) parts.push(`COUNT=${recurrence.count}`);
  return parts.join(";");
}

/** The instants (same Brussels wall-clock time as `start`) on which a series is cancelled, for EXDATE. */
export function exceptionInstants(event: RecurringEventLike): Date[] {
  const dates = event.recurrence?.exceptions ?? [];
  if (dates.length === 0) return [];
  const clock = wallClock(parseInstant(event.start, event, "start"));
  return dates.map((date) => fromWallClock({ ...clock, day: dayNumber(date) }));
}

/** The first instant after the Brussels calendar day of `instant` (its next local midnight). */
export function endOfBrusselsDay(instant: Date): Date {
  const local = new TZDate(instant.getTime(), eventTimeZone);
  return new Date(
    new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + 1, 0, 0, 0, 0, eventTimeZone).getTime(),
  );
}
