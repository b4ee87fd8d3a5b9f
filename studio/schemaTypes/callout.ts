import { defineField, defineType } from "@sanity/types";

const toneOptions = [
  { title: "Info", value: "info" },
  { title: "Let op", value: "warning" },
  { title: "Belangrijk", value: "important" },
];

export const callout = defineType({
  name: "callout",
  type: "object",
  title: "Kader",
  description: "Een opvallend kader: achtergrondinformatie, een waarschuwing of iets belangrijks.",
  fields: [
    defineField({
      name: "tone",
      type: "string",
      title: "Soort",
      options: { list: toneOptions, layout: "radio", direction: "horizontal" },
      initialValue: "info",
      validation: (rule) => rule.required().error("Kies de soort kader: info, let op of belangrijk."),
    }),
    defineField({ name: "title", type: "string", title: "Titel (optioneel)" }),
    defineField({
      name: "body",
      type: "simpleText",
      title: "Tekst",
      validation: (rule) => rule.required().min(1).error("Schrijf de tekst van het kader."),
    }),
  ],
  preview: {
    select: { title: "title", tone: "tone" },
    prepare: ({ title, tone }) => {
      const label = toneOptions.find((option) => option.value === tone)?.title ?? "Kader";
      return { title: title ?? label, subtitle: `Kader · ${label}` };
    },
  },
});
