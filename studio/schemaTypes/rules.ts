import type { SlugRule, SlugValue, UrlRule, ValidationContext } from "@sanity/types";

/**
 * Validation rules shared by several types. Every message is Dutch and says what to fix. Rules that look at other
 * documents ask the client of the validation context (the Studio's client, or the in-process stand-in of
 * `gastvrij validate`), with plain GROQ.
 */

export const apiVersion = "2025-02-19";

/** URL schemes allowed in links: web pages, e-mail and phone. */
export const allowedUrlSchemes = ["http", "https", "mailto", "tel"];

export const urlSchemeMessage =
  "Gebruik een volledig webadres (https://…), een e-mailadres als mailto:naam@voorbeeld.be of een telefoonnummer als tel:+32…; andere soorten links zijn niet toegestaan.";

/** A URL rule that allows http, https, mailto and tel only. */
export function safeUrl(rule: UrlRule): UrlRule {
  return rule.uri({ scheme: allowedUrlSchemes, allowRelative: false }).error(urlSchemeMessage);
}

/** The published id of a document id (without `drafts.` or `versions.<name>.`). */
export function publishedId(id: string): string {
  if (id.startsWith("drafts.")) return id.slice("drafts.".length);
  if (id.startsWith("versions.")) return id.split(".").slice(2).join(".");
  return id;
}

/** Types whose slugs share one URL space: a chapter and a section both live under /toolkit/<slug>/. */
const slugScopes: Record<string, string[]> = {
  toolkitChapter: ["toolkitChapter", "toolkitSection"],
  toolkitSection: ["toolkitChapter", "toolkitSection"],
};

/** Whether no other document in the same URL space uses `slug` (the document's own draft and versions excepted). */
export async function isSlugUnique(slug: string, context: ValidationContext): Promise<boolean> {
  const document = context.document;
  if (!document) return true;
  const id = publishedId(document._id);
  const types = slugScopes[document._type] ?? [document._type];
  const client = context.getClient({ apiVersion });
  const others = await client.fetch<number>(
    `count(*[_type in $types && slug.current == $slug && !(_id in [$id, $draft]) && !(_id in path("versions.**"))])`,
    { types, slug, id, draft: `drafts.${id}` },
  );
  return others === 0;
}

/** Slug validation: required, lowercase words with dashes, unique in its URL space. */
export function slugRule(rule: SlugRule): SlugRule[] {
  // Separate rules: a message given with .error("…") would replace the custom rule's own messages.
  return [
    rule
      .required()
      .error("Vul een slug in (het laatste deel van het webadres); klik op ‘Genereer’ om hem uit de titel te maken."),
    rule
      .custom(async (value: SlugValue | undefined, context) => {
        const current = value?.current;
        if (!current) return true;
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(current)) {
          return `De slug ‘${current}’ mag alleen kleine letters, cijfers en koppeltekens bevatten (bijvoorbeeld ‘budgetbeheer-en-vaste-kosten’), zonder spaties of accenten.`;
        }
        if (!(await isSlugUnique(current, context))) {
          return `De slug ‘${current}’ is al in gebruik door een ander document; kies een andere, zodat elk document een eigen webadres heeft.`;
        }
        return true;
      })
      .error(),
  ];
}

/** Slug options: generated from `source`, uniqueness checked by {@link slugRule} (with a Dutch message). */
export function slugOptions(source = "title") {
  return {
    source,
    maxLength: 96,
    // The built-in check would repeat slugRule's uniqueness check, with an English message in the CLI.
    isUnique: () => true,
  };
}
