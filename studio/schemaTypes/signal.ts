import { documentTypeTitles, regions, signalStatuses, signalVisibilities } from "@gastvrij/content/model";
import { defineField, defineType, type RuleDef, type ValidationContext } from "@sanity/types";
import { optionField, ordering, organisationField, sampleField, slugField, themesField } from "./fields.js";
import { describeFindings, findPersonalDataIn } from "./personal-data.js";
import { textCheckRules } from "./rich-text.js";

const isPublic = (context: ValidationContext) =>
  (context.document as { visibility?: string } | undefined)?.visibility === "public";

/**
 * Personal-data rules for a field of a signal: an error (which blocks publishing) when the signal is public, a
 * warning while it is internal, so editors see the problem before they make it public.
 */
export function personalDataRules<R extends RuleDef<R, never>>(rule: R, field: string): R[] {
  const check = (value: unknown, context: ValidationContext, publicOnly: boolean) => {
    if (isPublic(context) !== publicOnly) return true;
    const findings = findPersonalDataIn(value);
    if (!findings.length) return true;
    return publicOnly
      ? `Dit signaal is publiek, maar ${field} bevat wat lijkt op ${describeFindings(findings)}. Verwijder de persoonsgegevens of zet de zichtbaarheid op ‘Intern’; zo lang kan het niet gepubliceerd worden.`
      : `${field[0]?.toUpperCase()}${field.slice(1)} bevat wat lijkt op ${describeFindings(findings)}. Dat mag intern, maar verwijder het voor je dit signaal publiek maakt.`;
  };
  return [
    rule.custom((value, context) => check(value, context, true)).error(),
    rule.custom((value, context) => check(value, context, false)).warning(),
  ];
}

export const signal = defineType({
  name: "signal",
  type: "document",
  title: documentTypeTitles.signal,
  description:
    "Een probleem dat vrijwilligers vaststellen en dat het netwerk naar beleidsmakers brengt. Schrijf nooit namen, adressen, telefoonnummers of rijksregisternummers van mensen in een signaal.",
  fields: [
    defineField({
      name: "title",
      type: "string",
      title: "Titel",
      validation: (rule) => [
        rule.required().error("Vul een titel in die het probleem samenvat."),
        ...personalDataRules(rule, "de titel"),
      ],
    }),
    slugField(),
    defineField({
      name: "description",
      type: "richText",
      title: "Beschrijving",
      description: "Wat stellen jullie vast, waar en hoe vaak? Zonder gegevens die een persoon herkenbaar maken.",
      validation: (rule) => [
        rule.required().error("Beschrijf het signaal: wat stellen jullie vast?"),
        ...personalDataRules(rule, "de beschrijving"),
        ...textCheckRules(rule),
      ],
    }),
    themesField(),
    optionField("region", "Regio", regions, { required: "Kies de regio waar het signaal vandaan komt." }),
    defineField({
      name: "observedAt",
      type: "date",
      title: "Vastgesteld op",
      initialValue: () => new Date().toISOString().slice(0, 10),
      validation: (rule) => rule.required().error("Vul de datum in waarop het probleem werd vastgesteld."),
    }),
    organisationField("sourceOrganisation", "Gemeld door"),
    optionField("status", "Status", signalStatuses, {
      layout: "radio",
      initialValue: "received",
      required: "Kies de status: ontvangen, in onderzoek, doorgegeven aan beleid of opgevolgd.",
    }),
    optionField("visibility", "Zichtbaarheid", signalVisibilities, {
      layout: "radio",
      initialValue: "internal",
      description: "Intern blijft binnen het netwerk; publiek verschijnt op de website.",
      required: "Kies of het signaal intern blijft of publiek is.",
    }),
    defineField({
      name: "passedTo",
      type: "string",
      title: "Doorgegeven aan",
      description: "Welke beleidsmaker of instantie, bijvoorbeeld ‘Vlaams minister van Integratie’.",
      validation: (rule) =>
        rule
          .custom((value: string | undefined, context) => {
            const status = (context.document as { status?: string } | undefined)?.status;
            return !value && (status === "passedToPolicy" || status === "followedUp")
              ? "Vul in aan wie het signaal werd doorgegeven."
              : true;
          })
          .warning(),
    }),
    defineField({
      name: "outcome",
      type: "text",
      rows: 4,
      title: "Resultaat",
      validation: (rule) => personalDataRules(rule, "het resultaat"),
    }),
    sampleField(),
  ],
  orderings: [ordering("Vastgesteld, nieuwste eerst", "observedDesc", ["observedAt", "desc"])],
  preview: {
    select: { title: "title", status: "status", visibility: "visibility", region: "region" },
    prepare: ({ title, status, visibility, region }) => ({
      title,
      subtitle: [signalStatuses.title(status), visibility === "public" ? "publiek" : "intern", regions.title(region)]
        .filter(Boolean)
        .join(" · "),
    }),
  },
});
