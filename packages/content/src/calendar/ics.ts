/**
 * Events as iCalendar (RFC 5545) files: one event for "add to my calendar", and the subscribable feed of all public
 * events. Generated with `ical-generator`; the Europe/Brussels VTIMEZONE comes from `timezones-ical-library` (typed
 * ESM, released along with the IANA time zone database; `@touch4it/ical-timezones`, which ical-generator's docs name,
 * has had no release since 2024 and no types). Times are written as Brussels wall-clock time
 * (`DTSTART;TZID=Europe/Brussels`) rather than UTC, so a weekly 19:30 series stays at 19:30 across daylight-saving
 * switches in every calendar app: an RRULE on a UTC start would drift by an hour in summer. A file is written at a
 * moment (`now`): the default description invites to register only while registration is open then
 * ({@link isRegistrationOpen}), so the file of a past event, or of one whose registration closed, invites no one.
 */
import { TZDate } from "@date-fns/tz";
import ical, { escape as escapeText, type ICalCalendar, ICalCalendarMethod, type ICalEventData } from "ical-generator";
import { tzlib_get_ical_block } from "timezones-ical-library";
import { ContentError } from "../errors.js";
import { calendarUidDomain, eventTimeZone, hrefFor } from "../model/index.js";
import type { Event } from "../read/results.js";
import { toPlainText } from "../render/text.js";
import { endOfBrusselsDay, exceptionInstants, toRRule } from "./recurrence.js";
import { isRegistrationOpen } from "./schedule.js";

/** Name of the subscribable feed (`X-WR-CALNAME`) unless another is given. */
export const calendarFeedName = "Gastvrij Netwerk — agenda";

/** How often a subscribed calendar app should fetch the feed again (`REFRESH-INTERVAL`), in seconds: 6 hours. */
export const defaultRefreshIntervalSeconds = 6 * 3600;

/** Options of {@link eventToIcs}. */
export interface EventIcsOptions {
  /**
   * Address of the site, e.g. `https://gastvrijnetwerk.be`; the event's `URL` and the description's link are its page
   * there. The `UID` does not depend on it.
   */
  siteUrl: string;
  /**
   * When the file is made: `DTSTAMP` of every event, and the moment at which the default description decides whether
   * registration is still open. Default: the current time; pass a fixed date (such as a build's clock) for output
   * that only changes when the content or that moment does.
   */
  now?: Date;
  /**
   * The plain-text `DESCRIPTION` of an event, given its page address and the moment of writing (`now`). Default:
   * {@link describeEvent} (summary, body text, location, registration while it is open, contact, organiser and a
   * link to the page).
   */
  describe?: (event: Event, pageUrl: string, now: Date) => string;
  /**
   * Domain part of each `UID` (`<event id>@<domain>`). Default: {@link calendarUidDomain}, a constant and never the
   * host of `siteUrl`: the UID depends on the event document only, so the same event keeps its UID whether the feed
   * is served from `http://localhost:4321`, another port or the public site, and subscribers get no duplicates.
   */
  uidDomain?: string;
}

/** Options of {@link eventsToIcs}. */
export interface EventsIcsOptions extends EventIcsOptions {
  /** Calendar name (`X-WR-CALNAME`/`NAME`). Default: {@link calendarFeedName}. */
  name?: string;
  /** `REFRESH-INTERVAL`/`X-PUBLISHED-TTL` in seconds. Default: {@link defaultRefreshIntervalSeconds}. */
  refreshIntervalSeconds?: number;
}

/**
 * One event as an `.ics` file (a VCALENDAR with one VEVENT, plus the VTIMEZONE), for an "add to calendar" link.
 * A series is one VEVENT with `RRULE` and `EXDATE` for its cancelled dates.
 *
 * @throws ContentError for an unreadable start or end, or an unusable `siteUrl`.
 */
export function eventToIcs(event: Event, options: EventIcsOptions): string {
  const calendar = newCalendar(options);
  addEvent(calendar, event, options, options.now ?? new Date());
  return finish(calendar);
}

/**
 * The subscribable feed of events as one `.ics` file: name, refresh interval, the VTIMEZONE and one VEVENT per
 * event (series with `RRULE`/`EXDATE`). Pass public events only (those of `Content.getEvents()`); the order of the
 * VEVENTs is the order of `events`.
 *
 * @example
 * ```ts
 * const content = await openContent();
 * const ics = eventsToIcs(await content.getEvents(), { siteUrl: "https://example.be" });
 * ```
 * @throws ContentError for an unreadable start or end, or an unusable `siteUrl`.
 */
export function eventsToIcs(events: readonly Event[], options: EventsIcsOptions): string {
  const calendar = newCalendar(options);
  calendar.name(escapeText(oneLine(options.name ?? calendarFeedName), false));
  calendar.ttl(options.refreshIntervalSeconds ?? defaultRefreshIntervalSeconds);
  const now = options.now ?? new Date();
  for (const event of events) addEvent(calendar, event, options, now);
  return finish(calendar);
}

/**
 * The default plain-text description of an event: summary, the text of its body, where, how to register, whom to
 * contact, who organises, and the page address. Lines are separated by `\n` (the ICS writer escapes them). How to
 * register ("Inschrijven: <url or e-mail>" and the registration note) is there only while registration is open at
 * `now` (default: the current time; see {@link isRegistrationOpen}): once the event is over or its deadline day has
 * ended, the description invites no one; whom to contact and who organises stay.
 */
export function describeEvent(event: Event, pageUrl: string, now: Date = new Date()): string {
  const parts: string[] = [];
  if (event.summary) parts.push(event.summary.trim());
  const body = toPlainText(event.body);
  if (body) parts.push(body);
  const facts: string[] = [];
  const location = event.location;
  if (location) {
    const where = [location.name, location.address, location.municipality].filter(Boolean).join(", ");
    facts.push(`Locatie: ${where}`);
    if (location.online && location.onlineUrl) facts.push(`Online: ${location.onlineUrl}`);
  }
  const registration = event.registration;
  if (registration && isRegistrationOpen(event, now)) {
    if (registration.url) facts.push(`Inschrijven: ${registration.url}`);
    else if (registration.email) facts.push(`Inschrijven: ${registration.email}`);
    if (registration.note) facts.push(registration.note.trim());
  }
  const contact = registration?.contact;
  if (contact) {
    const name = contact.role ? `${contact.name} (${contact.role})` : contact.name;
    facts.push(`Contact: ${[name, contact.email, contact.phone].filter(Boolean).join(", ")}`);
  }
  if (event.organiser) facts.push(`Organisatie: ${event.organiser.name}`);
  if (facts.length) parts.push(facts.join("\n"));
  parts.push(`Meer info: ${pageUrl}`);
  return parts.join("\n\n");
}

function newCalendar(options: EventIcsOptions): ICalCalendar {
  siteOrigin(options.siteUrl);
  const calendar = ical({
    prodId: { company: "Gastvrij Netwerk", product: "Agenda", language: "NL" },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone name: with one, ical-generator would write DTSTAMP as local time instead of UTC.
    timezone: { name: null, generator: vtimezone },
  });
  calendar.x("X-WR-TIMEZONE", eventTimeZone);
  return calendar;
}

/** The VTIMEZONE block of `zone` (ical-generator calls this once per zone used by the events). */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  const text = Array.isArray(block) ? block[0] : undefined;
  return text?.startsWith("BEGIN:VTIMEZONE") ? text : null;
}

function addEvent(calendar: ICalCalendar, event: Event, options: EventIcsOptions, now: Date): void {
  const pageUrl = new URL(hrefFor("event", event.slug), siteOrigin(options.siteUrl)).href;
  const start = parseInstant(event, "start", event.start);
  const end = event.end ? parseInstant(event, "end", event.end) : undefined;
  const describe = options.describe ?? describeEvent;
  const data: ICalEventData = {
    id: eventUid(event, options),
    stamp: now,
    start: inZone(start),
    timezone: eventTimeZone,
    summary: event.title,
    description: describe(event, pageUrl, now),
    url: pageUrl,
  };
  if (end) data.end = inZone(end);
  if (event.allDay) {
    // A date without an hour: DTSTART;VALUE=DATE and an exclusive DTEND the day after the (last) day.
    data.allDay = true;
    data.end = inZone(endOfBrusselsDay(end ?? start));
  }
  if (event.location) {
    const address = [event.location.address, event.location.municipality].filter(Boolean).join(", ");
    data.location = { title: event.location.name, ...(address ? { address } : {}) };
  }
  const email = event.registration?.contact?.email ?? event.registration?.email;
  const organizerName = event.organiser?.name ?? event.registration?.contact?.name;
  if (email && organizerName) data.organizer = { name: organizerName, email };
  if (event.recurrence) {
    const lines = [`RRULE:${toRRule(event.recurrence, event.start)}`];
    const excluded = exceptionInstants(event);
    if (excluded.length) lines.push(`EXDATE;TZID=${eventTimeZone}:${excluded.map(localDateTime).join(",")}`);
    data.repeating = lines.join("\r\n");
  }
  calendar.createEvent(data);
}

/**
 * The `UID` of an event: its document id and a fixed domain, nothing of the site's address or the time of writing.
 * A series is one VEVENT, so all its occurrences share this UID (an override of one occurrence, with `RECURRENCE-ID`,
 * would have to use it too).
 */
function eventUid(event: Event, options: EventIcsOptions): string {
  return `${uidPart(event._id)}@${uidPart(options.uidDomain ?? calendarUidDomain)}`;
}

/** The calendar text with a line break after the last line too, as RFC 5545 asks. */
function finish(calendar: ICalCalendar): string {
  return `${calendar.toString()}\r\n`;
}

/** A Date that ical-generator writes as Brussels wall-clock time (it recognises @date-fns/tz's TZDate). */
function inZone(instant: Date): TZDate {
  return new TZDate(instant.getTime(), eventTimeZone);
}

/** `YYYYMMDDTHHMMSS` in Brussels, for `EXDATE;TZID=Europe/Brussels`. */
function localDateTime(instant: Date): string {
  const local = inZone(instant);
  const pad = (value: number, length = 2) => String(value).padStart(length, "0");
  return `${pad(local.getFullYear(), 4)}${pad(local.getMonth() + 1)}${pad(local.getDate())}T${pad(local.getHours())}${pad(local.getMinutes())}${pad(local.getSeconds())}`;
}

function parseInstant(event: Event, field: string, value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new ContentError(`unreadable date and time ${JSON.stringify(value)}`, { documentId: event._id, path: field });
  }
  return date;
}

function siteOrigin(siteUrl: string): URL {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new ContentError(`siteUrl ${JSON.stringify(siteUrl)} is not an absolute http(s) address`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ContentError(`siteUrl ${JSON.stringify(siteUrl)} is not an absolute http(s) address`);
  }
  return url;
}

/** A UID part that cannot break out of its line: anything outside `[A-Za-z0-9._-]` is percent-encoded. */
function uidPart(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]/gu, (c) =>
    [...new TextEncoder().encode(c)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  );
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
