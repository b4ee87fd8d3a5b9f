import {
  checkRichText,
  imageAltMessage,
  isPrintedType,
  printableFindings,
  studioErrorChecks,
  studioWarningChecks,
} from "@gastvrij/content/model";
import { defineArrayMember, defineField, defineType, type RuleDef } from "@sanity/types";
import { textAnnotations, textDecorators, textLists } from "./annotations.js";

/**
 * The editors' checks of `@gastvrij/content/model` on a rich-text field: headings that skip a level, link text that
 * says nothing, lists typed by hand and sentences too long to read easily as warnings (yellow under the field, each
 * at its block, and publishing still works); in the documents the printed toolkit prints, a character its fonts
 * cannot show (an emoji, a CJK character) as an error, so the document cannot be published with it (the PDF, and
 * with it the build, would fail on it). Images without alt text are not among them: the image's own rule below is an
 * error. A field of this type with a validation of its own (a required text) replaces the type's, so such a field
 * adds these checks to its own rules: `validation: (rule) => [rule.required().error("…"), ...textCheckRules(rule)]`.
 */
export function textCheckRules<R extends RuleDef<R, never>>(rule: R): R[] {
  const checked = (only: typeof studioWarningChecks) =>
    rule.custom((value, context) => {
      const documentType = context.document?._type;
      const findings = checkRichText(value, { only, documentType });
      return findings.length === 0
        ? true
        : findings.map((finding) => ({ message: finding.message, path: finding.path }));
    });
  return [checked(studioWarningChecks).warning(), checked(studioErrorChecks).error()];
}

/**
 * The printable check on a plain-text field (a title, a summary) as an error: in a document the printed toolkit
 * prints, a character its fonts cannot show (an emoji, a CJK character) stops publishing, as in rich text
 * ({@link textCheckRules}).
 */
export function printableError<R extends RuleDef<R, never>>(rule: R): R {
  return rule
    .custom((value, context) => {
      if (typeof value !== "string" || !isPrintedType(context.document?._type)) return true;
      const findings = printableFindings(value);
      return findings.length === 0 ? true : findings.map((finding) => ({ message: finding.message, path: [] }));
    })
    .error();
}

/**
 * The main Portable Text of the toolkit, tools, events and signals: headings, quotes, lists, links, and our own
 * blocks (tip, practice example, checklist, callout) plus images with a required alt text. The editors' checks
 * ({@link textCheckRules}) are on every field of this type.
 */
export const richText = defineType({
  name: "richText",
  type: "array",
  title: "Tekst",
  validation: (rule) => textCheckRules(rule),
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
