import { defineField, defineType } from "@sanity/types";
import { simpleTextBody } from "./fields.js";

export const tip = defineType({
  name: "tip",
  type: "object",
  title: "Tip",
  description: "Een korte, praktische tip voor vrijwilligers.",
  fields: [
    defineField({ name: "title", type: "string", title: "Titel (optioneel)" }),
    simpleTextBody("Schrijf de tip zelf in het tekstveld."),
  ],
  preview: {
    select: { title: "title" },
    prepare: ({ title }) => ({ title: title ? `Tip: ${title}` : "Tip", subtitle: "Tip" }),
  },
});
