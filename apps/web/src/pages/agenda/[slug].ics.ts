import type { APIRoute, GetStaticPaths } from "astro";
import { content } from "../../lib/content";

/** One event as a calendar file: `/agenda/<slug>.ics`. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { events } = await content();
  return events.map((event) => ({ params: { slug: event.slug } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { eventCalendar } = await content();
  return new Response(eventCalendar(String(params.slug)), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
};
