import { describe, expect, it } from "vitest";
import { imageSchemes, linkSchemes, safeUrl, siteAddress } from "./urls.js";

describe("safeUrl", () => {
  it("allows http(s), mailto, tel and relative URLs, cleaned as a browser would", () => {
    expect(safeUrl("https://example.org/a?b#c")).toBe("https://example.org/a?b#c");
    expect(safeUrl("  http://example.org \n")).toBe("http://example.org");
    expect(safeUrl("HTTPS://Example.org/Pad")).toBe("https://Example.org/Pad");
    expect(safeUrl("mailto:info@example.org")).toBe("mailto:info@example.org");
    expect(safeUrl("tel:+32 2 123 45 67")).toBe("tel:+32 2 123 45 67");
    expect(safeUrl("/toolkit/wonen/#huur")).toBe("/toolkit/wonen/#huur");
    expect(safeUrl("#kop")).toBe("#kop");
    expect(safeUrl("?q=1")).toBe("?q=1");
    expect(safeUrl("../a:b")).toBe("../a:b");
    expect(safeUrl("https://exa\tmple.org")).toBe("https://example.org");
  });

  it("refuses script and data URLs however they are disguised, and non-strings", () => {
    for (const url of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " \u0001javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "jav\r\nascript:alert(1)",
      "vbscript:msgbox(1)",
      "data:text/html;base64,PHNjcmlwdD4=",
      "file:///etc/passwd",
      "https://a.org/\u0000x",
      "",
      "   ",
      undefined,
      null,
      42,
      { href: "https://x" },
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).toBeUndefined();
    }
  });

  it("takes its own list of schemes (images: http and https only)", () => {
    expect(safeUrl("mailto:a@b.c", imageSchemes)).toBeUndefined();
    expect(safeUrl("https://cdn.sanity.io/x.png", imageSchemes)).toBe("https://cdn.sanity.io/x.png");
    expect(safeUrl("/media/x.png", imageSchemes)).toBe("/media/x.png");
  });
});

describe("safeUrl with absolute: true", () => {
  it("takes only URLs with a scheme, and http(s) only with //", () => {
    expect(safeUrl("https://example.org/", linkSchemes, { absolute: true })).toBe("https://example.org/");
    expect(safeUrl("mailto:info@example.org", linkSchemes, { absolute: true })).toBe("mailto:info@example.org");
    expect(safeUrl("/toolkit/wonen/", linkSchemes, { absolute: true })).toBeUndefined();
    expect(safeUrl("https:example.org", linkSchemes, { absolute: true })).toBeUndefined();
    expect(safeUrl("javascript:alert(1)", linkSchemes, { absolute: true })).toBeUndefined();
  });
});

describe("siteAddress", () => {
  it("gives one form of the site's address: its origin, no trailing slash", () => {
    expect(siteAddress(" https://www.gastvrijnetwerk.be/ ")).toBe("https://www.gastvrijnetwerk.be");
    expect(siteAddress("HTTPS://WWW.Gastvrijnetwerk.be")).toBe("https://www.gastvrijnetwerk.be");
    expect(siteAddress("http://127.0.0.1:4321/")).toBe("http://127.0.0.1:4321");
  });

  it("refuses what is not a site address", () => {
    for (const value of [
      "www.gastvrijnetwerk.be",
      "/toolkit/",
      "ftp://example.org",
      "javascript:alert(1)",
      "https://user:pw@example.org",
      "https://example.org/?q=1",
      "https://example.org/gastvrij/",
      "https://example.org/#top",
      "",
      42,
    ]) {
      expect(siteAddress(value), String(value)).toBeUndefined();
    }
  });
});
