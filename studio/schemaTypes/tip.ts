import { defineField, defineType } from "@sanity/types";

export const tip = defineType({
  name: "tip",
  type: "object",
  title: "Tip",
  description: "Een korte, praktische tip voor vrijwilligers.",
  fields: [
    defineField({ name: "title", type: "string", title: "Titel (optioneel)" }),
    defineField({
      name: "body",
      type: "simpleText",
      title: "Tekst",
      validation: (rule) => rule.required().min(1).error("Schrijf de tip zelf in het tekstveld."),
    }),
  ],
  preview: {
    select: { title: "title" },
    prepare: ({ title }) => ({ title: title ? `Tip: ${title}` : "Tip", subtitle: "Tip" }),
  },
});
