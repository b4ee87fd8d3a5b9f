/**
 * Who may see the preview. The Studio's Presentation tool stores a random secret in the dataset (a
 * `sanity.previewUrlSecret` document, valid for an hour) and opens `/_preview/enable?sanity-preview-secret=…`; the
 * preview server checks it against the dataset with `@sanity/preview-url-secret` and, when it matches, gives the
 * browser a signed cookie. Every other request needs that cookie: without it the preview answers 401.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** The cookie that opens the preview. */
export const previewCookieName = "gastvrij-preview";

/** How long the cookie opens the preview: an editor's working session. */
export const previewCookieMaxAgeSeconds = 4 * 60 * 60;

export interface PreviewCookies {
  /** A `Set-Cookie` value that opens the preview until `now` + the max age. */
  issue(now?: Date, secure?: boolean): string;
  /** A `Set-Cookie` value that closes the preview. */
  clear(secure?: boolean): string;
  /** Whether the request carries a cookie this server signed that has not expired. */
  admits(request: IncomingMessage, now?: Date): boolean;
}

/**
 * Signed cookies: `<expiry>.<HMAC-SHA256 of it>` with `key` (`GASTVRIJ_PREVIEW_COOKIE_KEY`, else a random key per
 * process: a restart then asks the Studio for a new secret). `HttpOnly`; over https `SameSite=None; Secure` so the
 * Studio can show the preview in its frame from another site, over http (local) `SameSite=Lax`.
 */
export function previewCookies(key: string | Buffer = randomBytes(32)): PreviewCookies {
  const sign = (value: string) => createHmac("sha256", key).update(value).digest("base64url");
  return {
    issue(now = new Date(), secure = false) {
      const expiry = String(now.getTime() + previewCookieMaxAgeSeconds * 1000);
      return `${previewCookieName}=${expiry}.${sign(expiry)}; Max-Age=${previewCookieMaxAgeSeconds}; ${cookieAttributes(secure)}`;
    },
    clear(secure = false) {
      return `${previewCookieName}=; Max-Age=0; ${cookieAttributes(secure)}`;
    },
    admits(request, now = new Date()) {
      const value = cookieValue(request.headers.cookie, previewCookieName);
      const [expiry, signature] = value?.split(".") ?? [];
      if (!expiry || !signature || !/^\d+$/.test(expiry)) return false;
      const expected = Buffer.from(sign(expiry));
      const given = Buffer.from(signature);
      return given.length === expected.length && timingSafeEqual(given, expected) && Number(expiry) > now.getTime();
    },
  };
}

/** What both of the preview's cookies say besides their value and age (see {@link previewCookies}). */
function cookieAttributes(secure: boolean): string {
  return `Path=/; HttpOnly; ${secure ? "SameSite=None; Secure" : "SameSite=Lax"}`;
}

/** The cookie that keeps the perspective the editor chose in the Studio (drafts, or the published content). */
export const perspectiveCookieName = "gastvrij-preview-perspective";

/** The perspectives the preview shows. */
export type PreviewPerspective = "drafts" | "published";

/**
 * What the Studio's perspective means for the preview: `published` is the published content; anything else (drafts,
 * a release's stack of versions) shows the drafts.
 */
export function previewPerspective(value: unknown): PreviewPerspective {
  return value === "published" ? "published" : "drafts";
}

/** A `Set-Cookie` value that keeps `perspective`. */
export function perspectiveCookie(perspective: PreviewPerspective, secure = false): string {
  return `${perspectiveCookieName}=${perspective}; Max-Age=${previewCookieMaxAgeSeconds}; ${cookieAttributes(secure)}`;
}

/** The perspective a request's cookie keeps (default: the drafts). */
export function requestPerspective(request: IncomingMessage): PreviewPerspective {
  return previewPerspective(cookieValue(request.headers.cookie, perspectiveCookieName));
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}
