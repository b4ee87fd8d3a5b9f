import { defineField, defineType } from "@sanity/types";
import { safeUrl } from "./rules.js";

export const link = defineType({
  name: "link",
  type: "object",
  title: "Link",
  fields: [
    defineField({
      name: "label",
      type: "string",
      title: "Tekst van de link",
      description: "Wat de lezer ziet, bijvoorbeeld ‘Brochure van het OCMW (pdf)’.",
      validation: (rule) => rule.required().error("Vul de tekst van de link in."),
    }),
    defineField({
      name: "url",
      type: "url",
      title: "Adres",
      description: "https://…, mailto:… of tel:…",
      validation: (rule) => [rule.required().error("Vul het adres van de link in."), safeUrl(rule)],
    }),
  ],
  preview: { select: { title: "label", subtitle: "url" } },
});
