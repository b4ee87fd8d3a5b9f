import { defineField, defineType } from "@sanity/types";

export const practiceExample = defineType({
  name: "practiceExample",
  type: "object",
  title: "Praktijkvoorbeeld",
  description: "Een voorbeeld uit de werking van een lid of partner.",
  fields: [
    defineField({
      name: "title",
      type: "string",
      title: "Titel",
      validation: (rule) => rule.required().error("Geef het praktijkvoorbeeld een titel."),
    }),
    defineField({
      name: "organisation",
      type: "reference",
      title: "Organisatie",
      description: "De groep of organisatie van wie het voorbeeld komt (optioneel).",
      to: [{ type: "organisation" }],
    }),
    defineField({
      name: "body",
      type: "simpleText",
      title: "Tekst",
      validation: (rule) => rule.required().min(1).error("Beschrijf het praktijkvoorbeeld in het tekstveld."),
    }),
  ],
  preview: {
    select: { title: "title", organisation: "organisation.name" },
    prepare: ({ title, organisation }) => ({
      title: title ?? "Praktijkvoorbeeld",
      subtitle: organisation ? `Praktijkvoorbeeld · ${organisation}` : "Praktijkvoorbeeld",
    }),
  },
});
