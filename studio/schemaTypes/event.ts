import { documentTypeTitles, eventKinds, eventTimeZone } from "@gastvrij/content/model";
import { defineArrayMember, defineField, defineType } from "@sanity/types";
import {
  filesField,
  optionField,
  ordering,
  organisationField,
  sampleField,
  slugField,
  textField,
  themesField,
  titledFileFields,
  titleField,
} from "./fields.js";

const brusselsDateTime = new Intl.DateTimeFormat("nl-BE", {
  timeZone: eventTimeZone,
  dateStyle: "medium",
  timeStyle: "short",
});

/** `12 mrt 2019, 19:30` in Brussels time, or an empty string. */
function formatStart(start: unknown): string {
  if (typeof start !== "string") return "";
  const time = new Date(start);
  return Number.isNaN(time.getTime()) ? "" : brusselsDateTime.format(time);
}

export const event = defineType({
  name: "event",
  type: "document",
  title: documentTypeTitles.event,
  description: "Een netwerkdag, intervisie, lerend netwerk of vorming; een reeks krijgt een herhaling.",
  fields: [
    titleField("Vul de titel van de activiteit in."),
    slugField(),
    optionField("kind", "Soort", eventKinds, {
      layout: "radio",
      initialValue: "training",
      required: "Kies de soort activiteit: netwerkdag, intervisie, lerend netwerk of vorming.",
    }),
    textField("summary", "Samenvatting"),
    defineField({ name: "body", type: "richText", title: "Beschrijving" }),
    defineField({
      name: "start",
      type: "datetime",
      title: "Begin",
      description: "Datum en uur in Belgische tijd (de Studio bewaart het als UTC).",
      options: { timeStep: 15 },
      validation: (rule) => rule.required().error("Vul de datum en het beginuur van de activiteit in."),
    }),
    defineField({
      name: "end",
      type: "datetime",
      title: "Einde",
      options: { timeStep: 15 },
      validation: (rule) =>
        rule.custom((end: string | undefined, context) => {
          const start = (context.document as { start?: string } | undefined)?.start;
          if (!end || !start) return true;
          return new Date(end).getTime() > new Date(start).getTime()
            ? true
            : "Het einde moet na het begin liggen; controleer datum en uur van begin en einde.";
        }),
    }),
    defineField({
      name: "allDay",
      type: "boolean",
      title: "Hele dag, zonder uur",
      description:
        "Aanvinken als het uur niet bekend is of de activiteit de hele dag duurt: de site en de agenda tonen dan alleen de datum (de begindatum telt, het uur niet).",
      initialValue: false,
    }),
    defineField({
      name: "timeZone",
      type: "string",
      title: "Tijdzone",
      readOnly: true,
      initialValue: eventTimeZone,
      validation: (rule) => [
        rule.required().error(`De tijdzone ontbreekt; ze is altijd ${eventTimeZone}.`),
        rule.custom((value: string | undefined) =>
          value === undefined || value === eventTimeZone ? true : `De tijdzone moet ${eventTimeZone} zijn.`,
        ),
      ],
    }),
    defineField({ name: "recurrence", type: "recurrence", title: "Herhaling (alleen voor een reeks)" }),
    defineField({ name: "location", type: "location", title: "Locatie" }),
    defineField({ name: "registration", type: "registration", title: "Inschrijving" }),
    defineField({ name: "speakers", type: "array", title: "Sprekers", of: [defineArrayMember({ type: "speaker" })] }),
    themesField(),
    organisationField("organiser", "Organisator"),
    defineField({
      name: "report",
      type: "richText",
      title: "Verslag",
      description: "Achteraf: wat kwam er aan bod, wat nemen we mee?",
    }),
    defineField({
      name: "reportFile",
      type: "file",
      title: "Verslag als bestand",
      fields: titledFileFields("Geef het verslag een titel, zoals ‘Verslag netwerkdag 2019 (pdf)’."),
    }),
    filesField("Programma (pdf)"),
    sampleField(),
  ],
  orderings: [
    ordering("Begin, eerst volgende", "startAsc", ["start", "asc"]),
    ordering("Begin, laatste eerst", "startDesc", ["start", "desc"]),
  ],
  preview: {
    select: { title: "title", start: "start", kind: "kind", recurrence: "recurrence.frequency" },
    prepare: ({ title, start, kind, recurrence }) => ({
      title,
      subtitle: [eventKinds.title(kind), formatStart(start), recurrence ? "reeks" : ""].filter(Boolean).join(" · "),
    }),
  },
});
