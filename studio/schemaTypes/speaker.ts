import { defineField, defineType } from "@sanity/types";

export const speaker = defineType({
  name: "speaker",
  type: "object",
  title: "Spreker",
  fields: [
    defineField({
      name: "name",
      type: "string",
      title: "Naam",
      validation: (rule) => rule.required().error("Vul de naam van de spreker in."),
    }),
    defineField({ name: "role", type: "string", title: "Functie of rol" }),
    defineField({ name: "organisation", type: "reference", title: "Organisatie", to: [{ type: "organisation" }] }),
  ],
  preview: { select: { title: "name", subtitle: "role" } },
});
