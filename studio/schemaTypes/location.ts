import { defineField, defineType } from "@sanity/types";
import { safeUrl } from "./rules.js";

export const location = defineType({
  name: "location",
  type: "object",
  title: "Locatie",
  fields: [
    defineField({
      name: "name",
      type: "string",
      title: "Naam",
      description: "Bijvoorbeeld ‘Ontmoetingscentrum De Kruisboog’ of ‘Online (Teams)’.",
      validation: (rule) => rule.required().error("Vul de naam van de locatie in (of ‘Online’)."),
    }),
    defineField({ name: "address", type: "string", title: "Adres" }),
    defineField({ name: "municipality", type: "string", title: "Gemeente" }),
    defineField({ name: "online", type: "boolean", title: "Online", initialValue: false }),
    defineField({
      name: "onlineUrl",
      type: "url",
      title: "Link naar de online bijeenkomst",
      hidden: ({ parent }) => !(parent as { online?: boolean } | undefined)?.online,
      validation: (rule) => safeUrl(rule),
    }),
  ],
  preview: { select: { title: "name", subtitle: "municipality" } },
});
