import { type OptionSet, slugPattern } from "@gastvrij/content/model";
import { defineArrayMember, defineField, type SlugValue, type StringRule, type TextRule } from "@sanity/types";
import { listOf } from "./options.js";
import { printableError } from "./rich-text.js";
import { isSlugUnique } from "./rules.js";

/**
 * Fields that several document types share, each with its Dutch title and its Dutch validation message. A field
 * helper returns an ordinary `defineField` result, so the extracted schema is the same as when written out.
 */

/**
 * A required one-line text (a title or a name), with the message that says what to fill in, and an error for a
 * character the printed toolkit cannot show when the document is one the book prints ({@link printableError}).
 */
export function requiredString(name: string, title: string, message: string) {
  return defineField({
    name,
    type: "string",
    title,
    validation: (rule) => [rule.required().error(message), printableError(rule)],
  });
}

/** A title field: required, with `message` when it is empty. */
export function titleField(message: string) {
  return requiredString("title", "Titel", message);
}

/**
 * A few lines of plain text, optional unless `required` gives the message for an empty field; with the printable
 * error ({@link printableError}) when the document is one the book prints.
 */
export function textField(
  name: string,
  title: string,
  options: { rows?: number; description?: string; required?: string } = {},
) {
  const required = options.required;
  return defineField({
    name,
    type: "text",
    rows: options.rows ?? 3,
    title,
    ...(options.description ? { description: options.description } : {}),
    validation: (rule: TextRule) =>
      required ? [rule.required().error(required), printableError(rule)] : printableError(rule),
  });
}

/**
 * A slug made from `source` (default the title): required, lowercase words with dashes, unique in its URL space, and
 * none of `reserved` (the addresses of other parts of the site).
 */
export function slugField(source = "title", options: { reserved?: readonly string[]; description?: string } = {}) {
  return defineField({
    name: "slug",
    type: "slug",
    title: "Slug",
    ...(options.description ? { description: options.description } : {}),
    // The built-in uniqueness check would repeat ours, with an English message in the CLI.
    options: { source, maxLength: 96, isUnique: () => true },
    validation: (rule) => [
      // Separate rules: a message given with .error("…") would replace the custom rule's own messages.
      rule
        .required()
        .error("Vul een slug in (het laatste deel van het webadres); klik op ‘Genereer’ om hem uit de titel te maken."),
      rule
        .custom(async (value: SlugValue | undefined, context) => {
          const current = value?.current;
          if (!current) return true;
          if (!slugPattern.test(current)) {
            return `De slug ‘${current}’ mag alleen kleine letters, cijfers en koppeltekens bevatten (bijvoorbeeld ‘budgetbeheer-en-vaste-kosten’), zonder spaties of accenten.`;
          }
          if (options.reserved?.includes(current)) {
            return `‘${current}’ is al het adres van een ander deel van de site; kies een andere slug.`;
          }
          if (!(await isSlugUnique(current, context))) {
            return `De slug ‘${current}’ is al in gebruik door een ander document; kies een andere, zodat elk document een eigen webadres heeft.`;
          }
          return true;
        })
        .error(),
    ],
  });
}

/** The themes a document is about: references to themes, each at most once. */
export function themesField() {
  return defineField({
    name: "themes",
    type: "array",
    title: "Thema’s",
    of: [defineArrayMember({ type: "reference", to: [{ type: "theme" }] })],
    validation: (rule) => rule.unique().error("Elk thema mag maar één keer in de lijst staan."),
  });
}

/** A choice from an option list of the content model; required when `required` gives the message. */
export function optionField<V extends string>(
  name: string,
  title: string,
  set: OptionSet<V>,
  options: { layout?: "radio" | "dropdown"; initialValue?: V; description?: string; required?: string } = {},
) {
  const required = options.required;
  return defineField({
    name,
    type: "string",
    title,
    ...(options.description ? { description: options.description } : {}),
    options: { list: listOf(set), ...(options.layout ? { layout: options.layout } : {}) },
    ...(options.initialValue !== undefined ? { initialValue: options.initialValue } : {}),
    ...(required ? { validation: (rule: StringRule) => rule.required().error(required) } : {}),
  });
}

/** A required reference to the document this one belongs to (a chapter's edition, a section's chapter, …). */
export function parentField(name: string, title: string, type: string, message: string) {
  return defineField({
    name,
    type: "reference",
    title,
    to: [{ type }],
    validation: (rule) => rule.required().error(message),
  });
}

/** The text of one of our blocks (tip, practice example, callout): `simpleText`, required. */
export function simpleTextBody(message: string) {
  return defineField({
    name: "body",
    type: "simpleText",
    title: "Tekst",
    validation: (rule) => rule.required().min(1).error(message),
  });
}

/** A sort order of a document list: by `fields` (each `[field, direction]`), in that order. */
export function ordering(title: string, name: string, ...fields: [string, "asc" | "desc"][]) {
  return { title, name, by: fields.map(([field, direction]) => ({ field, direction })) };
}

/** A reference to an organisation (optional). */
export function organisationField(name: string, title: string, description?: string) {
  return defineField({
    name,
    type: "reference",
    title,
    ...(description ? { description } : {}),
    to: [{ type: "organisation" }],
  });
}

/** The fields of an uploaded file: a required title that says what it is (`message` when it is empty). */
export function titledFileFields(message: string) {
  return [requiredString("title", "Titel", message)];
}

/**
 * Files to download (Sanity file assets), each with a title; the site publishes each under a stable address with its
 * type and size. `example` is a title an editor might give.
 */
export function filesField(example: string, title = "Bestanden") {
  return defineField({
    name: "files",
    type: "array",
    title,
    description: "Documenten om te downloaden, zoals een pdf of een formulier. De site toont het type en de grootte.",
    of: [
      defineArrayMember({
        type: "file",
        title: "Bestand",
        fields: titledFileFields(`Geef het bestand een titel, zoals ‘${example}’.`),
      }),
    ],
  });
}

/**
 * The sample mark: the document (or part of it) is invented to show how the site works. The site and the PDF show
 * the mark on the document, so that no reader takes invented names, places or outcomes for real ones.
 */
export function sampleField() {
  return defineField({
    name: "sample",
    type: "boolean",
    title: "Voorbeeldinhoud (verzonnen)",
    description:
      "Aanvinken als namen, plaatsen, data of uitkomsten in dit document verzonnen zijn om de site te tonen. De site en de pdf zeggen dat dan bij het document.",
    initialValue: false,
  });
}
