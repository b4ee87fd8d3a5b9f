import { documentTypeTitles, organisationKinds, regions } from "@gastvrij/content/model";
import { defineField, defineType } from "@sanity/types";
import { optionField, ordering, requiredString, sampleField, slugField, textField } from "./fields.js";
import { safeUrl } from "./rules.js";

export const organisation = defineType({
  name: "organisation",
  type: "document",
  title: documentTypeTitles.organisation,
  fields: [
    requiredString("name", "Naam", "Vul de naam van de organisatie in."),
    slugField("name"),
    optionField("kind", "Soort", organisationKinds, {
      layout: "radio",
      initialValue: "member",
      required: "Kies of dit een lid, een partner of een openbare dienst is.",
    }),
    defineField({ name: "municipality", type: "string", title: "Gemeente" }),
    optionField("region", "Regio", regions),
    defineField({ name: "website", type: "url", title: "Website", validation: (rule) => safeUrl(rule) }),
    textField("description", "Beschrijving", { rows: 4 }),
    sampleField(),
  ],
  orderings: [ordering("Naam", "nameAsc", ["name", "asc"])],
  preview: {
    select: { title: "name", kind: "kind", municipality: "municipality", region: "region" },
    prepare: ({ title, kind, municipality, region }) => ({
      title,
      subtitle: [organisationKinds.title(kind), municipality || regions.title(region)].filter(Boolean).join(" · "),
    }),
  },
});
