/**
 * Dates, times and file sizes as the pages show them: Dutch, in Brussels time. One time notation for the whole site,
 * the Flemish "9.30 uur" and "9.30–16.30 uur". Labels of option values come from the model.
 */
import { eventTimeZone } from "@gastvrij/content/model";

const dateFormat = new Intl.DateTimeFormat("nl-BE", {
  timeZone: eventTimeZone,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const clockFormat = new Intl.DateTimeFormat("nl-BE", {
  timeZone: eventTimeZone,
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h23",
});
const dayFormat = new Intl.DateTimeFormat("nl-BE", {
  timeZone: eventTimeZone,
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** A no-break space: "9.30 uur" never breaks between the time and "uur". */
const nbsp = "\u00a0";

/** "dinsdag 3 maart 2026". */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

const isoDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: eventTimeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** "2026-03-03": the day of a moment in Brussels time, as a `datetime` of a date. */
export function brusselsDay(iso: string): string {
  return isoDay.format(new Date(iso));
}

/** "3 maart 2026": the day of a moment in Brussels time (a news item's date). */
export function formatDayOf(iso: string): string {
  return dayFormat.format(new Date(iso));
}

/** "9.30", "19.05", "0.30" in Brussels time (no "uur"). */
export function formatClock(iso: string): string {
  const parts = clockFormat.formatToParts(new Date(iso));
  const hour = Number(parts.find((part) => part.type === "hour")?.value ?? "0");
  const minute = parts.find((part) => part.type === "minute")?.value ?? "00";
  return `${hour % 24}.${minute}`;
}

/** "9.30 uur", or "9.30–16.30 uur" for a range on one day. */
export function formatTimes(start: string, end?: string): string {
  return end ? `${formatClock(start)}–${formatClock(end)}${nbsp}uur` : `${formatClock(start)}${nbsp}uur`;
}

/**
 * When something takes place, in parts: the day(s) as text and the times as a unit that must not wrap (the pages put
 * `nowrap` on those, so "9.30–16.30 uur" stays on one line). An event without an hour (`allDay`) is its day(s) alone;
 * its end is the end of its last day (the next midnight, as the content package's schedule gives it) or a moment in
 * that day.
 */
export type WhenPart = { text: string; nowrap: boolean };

export function whenParts(start: string, givenEnd?: string, allDay = false): WhenPart[] {
  const day = formatDate(start);
  // An end that is not after the start (an occurrence without an end of its own) is no end.
  const end = givenEnd && Date.parse(givenEnd) > Date.parse(start) ? givenEnd : undefined;
  if (allDay) {
    const lastDay =
      end && Date.parse(end) > Date.parse(start) ? formatDate(new Date(Date.parse(end) - 1).toISOString()) : day;
    return [{ text: lastDay === day ? day : `${day} – ${lastDay}`, nowrap: false }];
  }
  if (!end || formatDate(end) === day) {
    return [
      { text: `${day}, `, nowrap: false },
      { text: formatTimes(start, end), nowrap: true },
    ];
  }
  return [
    { text: `${day}, `, nowrap: false },
    { text: formatTimes(start), nowrap: true },
    { text: ` – ${formatDate(end)}, `, nowrap: false },
    { text: formatTimes(end), nowrap: true },
  ];
}

/** "dinsdag 3 maart 2026, 19.30–21.30 uur" in Brussels time; the day alone for an event without an hour. */
export function formatWhen(start: string, end?: string, allDay = false): string {
  return whenParts(start, end, allDay)
    .map((part) => part.text)
    .join("");
}

/** "30 november 2026 om 17.05 uur": a moment (such as the build's) in Brussels time. */
export function formatMoment(iso: string): string {
  return `${formatDayOf(iso)} om ${formatTimes(iso)}`;
}

/** One decimal with a decimal comma, without ",0": 1.24 → "1,2", 48.0 → "48". */
const decimal = new Intl.NumberFormat("nl-BE", { maximumFractionDigits: 1, useGrouping: false });
const whole = new Intl.NumberFormat("nl-BE", { maximumFractionDigits: 0, useGrouping: true });

/**
 * A file size in Dutch: "512 bytes", "4,5 kB", "48 kB", "1,2 MB" (1 kB = 1000 bytes, as the symbol says). One decimal
 * under 10 of a unit, whole numbers above it.
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`not a file size: ${bytes}`);
  const units = ["kB", "MB", "GB", "TB"];
  if (Math.round(bytes) < 1000) {
    const count = Math.round(bytes);
    return `${count}${nbsp}${count === 1 ? "byte" : "bytes"}`;
  }
  let value = bytes / 1000;
  let unit = 0;
  // Round first, then pick the unit: 999,960 bytes is "1 MB", not "1000 kB".
  const rounded = (amount: number) => (amount < 10 ? Math.round(amount * 10) / 10 : Math.round(amount));
  while (rounded(value) >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const amount = rounded(value);
  return `${amount < 10 ? decimal.format(amount) : whole.format(amount)}${nbsp}${units[unit]}`;
}

/** What a download link says of its file: "pdf, 1,2 MB", "docx", "48 kB" (whatever is known). */
export function formatFileFacts(file: { type?: string; size?: number }): string {
  return [file.type, file.size === undefined ? undefined : formatFileSize(file.size)].filter(Boolean).join(", ");
}
