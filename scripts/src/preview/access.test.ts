import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { previewCookieMaxAgeSeconds, previewCookieName, previewCookies } from "./access.js";

/** A request that carries the cookie of a `Set-Cookie` value (and another cookie beside it). */
function requestWith(setCookie: string | undefined): IncomingMessage {
  const pair = setCookie?.split(";")[0];
  return { headers: { cookie: pair ? `andere=1; ${pair}` : undefined } } as unknown as IncomingMessage;
}

describe("the preview's cookie", () => {
  const now = new Date("2026-11-30T10:00:00Z");

  it("opens the preview for its lifetime, HttpOnly, and only with this server's signature", () => {
    const cookies = previewCookies("sleutel");
    const issued = cookies.issue(now);
    expect(issued).toMatch(new RegExp(`^${previewCookieName}=\\d+\\.[\\w-]+; Max-Age=${previewCookieMaxAgeSeconds};`));
    expect(issued).toContain("HttpOnly");
    expect(issued).toContain("SameSite=Lax");
    expect(cookies.admits(requestWith(issued), now)).toBe(true);
    const later = new Date(now.getTime() + previewCookieMaxAgeSeconds * 1000 + 1);
    expect(cookies.admits(requestWith(issued), later)).toBe(false);
    expect(previewCookies("andere sleutel").admits(requestWith(issued), now)).toBe(false);
    expect(cookies.admits(requestWith(undefined), now)).toBe(false);
  });

  it("refuses a cookie whose expiry was changed, or that is not one at all", () => {
    const cookies = previewCookies("sleutel");
    const [expiry, signature] = (cookies.issue(now).split(";")[0] ?? "").split("=")[1]?.split(".") ?? [];
    const extended = `${previewCookieName}=${Number(expiry) + 86_400_000}.${signature}`;
    expect(cookies.admits(requestWith(extended), now)).toBe(false);
    for (const value of ["", "abc", "1.2.3", `${expiry}.`, `.${signature}`]) {
      expect(cookies.admits(requestWith(`${previewCookieName}=${value}`), now), value).toBe(false);
    }
  });

  it("crosses sites only over https (SameSite=None; Secure), and closes the preview", () => {
    const cookies = previewCookies("sleutel");
    expect(cookies.issue(now, true)).toContain("SameSite=None; Secure");
    expect(cookies.clear()).toMatch(new RegExp(`^${previewCookieName}=; Max-Age=0;`));
  });
});
