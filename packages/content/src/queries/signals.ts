import { defineQuery } from "groq";

/**
 * Signals, newest observation first. Public ones only unless `$includeInternal` is true; `$theme` (slug) and
 * `$status` narrow the list when not null.
 */
export const signalsQuery = defineQuery(`*[_type == "signal"
  && (visibility == "public" || $includeInternal == true)
  && ($theme == null || $theme in themes[]->slug.current)
  && ($status == null || status == $status)] | order(observedAt desc, title asc){
  _id, _type, title, "slug": slug.current,
  description[]{..., _type == "image" => {"url": asset->url}},
  "themes": themes[]->{_id, _type, title, "slug": slug.current, kind},
  region, observedAt,
  "sourceOrganisation": sourceOrganisation->{_id, _type, name, "slug": slug.current, kind, municipality, region, website},
  status, visibility, passedTo, outcome
}`);
