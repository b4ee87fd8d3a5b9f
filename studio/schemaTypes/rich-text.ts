import {
  checkRichText,
  imageAltMessage,
  isPrintedType,
  printableFindings,
  studioWarningChecks,
} from "@gastvrij/content/model";
import { defineArrayMember, defineField, defineType, type RuleDef } from "@sanity/types";
import { textAnnotations, textDecorators, textLists } from "./annotations.js";

/**
 * The editors' checks of `@gastvrij/content/model` (headings that skip a level, link text that says nothing, lists
 * typed by hand, sentences too long to read easily; in the documents the printed toolkit prints, characters its fonts
 * cannot show) as warnings: yellow under the field, each at its block, and publishing still works. Images without
 * alt text are not among them: the image's own rule below is an error.
 * A field of this type with a validation of its own (a required text) replaces the type's, so such a field adds
 * these warnings to its own rules: `validation: (rule) => [rule.required().error("…"), textCheckWarnings(rule)]`.
 */
export function textCheckWarnings<R extends RuleDef<R, never>>(rule: R): R {
  return rule
    .custom((value, context) => {
      const documentType = context.document?._type;
      const findings = checkRichText(value, { only: studioWarningChecks, documentType });
      return findings.length === 0
        ? true
        : findings.map((finding) => ({ message: finding.message, path: finding.path }));
    })
    .warning();
}

/**
 * The printable check of the editors' checks on a plain-text field (a title, a summary) as a warning: in a document
 * the printed toolkit prints, a character its fonts cannot show (an emoji, a CJK character). `gastvrij validate`
 * refuses it in a published document, since the PDF would fail. Add it to the field's rules as
 * {@link textCheckWarnings}.
 */
export function printableWarning<R extends RuleDef<R, never>>(rule: R): R {
  return rule
    .custom((value, context) => {
      if (typeof value !== "string" || !isPrintedType(context.document?._type)) return true;
      const findings = printableFindings(value);
      return findings.length === 0 ? true : findings.map((finding) => ({ message: finding.message, path: [] }));
    })
    .warning();
}

/**
 * The main Portable Text of the toolkit, tools, events and signals: headings, quotes, lists, links, and our own
 * blocks (tip, practice example, checklist, callout) plus images with a required alt text. The editors' checks
 * ({@link textCheckWarnings}) are warnings on every field of this type.
 */
export const richText = defineType({
  name: "richText",
  type: "array",
  title: "Tekst",
  validation: (rule) => textCheckWarnings(rule),
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
          validation: (rule) => rule.required().error(imageAltMessage),
        }),
        defineField({ name: "caption", type: "string", title: "Onderschrift" }),
      ],
      validation: (rule) =>
        rule.required().assetRequired().error("Kies of upload een afbeelding, of verwijder dit blok."),
    }),
  ],
});
