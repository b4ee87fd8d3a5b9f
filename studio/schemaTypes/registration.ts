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
      name: "note",
      type: "text",
      rows: 3,
      title: "Opmerking",
      description: "Bijvoorbeeld ‘gratis, inschrijven tot 1 maart’.",
    }),
  ],
});
