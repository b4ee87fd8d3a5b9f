import { internalLinkTypes, linkSchemes } from "@gastvrij/content/model";
import { defineField, defineType } from "@sanity/types";
import { urlSchemeMessage } from "./rules.js";

/** An item of the main menu or the footer: a label and either a document of the site or an address. */
export const menuLink = defineType({
  name: "menuLink",
  type: "object",
  title: "Menu-item",
  fields: [
    defineField({
      name: "label",
      type: "string",
      title: "Tekst",
      description: "Kort, zoals ‘Lid worden’ of ‘Agenda’.",
      validation: (rule) => rule.required().error("Vul de tekst van het menu-item in."),
    }),
    defineField({
      name: "target",
      type: "reference",
      title: "Pagina van de site",
      description: "Een pagina, tool, activiteit, paragraaf of bericht. Of vul hieronder een adres in.",
      to: [...internalLinkTypes.map((type) => ({ type }))],
    }),
    defineField({
      name: "url",
      type: "url",
      title: "Of een adres",
      description: "Een deel van de site, zoals /agenda/ of /nieuws/, of een volledig adres (https://…, mailto:…).",
      validation: (rule) => rule.uri({ scheme: [...linkSchemes], allowRelative: true }).error(urlSchemeMessage),
    }),
  ],
  validation: (rule) =>
    rule
      .custom((value: { target?: unknown; url?: unknown } | undefined) => {
        if (!value) return true;
        if (value.target && value.url) return "Kies een pagina van de site óf vul een adres in, niet allebei.";
        if (!value.target && !value.url) return "Kies een pagina van de site of vul een adres in.";
        return true;
      })
      .error(),
  preview: {
    select: { title: "label", page: "target.title", url: "url" },
    prepare: ({ title, page, url }) => ({ title, subtitle: page ?? url }),
  },
});
