import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { textAnnotations, textDecorators, textLists } from "./annotations.js";

/**
 * The main Portable Text of the toolkit, tools, events and signals: headings, quotes, lists, links, and our own
 * blocks (tip, practice example, checklist, callout) plus images with a required alt text.
 */
export const richText = defineType({
  name: "richText",
  type: "array",
  title: "Tekst",
  of: [
    defineArrayMember({
      type: "block",
      styles: [
        { title: "Normaal", value: "normal" },
        { title: "Kop 2", value: "h2" },
        { title: "Kop 3", value: "h3" },
        { title: "Kop 4", value: "h4" },
        { title: "Citaat", value: "blockquote" },
      ],
      lists: textLists,
      marks: { decorators: textDecorators, annotations: textAnnotations },
    }),
    defineArrayMember({ type: "tip" }),
    defineArrayMember({ type: "practiceExample" }),
    defineArrayMember({ type: "checklist" }),
    defineArrayMember({ type: "callout" }),
    defineArrayMember({
      type: "image",
      title: "Afbeelding",
      options: { hotspot: true },
      fields: [
        defineField({
          name: "alt",
          type: "string",
          title: "Alternatieve tekst",
          description:
            "Beschrijf wat er op de afbeelding staat, voor wie ze niet kan zien (schermlezers, print zonder beeld).",
          validation: (rule) =>
            rule
              .required()
              .error("Beschrijf de afbeelding in de alternatieve tekst: wat moet iemand weten die ze niet ziet?"),
        }),
        defineField({ name: "caption", type: "string", title: "Onderschrift" }),
      ],
      validation: (rule) =>
        rule.required().assetRequired().error("Kies of upload een afbeelding, of verwijder dit blok."),
    }),
  ],
});
