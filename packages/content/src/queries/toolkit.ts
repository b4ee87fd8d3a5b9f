import { defineQuery } from "groq";

/**
 * A toolkit edition (`$edition`: its number, or null for the newest) with its chapters, their sections and each
 * section's supplements. Chapters come in `number` order, supplements in `order`; sections are ordered by their
 * number parts in code (3.2 before 3.12).
 */
export const toolkitEditionQuery =
  defineQuery(`*[_type == "toolkitEdition" && ($edition == null || editionNumber == $edition)] | order(editionNumber desc)[0]{
  _id, _type, title, subtitle, "slug": slug.current, editionNumber, year,
  intro[]{..., _type == "image" => {"url": asset->url}},
  colophon[]{..., _type == "image" => {"url": asset->url}},
  disclaimer,
  "publisher": publisher->{_id, _type, name, "slug": slug.current, kind, municipality, region, website},
  editionHistory[]{edition, year, note},
  "chapters": *[_type == "toolkitChapter" && edition._ref == ^._id] | order(number asc){
    _id, _type, number, title, "slug": slug.current, summary,
    body[]{..., _type == "image" => {"url": asset->url}},
    "sections": *[_type == "toolkitSection" && chapter._ref == ^._id]{
      _id, _type, number, title, "slug": slug.current, summary,
      body[]{..., _type == "image" => {"url": asset->url}},
      "themes": themes[]->{_id, _type, title, "slug": slug.current, kind},
      "supplements": *[_type == "toolkitSupplement" && section._ref == ^._id] | order(order asc, title asc){
        _id, _type, title, "slug": slug.current, order, summary,
        body[]{..., _type == "image" => {"url": asset->url}}
      }
    }
  }
}`);

/** Every toolkit section in short form (for navigation and lists); ordered by number in code. */
export const toolkitSectionListQuery = defineQuery(`*[_type == "toolkitSection"]{
  _id, _type, number, title, "slug": slug.current, summary,
  "chapter": chapter->{_id, number, title, "slug": slug.current}
}`);

/** One toolkit section by slug (`$slug`), with its chapter, themes and supplements. */
export const toolkitSectionQuery = defineQuery(`*[_type == "toolkitSection" && slug.current == $slug][0]{
  _id, _type, number, title, "slug": slug.current, summary,
  body[]{..., _type == "image" => {"url": asset->url}},
  "chapter": chapter->{_id, number, title, "slug": slug.current},
  "themes": themes[]->{_id, _type, title, "slug": slug.current, kind},
  "supplements": *[_type == "toolkitSupplement" && section._ref == ^._id] | order(order asc, title asc){
    _id, _type, title, "slug": slug.current, order, summary,
    body[]{..., _type == "image" => {"url": asset->url}}
  }
}`);

/** One toolkit supplement by slug (`$slug`), with the section it belongs to. */
export const toolkitSupplementQuery = defineQuery(`*[_type == "toolkitSupplement" && slug.current == $slug][0]{
  _id, _type, title, "slug": slug.current, order, summary,
  body[]{..., _type == "image" => {"url": asset->url}},
  "section": section->{_id, _type, number, title, "slug": slug.current, summary, "chapter": chapter->{_id, number, title, "slug": slug.current}}
}`);
