import { describeRecurrence, recurrenceFrequencies, setPositions, weekdays } from "@gastvrij/content/model";
import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { listOf } from "./options.js";
import { type RecurrenceValue, recurrenceProblems } from "./recurrence-rules.js";

/** How a series repeats: the first occurrence is the event's start, every occurrence keeps its local time. */
export const recurrence = defineType({
  name: "recurrence",
  type: "object",
  title: "Herhaling",
  description:
    "Alleen voor een reeks, zoals ‘elke eerste donderdag van de maand’ of ‘om de twee maanden op dinsdagavond’. De eerste keer is het begin van de activiteit; elke keer heeft hetzelfde uur en dezelfde duur.",
  fields: [
    defineField({
      name: "frequency",
      type: "string",
      title: "Frequentie",
      options: {
        list: listOf(recurrenceFrequencies),
        layout: "radio",
        direction: "horizontal",
      },
      initialValue: "monthly",
      validation: (rule) => rule.required().error("Kies of de reeks wekelijks of maandelijks terugkomt."),
    }),
    defineField({
      name: "interval",
      type: "number",
      title: "Om de hoeveel weken of maanden",
      description: "1 = elke week of maand, 2 = om de twee maanden, …",
      initialValue: 1,
      validation: (rule) =>
        rule
          .required()
          .integer()
          .min(1)
          .error("Vul een geheel getal van 1 of meer in (1 = elke keer, 2 = om de twee)."),
    }),
    defineField({
      name: "weekday",
      type: "string",
      title: "Weekdag",
      options: { list: listOf(weekdays) },
      validation: (rule) => rule.required().error("Kies de weekdag waarop de reeks plaatsvindt."),
    }),
    defineField({
      name: "setPosition",
      type: "number",
      title: "Welke week van de maand",
      description: "Alleen bij maandelijks: de eerste, tweede, derde, vierde of laatste weekdag van de maand.",
      options: { list: listOf(setPositions) },
      hidden: ({ parent }) => (parent as RecurrenceValue | undefined)?.frequency !== "monthly",
    }),
    defineField({
      name: "until",
      type: "date",
      title: "Tot en met",
      description: "De laatste datum van de reeks (of vul ‘Aantal keer’ in, niet allebei).",
    }),
    defineField({
      name: "count",
      type: "number",
      title: "Aantal keer",
      validation: (rule) => rule.integer().min(1).error("Vul een geheel getal van 1 of meer in."),
    }),
    defineField({
      name: "exceptions",
      type: "array",
      title: "Gaat niet door op",
      description: "Datums waarop de reeks uitzonderlijk niet doorgaat (bijvoorbeeld in de schoolvakantie).",
      of: [defineArrayMember({ type: "date" })],
    }),
  ],
  validation: (rule) =>
    rule.custom((value: RecurrenceValue | undefined, context) => {
      if (!value) return true;
      const start = (context.document as { start?: string } | undefined)?.start;
      const problems = recurrenceProblems(value, start);
      return problems.length ? problems.join(" ") : true;
    }),
  preview: {
    select: { frequency: "frequency", interval: "interval", weekday: "weekday", setPosition: "setPosition" },
    prepare: (rule) => ({ title: describeRecurrence(rule) }),
  },
});
