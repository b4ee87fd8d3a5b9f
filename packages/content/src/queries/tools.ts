import { defineQuery } from "groq";

/** All tools by title; `$theme` (a theme slug or null) narrows to the tools linked to that theme. */
export const toolsQuery =
  defineQuery(`*[_type == "tool" && ($theme == null || $theme in themes[]->slug.current)] | order(lower(title) asc){
  _id, _type, title, "slug": slug.current, summary, whenToUse, year, audience,
  "publisher": publisher->{_id, _type, name, "slug": slug.current, kind, municipality, region, website},
  "themes": themes[]->{_id, _type, title, "slug": slug.current, kind},
  links[]{label, url},
  files[]{title, "url": asset->url},
  body[]{..., _type == "image" => {"url": asset->url}}
}`);
