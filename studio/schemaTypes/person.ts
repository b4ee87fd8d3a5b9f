import { documentTypeTitles } from "@gastvrij/content/model";
import { defineField, defineType } from "@sanity/types";
import { ordering, organisationField, requiredString, sampleField } from "./fields.js";

export const person = defineType({
  name: "person",
  type: "document",
  title: documentTypeTitles.person,
  description: "Een contactpersoon (bijvoorbeeld voor inschrijvingen). Alleen met toestemming van die persoon.",
  fields: [
    requiredString("name", "Naam", "Vul de naam van de persoon in."),
    defineField({ name: "role", type: "string", title: "Functie of rol" }),
    organisationField("organisation", "Organisatie"),
    defineField({
      name: "email",
      type: "string",
      title: "E-mailadres",
      validation: (rule) => rule.email().error("Vul een geldig e-mailadres in, zoals naam@voorbeeld.be."),
    }),
    defineField({
      name: "phone",
      type: "string",
      title: "Telefoon",
      validation: (rule) =>
        rule
          .regex(/^\+?[\d\s./()-]{8,20}$/)
          .error("Vul een telefoonnummer in met cijfers, zoals 0470 12 34 56 of +32 2 123 45 67."),
    }),
    sampleField(),
  ],
  orderings: [ordering("Naam", "nameAsc", ["name", "asc"])],
  preview: {
    select: { title: "name", role: "role", organisation: "organisation.name" },
    prepare: ({ title, role, organisation }) => ({
      title,
      subtitle: [role, organisation].filter(Boolean).join(" · "),
    }),
  },
});
