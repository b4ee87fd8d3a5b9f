/** Document ids and slugs as Sanity stores them, and which of them the public may see. */

/** A slug as the site uses it in paths: lowercase words of letters and digits joined by `-`. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The fixed id of the one site settings document. */
export const siteSettingsId = "siteSettings";

/** Id prefixes of documents that the published perspective never returns (drafts, release versions, system). */
export const unpublishedIdPrefixes = ["drafts.", "versions.", "sanity.", "system.", "_."] as const;

/** Whether a document with this `_id` is visible in the published perspective. */
export function isPublishedId(id: string): boolean {
  return !unpublishedIdPrefixes.some((prefix) => id.startsWith(prefix));
}

/** The published id of a draft (`drafts.x`) or release version (`versions.<release>.x`): `x`. */
export function publishedId(id: string): string {
  if (id.startsWith("drafts.")) return id.slice("drafts.".length);
  if (id.startsWith("versions.")) return id.split(".").slice(2).join(".");
  return id;
}
