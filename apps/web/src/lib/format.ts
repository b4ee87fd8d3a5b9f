/** Dates and times as the pages show them: Dutch, in Brussels time. Labels of option values come from the model. */
import { eventTimeZone } from "@gastvrij/content/model";

const dateFormat = new Intl.DateTimeFormat("nl-BE", {
  timeZone: eventTimeZone,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const timeFormat = new Intl.DateTimeFormat("nl-BE", { timeZone: eventTimeZone, hour: "2-digit", minute: "2-digit" });
const dayFormat = new Intl.DateTimeFormat("nl-BE", {
  timeZone: eventTimeZone,
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** "dinsdag 3 maart 2026". */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** "dinsdag 3 maart 2026, 19:30–21:30" in Brussels time. */
export function formatWhen(start: string, end?: string): string {
  const day = formatDate(start);
  const from = timeFormat.format(new Date(start));
  if (!end) return `${day}, ${from}`;
  const sameDay = formatDate(end) === day;
  return sameDay
    ? `${day}, ${from}–${timeFormat.format(new Date(end))}`
    : `${day}, ${from} – ${formatDate(end)}, ${timeFormat.format(new Date(end))}`;
}

/** "30 november 2026 om 17:05": a moment (such as the build's) in Brussels time. */
export function formatMoment(iso: string): string {
  const moment = new Date(iso);
  return `${dayFormat.format(moment)} om ${timeFormat.format(moment)}`;
}
