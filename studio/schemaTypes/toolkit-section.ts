import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { apiVersion, publishedId, slugOptions, slugRule } from "./rules.js";
import { chapterNumberOf, sectionNumberPattern } from "./section-number.js";

export const toolkitSection = defineType({
  name: "toolkitSection",
  type: "document",
  title: "Paragraaf",
  fields: [
    defineField({
      name: "chapter",
      type: "reference",
      title: "Hoofdstuk",
      to: [{ type: "toolkitChapter" }],
      validation: (rule) => rule.required().error("Kies het hoofdstuk waartoe deze paragraaf hoort."),
    }),
    defineField({
      name: "number",
      type: "string",
      title: "Nummer",
      description: "Hoofdstuk en volgnummer, zoals 3.12.",
      validation: (rule) => [
        rule.required().error("Vul het nummer van de paragraaf in, zoals 3.12."),
        rule
          .regex(sectionNumberPattern)
          .error(
            "Schrijf het nummer als hoofdstuknummer, punt, volgnummer: bijvoorbeeld 3.12 (zonder spaties of punt op het einde).",
          ),
        rule.custom(async (number: string | undefined, context) => {
          const document = context.document as { _id: string; chapter?: { _ref?: string } } | undefined;
          const chapterId = document?.chapter?._ref;
          const first = number ? chapterNumberOf(number) : undefined;
          if (first === undefined || !document || !chapterId) return true;
          const client = context.getClient({ apiVersion });
          const chapterNumber = await client.fetch<number | null>(
            `coalesce(*[_id == $draft][0].number, *[_id == $id][0].number)`,
            { id: chapterId, draft: `drafts.${chapterId}` },
          );
          if (typeof chapterNumber === "number" && chapterNumber !== first) {
            return `Het nummer ${number} begint met ${first}, maar de paragraaf staat in hoofdstuk ${chapterNumber}; begin het nummer met ${chapterNumber}. of kies het juiste hoofdstuk.`;
          }
          const id = publishedId(document._id);
          const others = await client.fetch<string[]>(
            `*[_type == "toolkitSection" && chapter._ref == $chapter && number == $number && !(_id in [$id, $draft])].title`,
            { chapter: chapterId, number, id, draft: `drafts.${id}` },
          );
          return others.length ? `Paragraaf ${number} bestaat al (‘${others[0]}’); kies een ander nummer.` : true;
        }),
      ],
    }),
    defineField({
      name: "title",
      type: "string",
      title: "Titel",
      validation: (rule) => rule.required().error("Vul de titel van de paragraaf in."),
    }),
    defineField({ name: "slug", type: "slug", title: "Slug", options: slugOptions(), validation: slugRule }),
    defineField({ name: "summary", type: "text", rows: 3, title: "Samenvatting" }),
    defineField({
      name: "body",
      type: "richText",
      title: "Tekst",
      validation: (rule) => rule.required().error("Schrijf de tekst van de paragraaf."),
    }),
    defineField({
      name: "themes",
      type: "array",
      title: "Thema’s",
      of: [defineArrayMember({ type: "reference", to: [{ type: "theme" }] })],
      validation: (rule) => rule.unique().error("Elk thema mag maar één keer in de lijst staan."),
    }),
  ],
  orderings: [
    {
      title: "Nummer",
      name: "numberAsc",
      by: [
        { field: "chapter.number", direction: "asc" },
        { field: "number", direction: "asc" },
      ],
    },
  ],
  preview: {
    select: { number: "number", title: "title", chapter: "chapter.title" },
    prepare: ({ number, title, chapter }) => ({
      title: [number, title ?? "Paragraaf zonder titel"].filter(Boolean).join(" "),
      subtitle: chapter ? `Paragraaf · ${chapter}` : "Paragraaf",
    }),
  },
});
