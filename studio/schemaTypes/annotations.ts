import { defineArrayMember, defineField } from "@sanity/types";
import { safeUrl } from "./rules.js";

/** Types an internal link may point to (the site has a page for each). */
export const internalLinkTargets = [
  { type: "toolkitSection" },
  { type: "toolkitSupplement" },
  { type: "tool" },
  { type: "event" },
];

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
        to: internalLinkTargets,
        validation: (rule) =>
          rule
            .required()
            .error("Kies het document waarnaar de link verwijst (een paragraaf, bijlage, tool of activiteit)."),
      }),
    ],
  }),
];

/** Decorators both text types allow. */
export const textDecorators = [
  { title: "Vet", value: "strong" },
  { title: "Cursief", value: "em" },
];

/** Lists both text types allow. */
export const textLists = [
  { title: "Opsomming", value: "bullet" },
  { title: "Genummerd", value: "number" },
];
