import type { APIRoute } from "astro";
import { content } from "../../lib/content";

/** The subscribable feed of all public events: `/agenda/agenda.ics`. */
export const GET: APIRoute = async () => {
  const { calendarFeed } = await content();
  return new Response(calendarFeed(), { headers: { "Content-Type": "text/calendar; charset=utf-8" } });
};
