/**
 * Which events are coming and which are over, at a given moment: every event's dates worked out once (a series
 * expanded in Europe/Brussels) and sorted the way the agenda shows them.
 */
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

/**
 * The schedule of `events` (as `Content.getEvents()` gives them, by first start) at `now`. Each event's dates are
 * expanded once, from its first start up to the look-ahead.
 *
 * @throws ContentError for an event with an unreadable start or end.
 */
export function scheduleEvents(events: readonly Event[], options: ScheduleOptions = {}): EventSchedule {
  const now = options.now ?? new Date();
  const horizon = now.getTime() + (options.horizonDays ?? 400) * dayMs;
  const far = new Date(now.getTime());
  far.setUTCFullYear(far.getUTCFullYear() + (options.lookAheadYears ?? 5));
  const scheduled = events.map((event): ScheduledEvent => {
    const dates = expandRecurrence(event, { from: new Date(event.start), to: far });
    // Not ended: as a window from `now` would count it (a date of no length at `now` has not ended).
    const open = (date: Occurrence) => date.end.getTime() > now.getTime() || date.start.getTime() >= now.getTime();
    const coming = dates.filter(open);
    const next = coming[0];
    const last = next ? undefined : dates.at(-1);
    return {
      event,
      upcoming: coming.filter((date) => date.start.getTime() < horizon),
      ...(next ? { next } : {}),
      ...(last ? { last } : {}),
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
