import { defineQuery } from "groq";

/** All events by start; upcoming/past and series occurrences are worked out in code (Europe/Brussels). */
export const eventsQuery = defineQuery(`*[_type == "event"] | order(start asc){
  _id, _type, title, "slug": slug.current, kind, summary, start, end, timeZone,
  recurrence{frequency, interval, weekday, setPosition, until, count, exceptions},
  location{name, address, municipality, online, onlineUrl},
  registration{"contact": contact->{_id, name, role, email, phone}, email, url, note},
  speakers[]{name, role, "organisation": organisation->{_id, _type, name, "slug": slug.current, kind, municipality, region, website}},
  "themes": themes[]->{_id, _type, title, "slug": slug.current, kind},
  "organiser": organiser->{_id, _type, name, "slug": slug.current, kind, municipality, region, website},
  body[]{..., _type == "image" => {"url": asset->url}},
  report[]{..., _type == "image" => {"url": asset->url}},
  "reportFile": reportFile{title, "url": asset->url}
}`);
