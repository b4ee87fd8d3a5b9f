import { defineField, defineType } from "@sanity/types";
import { slugOptions, slugRule } from "./rules.js";

const kindOptions = [
  { title: "Dagelijks leven (hoofdstuk 3)", value: "dailyLife" },
  { title: "Thema van het netwerk", value: "network" },
];

export const theme = defineType({
  name: "theme",
  type: "document",
  title: "Thema",
  fields: [
    defineField({
      name: "title",
      type: "string",
      title: "Titel",
      validation: (rule) => rule.required().error("Vul de naam van het thema in, bijvoorbeeld ‘Wonen’."),
    }),
    defineField({ name: "slug", type: "slug", title: "Slug", options: slugOptions(), validation: slugRule }),
    defineField({
      name: "kind",
      type: "string",
      title: "Soort",
      options: { list: kindOptions, layout: "radio" },
      initialValue: "dailyLife",
      validation: (rule) =>
        rule.required().error("Kies of dit een thema van het dagelijks leven (hoofdstuk 3) of van het netwerk is."),
    }),
    defineField({ name: "description", type: "text", rows: 3, title: "Beschrijving" }),
    defineField({
      name: "order",
      type: "number",
      title: "Volgorde",
      description: "Bepaalt de volgorde in lijsten (laag eerst).",
      validation: (rule) => rule.integer().min(0).error("Vul een geheel getal van 0 of meer in."),
    }),
  ],
  orderings: [
    {
      title: "Volgorde",
      name: "orderAsc",
      by: [
        { field: "order", direction: "asc" },
        { field: "title", direction: "asc" },
      ],
    },
    { title: "Titel", name: "titleAsc", by: [{ field: "title", direction: "asc" }] },
  ],
  preview: {
    select: { title: "title", kind: "kind" },
    prepare: ({ title, kind }) => ({
      title,
      subtitle: kindOptions.find((option) => option.value === kind)?.title,
    }),
  },
});
