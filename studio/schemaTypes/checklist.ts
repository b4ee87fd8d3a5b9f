import { defineArrayMember, defineField, defineType } from "@sanity/types";

export const checklist = defineType({
  name: "checklist",
  type: "object",
  title: "Checklist",
  description: "Een lijst om af te vinken, zoals het huiswerk na de erkenning.",
  fields: [
    defineField({ name: "title", type: "string", title: "Titel (optioneel)" }),
    defineField({
      name: "items",
      type: "array",
      title: "Punten",
      of: [
        defineArrayMember({
          name: "checklistItem",
          type: "object",
          title: "Punt",
          fields: [
            defineField({
              name: "text",
              type: "string",
              title: "Wat moet er gebeuren?",
              validation: (rule) => rule.required().error("Vul de tekst van dit punt in of verwijder het punt."),
            }),
            defineField({ name: "note", type: "text", rows: 2, title: "Toelichting (optioneel)" }),
          ],
          preview: { select: { title: "text", subtitle: "note" } },
        }),
      ],
      validation: (rule) => rule.required().min(1).error("Een checklist heeft minstens één punt nodig."),
    }),
  ],
  preview: {
    select: { title: "title", items: "items" },
    prepare: ({ title, items }) => ({
      title: title ?? "Checklist",
      subtitle: `Checklist · ${Array.isArray(items) ? items.length : 0} punten`,
    }),
  },
});
