import { decorators, internalLinkTypes, listKinds } from "@gastvrij/content/model";
import { defineArrayMember, defineField } from "@sanity/types";
import { listOf } from "./options.js";
import { safeUrl } from "./rules.js";

/** Annotations of `richText` and `simpleText`: an external link and an internal link (a reference, never a URL). */
export const textAnnotations = [
  defineArrayMember({
    name: "link",
    type: "object",
    title: "Externe link",
    description: "Een webpagina buiten de site, een e-mailadres (mailto:) of een telefoonnummer (tel:).",
    fields: [
      defineField({
        name: "href",
        type: "url",
        title: "Adres",
        validation: (rule) => [
          rule.required().error("Vul het adres van de link in (https://…, mailto:… of tel:…)."),
          safeUrl(rule),
        ],
      }),
    ],
  }),
  defineArrayMember({
    name: "internalLink",
    type: "object",
    title: "Interne link",
    description:
      "Een link naar een paragraaf, bijlage, tool of activiteit op deze site. Kies het document; plak geen webadres.",
    fields: [
      defineField({
        name: "reference",
        type: "reference",
        title: "Document",
        to: internalLinkTypes.map((type) => ({ type })),
        validation: (rule) =>
          rule
            .required()
            .error("Kies het document waarnaar de link verwijst (een paragraaf, bijlage, tool of activiteit)."),
      }),
    ],
  }),
];

/** Decorators both text types allow. */
export const textDecorators = listOf(decorators);

/** Lists both text types allow. */
export const textLists = listOf(listKinds);
