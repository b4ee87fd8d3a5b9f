/** The agenda's pages from the content package's event schedule: every event, the upcoming and the past ones. */

import {
  type EventSchedule,
  eventCalendarPath,
  hrefFor,
  type Occurrence,
  type ScheduledEvent,
} from "@gastvrij/content";
import { describeRecurrence } from "@gastvrij/content/model";
import { describe, given, themeLink } from "./links";
import type { PageRenderer } from "./render";
import type { EventView, Occurrence as OccurrenceView } from "./types";

export interface AgendaPages {
  /** Every event, by first start. */
  events: EventView[];
  /** Events with a date still to come, soonest first. */
  upcoming: EventView[];
  /** Events that are over, the most recent first. */
  past: EventView[];
}

/**
 * What a speaker's line says after the name, each thing once: the role and the organisation, leaving out what the
 * name (or the role) already says ("Team van Globe Aroma" needs no ", Globe Aroma").
 */
export function speakerDetails(name: string, role?: string, organisation?: string): string[] {
  const said = [name.toLocaleLowerCase("nl")];
  const details: string[] = [];
  for (const part of [role, organisation]) {
    const text = part?.trim();
    if (!text) continue;
    const lower = text.toLocaleLowerCase("nl");
    if (said.some((earlier) => earlier.includes(lower))) continue;
    details.push(text);
    said.push(lower);
  }
  return details;
}

const iso = (date: Occurrence): OccurrenceView => ({ start: date.start.toISOString(), end: date.end.toISOString() });

function eventView(
  { event, upcoming, next, last, registrationOpen }: ScheduledEvent,
  renderer: PageRenderer,
): EventView {
  const { location, registration } = event;
  return {
    title: event.title,
    slug: event.slug,
    href: hrefFor("event", event.slug),
    kind: event.kind,
    summary: given(event.summary),
    description: describe(event.summary, event.body, event.title),
    start: event.start,
    end: given(event.end),
    allDay: event.allDay,
    // The dates within the horizon; a series whose next date lies beyond it still shows that one.
    nextOccurrences: (upcoming.length > 0 ? upcoming : next ? [next] : []).map(iso),
    last: last && iso(last),
    isPast: last !== undefined,
    isSeries: event.recurrence !== null,
    recurrenceText: event.recurrence ? describeRecurrence(event.recurrence) : undefined,
    location: location
      ? {
          name: location.name,
          address: given(location.address),
          municipality: given(location.municipality),
          online: given(location.online),
          onlineUrl: given(location.onlineUrl),
        }
      : undefined,
    registration: registration
      ? {
          email: given(registration.email ?? registration.contact?.email ?? null),
          url: given(registration.url),
          note: given(registration.note),
          contact: registration.contact?.name,
          deadline: given(registration.deadline),
          // The package's rule, at the schedule's moment: not over, and the deadline day not ended in Brussels.
          open: registrationOpen,
        }
      : undefined,
    speakers: event.speakers.map((speaker) => ({
      name: speaker.name,
      details: speakerDetails(speaker.name, given(speaker.role), speaker.organisation?.name),
    })),
    organiser: event.organiser?.name,
    themes: event.themes.map(themeLink),
    html: renderer.render(event.body, event._id).html,
    // The report sits under the page's "Verslag" heading (an h2): its own h2 become h3, and so on.
    reportHtml:
      event.report.length > 0 ? renderer.render(event.report, event._id, { headingOffset: 1 }).html : undefined,
    reportFile: event.reportFile ? renderer.download(event.reportFile) : undefined,
    files: event.files.map((file) => renderer.download(file)),
    icsHref: eventCalendarPath(event.slug),
    sample: event.sample,
  };
}

/**
 * The agenda of `schedule` at its moment (`schedule.now`), each event rendered once. What is past and whether
 * registration is open come from the schedule as they are.
 */
export function agendaPages(schedule: EventSchedule, renderer: PageRenderer): AgendaPages {
  const views = new Map(schedule.events.map((item) => [item.event._id, eventView(item, renderer)]));
  const viewOf = (item: ScheduledEvent) => views.get(item.event._id) as EventView;
  return {
    events: [...views.values()],
    upcoming: schedule.upcoming.map(viewOf),
    past: schedule.past.map(viewOf),
  };
}
