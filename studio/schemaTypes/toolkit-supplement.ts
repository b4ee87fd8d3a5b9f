import { documentTypeTitles } from "@gastvrij/content/model";
import { defineField, defineType } from "@sanity/types";
import { ordering, parentField, sampleField, slugField, textField, titleField } from "./fields.js";
import { textCheckRules } from "./rich-text.js";

export const toolkitSupplement = defineType({
  name: "toolkitSupplement",
  type: "document",
  title: documentTypeTitles.toolkitSupplement,
  description: "Een aanvulling bij een paragraaf, zoals ‘Energie en water’ bij budgetbeheer.",
  fields: [
    parentField("section", "Bij paragraaf", "toolkitSection", "Kies de paragraaf waarbij deze bijlage hoort."),
    titleField("Vul de titel van de bijlage in."),
    slugField(),
    defineField({
      name: "order",
      type: "number",
      title: "Volgorde",
      description: "De volgorde binnen de paragraaf (1 = eerst).",
      initialValue: 1,
      validation: (rule) => rule.integer().min(1).error("Vul een geheel getal van 1 of meer in."),
    }),
    textField("summary", "Samenvatting"),
    defineField({
      name: "body",
      type: "richText",
      title: "Tekst",
      validation: (rule) => [rule.required().error("Schrijf de tekst van de bijlage."), ...textCheckRules(rule)],
    }),
    sampleField(),
  ],
  orderings: [ordering("Paragraaf en volgorde", "sectionOrder", ["section.number", "asc"], ["order", "asc"])],
  preview: {
    select: { title: "title", number: "section.number", section: "section.title" },
    prepare: ({ title, number, section }) => ({
      title: title ?? "Bijlage zonder titel",
      subtitle: section ? `Bijlage bij ${[number, section].filter(Boolean).join(" ")}` : "Bijlage",
    }),
  },
});
