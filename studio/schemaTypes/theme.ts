import { documentTypeTitles, themeKinds } from "@gastvrij/content/model";
import { defineField, defineType } from "@sanity/types";
import { optionField, ordering, slugField, textField, titleField } from "./fields.js";

export const theme = defineType({
  name: "theme",
  type: "document",
  title: documentTypeTitles.theme,
  fields: [
    titleField("Vul de naam van het thema in, bijvoorbeeld ‘Wonen’."),
    slugField(),
    optionField("kind", "Soort", themeKinds, {
      layout: "radio",
      initialValue: "dailyLife",
      required: "Kies of dit een thema van het dagelijks leven (hoofdstuk 3) of van het netwerk is.",
    }),
    textField("description", "Beschrijving"),
    defineField({
      name: "order",
      type: "number",
      title: "Volgorde",
      description: "Bepaalt de volgorde in lijsten (laag eerst).",
      validation: (rule) => rule.integer().min(0).error("Vul een geheel getal van 0 of meer in."),
    }),
  ],
  orderings: [
    ordering("Volgorde", "orderAsc", ["order", "asc"], ["title", "asc"]),
    ordering("Titel", "titleAsc", ["title", "asc"]),
  ],
  preview: {
    select: { title: "title", kind: "kind" },
    prepare: ({ title, kind }) => ({ title, subtitle: themeKinds.title(kind) }),
  },
});
