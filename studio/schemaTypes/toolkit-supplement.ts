import { defineField, defineType } from "@sanity/types";
import { slugOptions, slugRule } from "./rules.js";

export const toolkitSupplement = defineType({
  name: "toolkitSupplement",
  type: "document",
  title: "Bijlage",
  description: "Een aanvulling bij een paragraaf, zoals ‘Energie en water’ bij budgetbeheer.",
  fields: [
    defineField({
      name: "section",
      type: "reference",
      title: "Bij paragraaf",
      to: [{ type: "toolkitSection" }],
      validation: (rule) => rule.required().error("Kies de paragraaf waarbij deze bijlage hoort."),
    }),
    defineField({
      name: "title",
      type: "string",
      title: "Titel",
      validation: (rule) => rule.required().error("Vul de titel van de bijlage in."),
    }),
    defineField({ name: "slug", type: "slug", title: "Slug", options: slugOptions(), validation: slugRule }),
    defineField({
      name: "order",
      type: "number",
      title: "Volgorde",
      description: "De volgorde binnen de paragraaf (1 = eerst).",
      initialValue: 1,
      validation: (rule) => rule.integer().min(1).error("Vul een geheel getal van 1 of meer in."),
    }),
    defineField({ name: "summary", type: "text", rows: 3, title: "Samenvatting" }),
    defineField({
      name: "body",
      type: "richText",
      title: "Tekst",
      validation: (rule) => rule.required().error("Schrijf de tekst van de bijlage."),
    }),
  ],
  orderings: [
    {
      title: "Paragraaf en volgorde",
      name: "sectionOrder",
      by: [
        { field: "section.number", direction: "asc" },
        { field: "order", direction: "asc" },
      ],
    },
  ],
  preview: {
    select: { title: "title", number: "section.number", section: "section.title" },
    prepare: ({ title, number, section }) => ({
      title: title ?? "Bijlage zonder titel",
      subtitle: section ? `Bijlage bij ${[number, section].filter(Boolean).join(" ")}` : "Bijlage",
    }),
  },
});
