import { defineField, defineType } from "@sanity/types";
import { safeUrl } from "./rules.js";

export const registration = defineType({
  name: "registration",
  type: "object",
  title: "Inschrijving",
  fields: [
    defineField({
      name: "contact",
      type: "reference",
      title: "Contactpersoon",
      to: [{ type: "person" }],
    }),
    defineField({
      name: "email",
      type: "string",
      title: "E-mailadres voor inschrijvingen",
      validation: (rule) => rule.email().error("Vul een geldig e-mailadres in, zoals inschrijven@gastvrijnetwerk.be."),
    }),
    defineField({ name: "url", type: "url", title: "Inschrijvingsformulier", validation: (rule) => safeUrl(rule) }),
    defineField({
      name: "deadline",
      type: "date",
      title: "Inschrijven tot",
      description:
        "De laatste dag waarop men kan inschrijven (tot en met die dag). Daarna toont de site dat de inschrijvingen " +
        "afgesloten zijn. Leeg laten: inschrijven kan tot de activiteit voorbij is.",
    }),
    defineField({
      name: "note",
      type: "text",
      rows: 3,
      title: "Opmerking",
      description: "Bijvoorbeeld ‘gratis, lunch inbegrepen’. De uiterste datum vul je in bij ‘Inschrijven tot’.",
    }),
  ],
});
