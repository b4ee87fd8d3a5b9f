import { defineType } from "@sanity/types";
import { organisationField, simpleTextBody, titleField } from "./fields.js";

export const practiceExample = defineType({
  name: "practiceExample",
  type: "object",
  title: "Praktijkvoorbeeld",
  description: "Een voorbeeld uit de werking van een lid of partner.",
  fields: [
    titleField("Geef het praktijkvoorbeeld een titel."),
    organisationField("organisation", "Organisatie", "De groep of organisatie van wie het voorbeeld komt (optioneel)."),
    simpleTextBody("Beschrijf het praktijkvoorbeeld in het tekstveld."),
  ],
  preview: {
    select: { title: "title", organisation: "organisation.name" },
    prepare: ({ title, organisation }) => ({
      title: title ?? "Praktijkvoorbeeld",
      subtitle: organisation ? `Praktijkvoorbeeld · ${organisation}` : "Praktijkvoorbeeld",
    }),
  },
});
