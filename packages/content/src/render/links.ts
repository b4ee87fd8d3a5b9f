/**
 * URL safety and internal link resolution for the HTML renderer.
 *
 * Every URL that reaches an `href` or `src` goes through `safeUrl` first: the same clean-up a browser does
 * (leading/trailing spaces and control characters dropped, tabs and newlines inside removed) and then an allow-list
 * of schemes. A URL without a scheme (a site path such as `/toolkit/wonen/`, `#anchor`, `?q=1`) is relative and
 * cannot run script, so it is allowed.
 */

/** Schemes a link (`href`) may use: web pages, e-mail, telephone. */
export const linkSchemes: readonly string[] = ["http", "https", "mailto", "tel"];

/** Schemes an image (`src`) may use. */
export const imageSchemes: readonly string[] = ["http", "https"];

/** What an internal link points to: the site path of a published document (a `LinkTarget` fits). */
export interface HtmlLinkTarget {
  /** Site path such as `/toolkit/wonen/` (or an absolute http(s) URL). */
  href: string;
  /** Title of the target document (optional). */
  title?: string;
}

/** Finds the target of an internal link by document id; `undefined` for unknown or unpublished documents. */
export type ResolveLink = (id: string) => HtmlLinkTarget | undefined;

// C0 controls, space and DEL at the ends; the URL parser strips them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const edges = /^[\u0000-\u0020\u007f]+|[\u0000-\u0020\u007f]+$/g;
// The URL parser removes ASCII tab and newline anywhere ("java\tscript:" is "javascript:").
const tabOrNewline = /[\t\n\r]/g;
// Any control character left inside is refused outright.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const control = /[\u0000-\u001f\u007f]/;
const scheme = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Checks a URL against an allow-list of schemes.
 *
 * @param url - The URL as stored (anything: non-strings are refused).
 * @param schemes - Allowed schemes, lower case, without colon (default: {@link linkSchemes}).
 * @returns The cleaned URL (trimmed, tabs and newlines removed, scheme in lower case) when it is relative or uses an allowed scheme;
 *   `undefined` otherwise (`javascript:`, `data:`, `vbscript:`, `file:`, control characters, empty).
 * @example
 * safeUrl(" https://example.org/ "); // "https://example.org/"
 * safeUrl("java\tscript:alert(1)"); // undefined
 * safeUrl("/toolkit/wonen/"); // "/toolkit/wonen/"
 */
export function safeUrl(url: unknown, schemes: readonly string[] = linkSchemes): string | undefined {
  if (typeof url !== "string") return undefined;
  const cleaned = url.replace(edges, "").replace(tabOrNewline, "");
  if (cleaned === "" || control.test(cleaned)) return undefined;
  const match = scheme.exec(cleaned);
  if (!match) return cleaned;
  const name = (match[1] as string).toLowerCase();
  // The scheme in lower case ("HTTPS://…" → "https://…"), so later steps need not care about case.
  return schemes.includes(name) ? `${name}${cleaned.slice(name.length)}` : undefined;
}

/**
 * The site URL of an internal link (a `reference` to a section, supplement, tool or event).
 *
 * @param reference - The link's `reference` field (`{_ref}`), as stored.
 * @param resolveLink - Finds published documents by id.
 * @returns The target's `href` when the document is known and published and its `href` is safe; else `undefined`
 *   (the renderer then keeps only the link's words).
 */
export function internalHref(reference: unknown, resolveLink: ResolveLink | undefined): string | undefined {
  const id = (reference as { _ref?: unknown } | null | undefined)?._ref;
  if (typeof id !== "string" || !resolveLink) return undefined;
  return safeUrl(resolveLink(id)?.href, imageSchemes);
}
