/**
 * TEMPORARY stand-ins for package functions that are announced but not yet exported by `@gastvrij/content`
 * (`eventToIcs`, `eventsToIcs`). Each export prefers the package's own function as soon as it
 * exists; the fallbacks are deliberately minimal. Delete this file once the package exports them.
 */

import type { Event } from "@gastvrij/content";
import * as contentPackage from "@gastvrij/content";

const pkg = contentPackage as unknown as Record<string, unknown>;

const icsText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, "\\n");
const icsDate = (iso: string) => `${iso.replace(/[-:]/g, "").replace(/\.\d+/, "").slice(0, 15)}Z`;

function fallbackVevent(event: Event): string {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${event._id}@gastvrij-netwerk`,
    `DTSTAMP:${icsDate(new Date().toISOString())}`,
    `DTSTART:${icsDate(new Date(event.start).toISOString())}`,
    ...(event.end ? [`DTEND:${icsDate(new Date(event.end).toISOString())}`] : []),
    `SUMMARY:${icsText(event.title)}`,
    "END:VEVENT",
  ];
  return lines.join("\r\n");
}

const wrap = (body: string) =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Gastvrij Netwerk//Agenda//NL\r\n${body}\r\nEND:VCALENDAR\r\n`;

/** One event as an ICS calendar (the package's `eventToIcs` when available). */
export function eventToIcs(event: Event, options: { siteUrl: string }): string {
  const real = pkg.eventToIcs as ((event: Event, options: { siteUrl: string }) => string) | undefined;
  return real ? real(event, options) : wrap(fallbackVevent(event));
}

/** All events as a subscribable ICS feed (the package's `eventsToIcs` when available). */
export function eventsToIcs(events: Event[], options: { siteUrl: string }): string {
  const real = pkg.eventsToIcs as ((events: Event[], options: { siteUrl: string }) => string) | undefined;
  return real ? real(events, options) : wrap(events.map(fallbackVevent).join("\r\n"));
}
