import {
  apiVersion,
  isRoutableType,
  linkSchemes,
  publishedId,
  routableTypes,
  routePaths,
} from "@gastvrij/content/model";
import type { UrlRule, ValidationContext } from "@sanity/types";

/**
 * Validation rules shared by several types. Every message is Dutch and says what to fix. Rules that look at other
 * documents ask the client of the validation context (the Studio's client, or the in-process stand-in of
 * `gastvrij validate`), with plain GROQ.
 */

export const urlSchemeMessage =
  "Gebruik een volledig webadres (https://…), een e-mailadres als mailto:naam@voorbeeld.be of een telefoonnummer als tel:+32…; andere soorten links zijn niet toegestaan.";

/** A URL rule that allows the link schemes of the content model (http, https, mailto and tel) only. */
export function safeUrl(rule: UrlRule): UrlRule {
  return rule.uri({ scheme: [...linkSchemes], allowRelative: false }).error(urlSchemeMessage);
}

/** The types whose pages share the URL space of `type` (a chapter and a section both live under /toolkit/<slug>/). */
function slugScope(type: string): string[] {
  if (!isRoutableType(type)) return [type];
  return routableTypes.filter((other) => routePaths[other] === routePaths[type]);
}

/** Whether no other document in the same URL space uses `slug` (the document's own draft and versions excepted). */
export async function isSlugUnique(slug: string, context: ValidationContext): Promise<boolean> {
  const document = context.document;
  if (!document) return true;
  const id = publishedId(document._id);
  const types = slugScope(document._type);
  const client = context.getClient({ apiVersion });
  const others = await client.fetch<number>(
    `count(*[_type in $types && slug.current == $slug && !(_id in [$id, $draft]) && !(_id in path("versions.**"))])`,
    { types, slug, id, draft: `drafts.${id}` },
  );
  return others === 0;
}

/** The titles of other documents (not `document` itself or its draft) that `query` finds; `$id`/`$draft` are set. */
export async function othersWith(
  context: ValidationContext,
  query: string,
  params: Record<string, unknown>,
): Promise<string[]> {
  const id = publishedId((context.document as { _id: string })._id);
  return context.getClient({ apiVersion }).fetch<string[]>(query, { ...params, id, draft: `drafts.${id}` });
}
