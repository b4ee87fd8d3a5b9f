import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { audienceOptions } from "./options.js";
import { slugOptions, slugRule } from "./rules.js";

export const tool = defineType({
  name: "tool",
  type: "document",
  title: "Tool",
  description: "Een hulpmiddel voor vrijwilligers: een brochure, sjabloon, website of vorming.",
  fields: [
    defineField({
      name: "title",
      type: "string",
      title: "Titel",
      validation: (rule) => rule.required().error("Vul de naam van de tool in."),
    }),
    defineField({ name: "slug", type: "slug", title: "Slug", options: slugOptions(), validation: slugRule }),
    defineField({
      name: "summary",
      type: "text",
      rows: 3,
      title: "Wat is het?",
      validation: (rule) => rule.required().error("Beschrijf in een paar zinnen wat de tool is."),
    }),
    defineField({ name: "whenToUse", type: "text", rows: 3, title: "Wanneer gebruik je het?" }),
    defineField({
      name: "publisher",
      type: "reference",
      title: "Door wie?",
      description: "De organisatie die de tool maakte of aanbiedt.",
      to: [{ type: "organisation" }],
    }),
    defineField({
      name: "year",
      type: "number",
      title: "Jaar",
      validation: (rule) => rule.integer().min(1990).max(2100).error("Vul een jaartal in, bijvoorbeeld 2019."),
    }),
    defineField({
      name: "themes",
      type: "array",
      title: "Thema’s",
      of: [defineArrayMember({ type: "reference", to: [{ type: "theme" }] })],
      validation: (rule) => rule.unique().error("Elk thema mag maar één keer in de lijst staan."),
    }),
    defineField({
      name: "audience",
      type: "array",
      title: "Voor wie?",
      of: [defineArrayMember({ type: "string" })],
      options: { list: audienceOptions, layout: "grid" },
      validation: (rule) => rule.unique().error("Elke doelgroep mag maar één keer aangevinkt zijn."),
    }),
    defineField({ name: "links", type: "array", title: "Links", of: [defineArrayMember({ type: "link" })] }),
    defineField({
      name: "files",
      type: "array",
      title: "Bestanden",
      of: [
        defineArrayMember({
          type: "file",
          title: "Bestand",
          fields: [
            defineField({
              name: "title",
              type: "string",
              title: "Titel",
              validation: (rule) => rule.required().error("Geef het bestand een titel, zoals ‘Budgetplanner (Excel)’."),
            }),
          ],
        }),
      ],
    }),
    defineField({ name: "body", type: "richText", title: "Meer uitleg" }),
  ],
  orderings: [
    { title: "Titel", name: "titleAsc", by: [{ field: "title", direction: "asc" }] },
    { title: "Jaar, nieuwste eerst", name: "yearDesc", by: [{ field: "year", direction: "desc" }] },
  ],
  preview: {
    select: { title: "title", publisher: "publisher.name", year: "year" },
    prepare: ({ title, publisher, year }) => ({
      title,
      subtitle: [publisher, year].filter(Boolean).join(" · "),
    }),
  },
});
