import { documentTypeTitles } from "@gastvrij/content/model";
import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { ordering, organisationField, slugField, textField, titleField } from "./fields.js";
import { printableError, textCheckRules } from "./rich-text.js";

export const toolkitEdition = defineType({
  name: "toolkitEdition",
  type: "document",
  title: documentTypeTitles.toolkitEdition,
  description: "Een editie van de toolkit; de hoofdstukken verwijzen naar hun editie.",
  fields: [
    titleField("Vul de titel van de toolkit in."),
    defineField({
      name: "subtitle",
      type: "string",
      title: "Ondertitel",
      validation: (rule) => printableError(rule),
    }),
    slugField(),
    defineField({
      name: "editionNumber",
      type: "number",
      title: "Editie",
      description: "Het nummer van deze editie: 1, 2, …",
      validation: (rule) =>
        rule.required().integer().min(1).error("Vul het editienummer in als geheel getal van 1 of meer."),
    }),
    defineField({
      name: "year",
      type: "number",
      title: "Jaar",
      initialValue: () => new Date().getFullYear(),
      validation: (rule) =>
        rule.required().integer().min(2000).max(2100).error("Vul het jaar van de editie in, bijvoorbeeld 2019."),
    }),
    defineField({
      name: "intro",
      type: "richText",
      title: "Inleiding",
      validation: (rule) => [rule.required().error("Schrijf de inleiding van de toolkit."), ...textCheckRules(rule)],
    }),
    defineField({
      name: "colophon",
      type: "richText",
      title: "Colofon",
      description: "Wie de toolkit maakte, met wie en met welke steun.",
      validation: (rule) => [
        rule.required().error("Vul het colofon in (makers, partners, verantwoordelijke uitgever)."),
        ...textCheckRules(rule),
      ],
    }),
    textField("disclaimer", "Disclaimer", {
      rows: 4,
      required: "Vul de disclaimer in (regels veranderen; dit is geen juridisch advies).",
    }),
    organisationField("publisher", "Uitgever"),
    defineField({
      name: "editionHistory",
      type: "array",
      title: "Vorige edities",
      of: [
        defineArrayMember({
          name: "editionHistoryEntry",
          type: "object",
          title: "Editie",
          fields: [
            defineField({
              name: "edition",
              type: "number",
              title: "Editie",
              validation: (rule) => rule.required().integer().min(1).error("Vul het editienummer in."),
            }),
            defineField({
              name: "year",
              type: "number",
              title: "Jaar",
              validation: (rule) => rule.required().integer().error("Vul het jaar van die editie in."),
            }),
            defineField({
              name: "note",
              type: "string",
              title: "Wat veranderde er?",
              validation: (rule) => rule.required().error("Beschrijf kort wat er in die editie veranderde."),
            }),
          ],
          preview: {
            select: { edition: "edition", year: "year", note: "note" },
            prepare: ({ edition, year, note }) => ({
              title: `Editie ${edition ?? "?"} (${year ?? "?"})`,
              subtitle: note,
            }),
          },
        }),
      ],
    }),
  ],
  orderings: [ordering("Editie, nieuwste eerst", "editionDesc", ["editionNumber", "desc"])],
  preview: {
    select: { title: "title", editionNumber: "editionNumber", year: "year" },
    prepare: ({ title, editionNumber, year }) => ({
      title,
      subtitle: `Editie ${editionNumber ?? "?"}${year ? ` · ${year}` : ""}`,
    }),
  },
});
