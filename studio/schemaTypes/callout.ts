import { calloutTones } from "@gastvrij/content/model";
import { defineField, defineType } from "@sanity/types";
import { simpleTextBody } from "./fields.js";
import { listOf } from "./options.js";

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
      options: { list: listOf(calloutTones), layout: "radio", direction: "horizontal" },
      initialValue: calloutTones.values[0],
      validation: (rule) => rule.required().error("Kies de soort kader: info, let op of belangrijk."),
    }),
    defineField({ name: "title", type: "string", title: "Titel (optioneel)" }),
    simpleTextBody("Schrijf de tekst van het kader."),
  ],
  preview: {
    select: { title: "title", tone: "tone" },
    prepare: ({ title, tone }) => {
      const label = calloutTones.has(tone) ? calloutTones.title(tone) : "Kader";
      return { title: title ?? label, subtitle: `Kader · ${label}` };
    },
  },
});
