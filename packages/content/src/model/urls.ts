/**
 * Which URLs may become a link or an image, wherever content is turned into output. Every URL that reaches an `href`,
 * a `src`, a PDF link or a calendar goes through {@link safeUrl}: the same clean-up a browser does (leading and
 * trailing spaces and control characters dropped, tabs and newlines inside removed), then an allow-list of schemes.
 */

/** Schemes a link may use: web pages, e-mail, telephone. */
export const linkSchemes = ["http", "https", "mailto", "tel"] as const;

/** Schemes an image may use. */
export const imageSchemes = ["http", "https"] as const;

/** Options of {@link safeUrl}. */
export interface SafeUrlOptions {
  /**
   * Require an absolute URL: a scheme, and `//` after `http:` or `https:`. Default false: a URL without a scheme (a
   * site path such as `/toolkit/wonen/`, `#anchor`, `?q=1`) is relative, cannot run script and is allowed.
   */
  absolute?: boolean;
}

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
 * @returns The cleaned URL (trimmed, tabs and newlines removed, scheme in lower case) when it is allowed;
 *   `undefined` otherwise (`javascript:`, `data:`, `vbscript:`, `file:`, control characters, empty).
 * @example
 * safeUrl(" https://example.org/ "); // "https://example.org/"
 * safeUrl("java\tscript:alert(1)"); // undefined
 * safeUrl("/toolkit/wonen/"); // "/toolkit/wonen/"
 * safeUrl("/toolkit/wonen/", linkSchemes, { absolute: true }); // undefined
 */
export function safeUrl(
  url: unknown,
  schemes: readonly string[] = linkSchemes,
  options: SafeUrlOptions = {},
): string | undefined {
  if (typeof url !== "string") return undefined;
  const cleaned = url.replace(edges, "").replace(tabOrNewline, "");
  if (cleaned === "" || control.test(cleaned)) return undefined;
  const match = scheme.exec(cleaned);
  if (!match) return options.absolute ? undefined : cleaned;
  const name = (match[1] as string).toLowerCase();
  if (!schemes.includes(name)) return undefined;
  const rest = cleaned.slice(name.length + 1);
  if (options.absolute && (name === "http" || name === "https") && !rest.startsWith("//")) return undefined;
  // The scheme in lower case ("HTTPS://…" → "https://…"), so later steps need not care about case.
  return `${name}:${rest}`;
}

/**
 * The site's public address as one form for every output (canonical links, sitemap, robots.txt, feeds, the PDF):
 * the origin of an absolute `http(s)` URL, without credentials, path, query or fragment and without a trailing slash
 * (`https://www.gastvrijnetwerk.be`). The site links its pages from the root (`/toolkit/…`), so it cannot live under
 * a path.
 *
 * @returns The normalised address, or `undefined` when `value` is not such an address.
 * @example
 * siteAddress(" https://www.gastvrijnetwerk.be/ "); // "https://www.gastvrijnetwerk.be"
 * siteAddress("www.gastvrijnetwerk.be"); // undefined: no scheme
 */
export function siteAddress(value: unknown): string | undefined {
  const cleaned = safeUrl(value, ["http", "https"], { absolute: true });
  if (!cleaned || !URL.canParse(cleaned)) return undefined;
  const url = new URL(cleaned);
  if (url.username || url.password || url.search || url.hash || url.pathname !== "/" || !url.hostname) return undefined;
  return url.origin;
}
