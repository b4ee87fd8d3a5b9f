import { defineField, defineType } from "@sanity/types";
import { organisationField, requiredString } from "./fields.js";

export const speaker = defineType({
  name: "speaker",
  type: "object",
  title: "Spreker",
  fields: [
    requiredString("name", "Naam", "Vul de naam van de spreker in."),
    defineField({ name: "role", type: "string", title: "Functie of rol" }),
    organisationField("organisation", "Organisatie"),
  ],
  preview: { select: { title: "name", subtitle: "role" } },
});
