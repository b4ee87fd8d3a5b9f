import { defineField, defineType } from "@sanity/types";
import { apiVersion, publishedId, slugOptions, slugRule } from "./rules.js";

export const toolkitChapter = defineType({
  name: "toolkitChapter",
  type: "document",
  title: "Hoofdstuk",
  fields: [
    defineField({
      name: "edition",
      type: "reference",
      title: "Editie",
      to: [{ type: "toolkitEdition" }],
      validation: (rule) => rule.required().error("Kies de toolkit-editie waartoe dit hoofdstuk hoort."),
    }),
    defineField({
      name: "number",
      type: "number",
      title: "Nummer",
      validation: (rule) => [
        rule.required().integer().min(1).error("Vul het nummer van het hoofdstuk in als geheel getal van 1 of meer."),
        rule.custom(async (number: number | undefined, context) => {
          const document = context.document as { _id: string; edition?: { _ref?: string } } | undefined;
          const edition = document?.edition?._ref;
          if (number === undefined || !document || !edition) return true;
          const id = publishedId(document._id);
          const others = await context
            .getClient({ apiVersion })
            .fetch<string[]>(
              `*[_type == "toolkitChapter" && edition._ref == $edition && number == $number && !(_id in [$id, $draft])].title`,
              { edition, number, id, draft: `drafts.${id}` },
            );
          return others.length
            ? `Hoofdstuk ${number} bestaat al in deze editie (‘${others[0]}’); kies een ander nummer.`
            : true;
        }),
      ],
    }),
    defineField({
      name: "title",
      type: "string",
      title: "Titel",
      validation: (rule) => rule.required().error("Vul de titel van het hoofdstuk in."),
    }),
    defineField({ name: "slug", type: "slug", title: "Slug", options: slugOptions(), validation: slugRule }),
    defineField({ name: "summary", type: "text", rows: 3, title: "Samenvatting" }),
    defineField({ name: "body", type: "richText", title: "Tekst" }),
  ],
  orderings: [{ title: "Nummer", name: "numberAsc", by: [{ field: "number", direction: "asc" }] }],
  preview: {
    select: { number: "number", title: "title", edition: "edition.editionNumber" },
    prepare: ({ number, title, edition }) => ({
      title: `${number ?? "?"}. ${title ?? "Hoofdstuk zonder titel"}`,
      subtitle: edition ? `Hoofdstuk · editie ${edition}` : "Hoofdstuk",
    }),
  },
});
