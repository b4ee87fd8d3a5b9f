import { defineField, defineType } from "@sanity/types";
import { optionTitle, regionOptions } from "./options.js";
import { safeUrl, slugOptions, slugRule } from "./rules.js";

const kindOptions = [
  { title: "Lid (lokale vrijwilligersgroep)", value: "member" },
  { title: "Partner", value: "partner" },
  { title: "Openbare dienst", value: "publicService" },
];

export const organisation = defineType({
  name: "organisation",
  type: "document",
  title: "Organisatie",
  fields: [
    defineField({
      name: "name",
      type: "string",
      title: "Naam",
      validation: (rule) => rule.required().error("Vul de naam van de organisatie in."),
    }),
    defineField({ name: "slug", type: "slug", title: "Slug", options: slugOptions("name"), validation: slugRule }),
    defineField({
      name: "kind",
      type: "string",
      title: "Soort",
      options: { list: kindOptions, layout: "radio" },
      initialValue: "member",
      validation: (rule) => rule.required().error("Kies of dit een lid, een partner of een openbare dienst is."),
    }),
    defineField({ name: "municipality", type: "string", title: "Gemeente" }),
    defineField({ name: "region", type: "string", title: "Regio", options: { list: regionOptions } }),
    defineField({ name: "website", type: "url", title: "Website", validation: (rule) => safeUrl(rule) }),
    defineField({ name: "description", type: "text", rows: 4, title: "Beschrijving" }),
  ],
  orderings: [{ title: "Naam", name: "nameAsc", by: [{ field: "name", direction: "asc" }] }],
  preview: {
    select: { title: "name", kind: "kind", municipality: "municipality", region: "region" },
    prepare: ({ title, kind, municipality, region }) => ({
      title,
      subtitle: [optionTitle(kindOptions, kind), municipality || (region ? optionTitle(regionOptions, region) : "")]
        .filter(Boolean)
        .join(" · "),
    }),
  },
});
