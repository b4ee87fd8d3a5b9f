import { defineQuery } from "groq";

/** All themes: daily-life themes first, then by `order` and title. */
export const themesQuery = defineQuery(`*[_type == "theme"] | order(kind asc, order asc, title asc){
  _id, _type, title, "slug": slug.current, kind, description, order
}`);

/**
 * One theme by slug (`$slug`) with everything linked to it: toolkit sections, tools, events and public signals
 * (internal signals only when `$includeInternal` is true).
 */
export const themeQuery = defineQuery(`*[_type == "theme" && slug.current == $slug][0]{
  _id, _type, title, "slug": slug.current, kind, description, order,
  "sections": *[_type == "toolkitSection" && references(^._id)]{
    _id, _type, number, title, "slug": slug.current, summary,
    "chapter": chapter->{_id, number, title, "slug": slug.current}
  },
  "tools": *[_type == "tool" && references(^._id)] | order(lower(title) asc){_id, _type, title, "slug": slug.current, summary},
  "events": *[_type == "event" && references(^._id)] | order(start asc){_id, _type, title, "slug": slug.current, kind, summary, start, end},
  "signals": *[_type == "signal" && references(^._id) && (visibility == "public" || $includeInternal == true)] | order(observedAt desc, title asc){
    _id, _type, title, "slug": slug.current, status, region, observedAt, visibility
  }
}`);
