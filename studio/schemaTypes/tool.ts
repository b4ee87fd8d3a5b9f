import { audiences, documentTypeTitles } from "@gastvrij/content/model";
import { defineArrayMember, defineField, defineType } from "@sanity/types";
import {
  filesField,
  ordering,
  organisationField,
  sampleField,
  slugField,
  textField,
  themesField,
  titleField,
} from "./fields.js";
import { listOf } from "./options.js";

export const tool = defineType({
  name: "tool",
  type: "document",
  title: documentTypeTitles.tool,
  description: "Een hulpmiddel voor vrijwilligers: een brochure, sjabloon, website of vorming.",
  fields: [
    titleField("Vul de naam van de tool in."),
    slugField(),
    textField("summary", "Wat is het?", { required: "Beschrijf in een paar zinnen wat de tool is." }),
    textField("whenToUse", "Wanneer gebruik je het?"),
    organisationField("publisher", "Door wie?", "De organisatie die de tool maakte of aanbiedt."),
    defineField({
      name: "year",
      type: "number",
      title: "Jaar",
      validation: (rule) => rule.integer().min(1990).max(2100).error("Vul een jaartal in, bijvoorbeeld 2019."),
    }),
    themesField(),
    defineField({
      name: "audience",
      type: "array",
      title: "Voor wie?",
      of: [defineArrayMember({ type: "string" })],
      options: { list: listOf(audiences), layout: "grid" },
      validation: (rule) => rule.unique().error("Elke doelgroep mag maar één keer aangevinkt zijn."),
    }),
    defineField({ name: "links", type: "array", title: "Links", of: [defineArrayMember({ type: "link" })] }),
    filesField("Budgetplanner (Excel)"),
    defineField({ name: "body", type: "richText", title: "Meer uitleg" }),
    sampleField(),
  ],
  orderings: [
    ordering("Titel", "titleAsc", ["title", "asc"]),
    ordering("Jaar, nieuwste eerst", "yearDesc", ["year", "desc"]),
  ],
  preview: {
    select: { title: "title", publisher: "publisher.name", year: "year" },
    prepare: ({ title, publisher, year }) => ({
      title,
      subtitle: [publisher, year].filter(Boolean).join(" · "),
    }),
  },
});
