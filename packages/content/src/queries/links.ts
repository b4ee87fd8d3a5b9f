import { defineQuery } from "groq";

/** Every document that has a page, in short form, for resolving internal links; internal signals left out. */
export const linkTargetsQuery =
  defineQuery(`*[_type in ["toolkitChapter", "toolkitSection", "toolkitSupplement", "tool", "event", "signal", "theme"]
  && (_type != "signal" || visibility == "public")]{
  _id, _type, "slug": slug.current, title, number
}`);
