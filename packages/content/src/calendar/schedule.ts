/**
 * Which events are coming and which are over, at a given moment: every event's dates worked out once (a series
 * expanded in Europe/Brussels) and sorted the way the agenda shows them; and whether one can still register for each.
 * The one place the rule "registration is open" is written: the site's pages and the calendar files both ask here.
 */
import { TZDate } from "@date-fns/tz";
import { ContentError } from "../errors.js";
import { eventTimeZone } from "../model/index.js";
import type { Event } from "../read/results.js";
import { expandRecurrence, type Occurrence } from "./recurrence.js";

/** An event with its dates as seen at the moment of the schedule. */
export interface ScheduledEvent {
  event: Event;
  /** The dates that have not ended yet and start within the horizon, soonest first (a one-off event: at most one). */
  upcoming: Occurrence[];
  /** The first date that has not ended, even beyond the horizon; undefined when the event is over. */
  next?: Occurrence;
  /** The last date, when every date has ended. */
  last?: Occurrence;
  /**
   * Whether one can register at the schedule's moment: the event takes registrations (`event.registration`), is not
   * over (no {@link last}) and the day of its registration deadline, if it has one, has not ended in Brussels. The
   * rule of {@link isRegistrationOpen}.
   */
  registrationOpen: boolean;
}

/** Every event at one moment: all of them, the coming ones and the past ones. */
export interface EventSchedule {
  /** The moment the schedule is for. */
  now: Date;
  /** Events by first start. */
  events: ScheduledEvent[];
  /** Events with a date still to come (within {@link ScheduleOptions.lookAheadYears}), soonest next date first. */
  upcoming: ScheduledEvent[];
  /** Events whose every date has ended, the most recent last date first. */
  past: ScheduledEvent[];
}

/** Options of {@link scheduleEvents}. */
export interface ScheduleOptions {
  /** The moment to look from; default: now. */
  now?: Date;
  /** How far ahead `upcoming` lists the dates of a series, in days; default 400. */
  horizonDays?: number;
  /** How far ahead a date still makes an event upcoming, in years; default 5. */
  lookAheadYears?: number;
}

const dayMs = 86_400_000;
const defaultLookAheadYears = 5;

/** An event's dates at `now`: those that have not ended (up to the look-ahead), or else its last one. */
interface DatesAt {
  coming: Occurrence[];
  last?: Occurrence;
}

function datesAt(event: Event, now: Date, lookAheadYears: number): DatesAt {
  const far = new Date(now.getTime());
  far.setUTCFullYear(far.getUTCFullYear() + lookAheadYears);
  const dates = expandRecurrence(event, { from: new Date(event.start), to: far });
  // Not ended: as a window from `now` would count it (a date of no length at `now` has not ended).
  const open = (date: Occurrence) => date.end.getTime() > now.getTime() || date.start.getTime() >= now.getTime();
  const coming = dates.filter(open);
  const last = coming.length > 0 ? undefined : dates.at(-1);
  return last ? { coming, last } : { coming };
}

/**
 * The moment registration closes for a registration `deadline` (`YYYY-MM-DD`, inclusive): the midnight that ends
 * that day in Brussels, i.e. the start of the next day there (23:00 or 22:00 UTC, by winter or summer time).
 *
 * @throws ContentError when `deadline` is not a calendar date `YYYY-MM-DD`.
 */
export function registrationClosesAt(deadline: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(deadline);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [Number.NaN, 0, 0];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (!match || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new ContentError(`registration deadline ${JSON.stringify(deadline)} is not a date YYYY-MM-DD`);
  }
  // The day after, at 00:00 Brussels wall-clock time (TZDate rolls 32 January over into 1 February).
  const closes = new TZDate(year, month - 1, day + 1, 0, 0, 0, 0, eventTimeZone);
  return new Date(closes.getTime());
}

/** Whether the registration deadline of `event`, if it has one, still lets one register at `now`. */
function beforeDeadline(event: Event, now: Date): boolean {
  const deadline = event.registration?.deadline;
  if (!deadline) return true;
  try {
    return now.getTime() < registrationClosesAt(deadline).getTime();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    throw new ContentError(error.problem, { documentId: event._id, path: "registration.deadline" }, { cause: error });
  }
}

/** The rule of {@link isRegistrationOpen}, with whether the event is over already known. */
function registrationOpenAt(event: Event, now: Date, over: boolean): boolean {
  return Boolean(event.registration) && !over && beforeDeadline(event, now);
}

/**
 * Whether one can register for `event` at `now`: it takes registrations (`event.registration` is set), it is not
 * over (a date of it has not ended, as {@link scheduleEvents} counts it: a series with dates still to come is not
 * over) and the day of its registration deadline, if any, has not ended in Brussels (see
 * {@link registrationClosesAt}). Without a deadline, registration is open until the event is over.
 *
 * @throws ContentError for an unreadable start, end or deadline.
 */
export function isRegistrationOpen(event: Event, now: Date): boolean {
  // The deadline first: it is cheap, and once it has passed the dates need not be worked out.
  if (!registrationOpenAt(event, now, false)) return false;
  return datesAt(event, now, defaultLookAheadYears).last === undefined;
}

/**
 * The schedule of `events` (as `Content.getEvents()` gives them, by first start) at `now`. Each event's dates are
 * expanded once, from its first start up to the look-ahead.
 *
 * @throws ContentError for an event with an unreadable start, end or registration deadline.
 */
export function scheduleEvents(events: readonly Event[], options: ScheduleOptions = {}): EventSchedule {
  const now = options.now ?? new Date();
  const horizon = now.getTime() + (options.horizonDays ?? 400) * dayMs;
  const scheduled = events.map((event): ScheduledEvent => {
    const { coming, last } = datesAt(event, now, options.lookAheadYears ?? defaultLookAheadYears);
    const next = coming[0];
    return {
      event,
      upcoming: coming.filter((date) => date.start.getTime() < horizon),
      ...(next ? { next } : {}),
      ...(last ? { last } : {}),
      registrationOpen: registrationOpenAt(event, now, last !== undefined),
    };
  });
  const startOf = (date: Occurrence | undefined) => date?.start.getTime() ?? 0;
  return {
    now,
    events: scheduled,
    upcoming: scheduled.filter((item) => item.next).sort((a, b) => startOf(a.next) - startOf(b.next)),
    past: scheduled.filter((item) => item.last).sort((a, b) => startOf(b.last) - startOf(a.last)),
  };
}
