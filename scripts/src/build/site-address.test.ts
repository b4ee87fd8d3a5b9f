import { describe, expect, it } from "vitest";
import { chooseSiteAddress, SiteAddressError } from "./site-address.js";

const local = "http://127.0.0.1:4321";

describe("chooseSiteAddress", () => {
  it("takes the override first, normalised to its origin without a trailing slash", () => {
    expect(
      chooseSiteAddress({
        override: " HTTPS://WWW.Gastvrijnetwerk.BE/ ",
        settings: "https://instellingen.example.be",
        production: true,
        local,
      }),
    ).toEqual({ address: "https://www.gastvrijnetwerk.be", origin: "GASTVRIJ_SITE_URL" });
  });

  it("takes the override for a local build too", () => {
    expect(chooseSiteAddress({ override: "https://test.example.be/", production: false, local })).toEqual({
      address: "https://test.example.be",
      origin: "GASTVRIJ_SITE_URL",
    });
  });

  it("drops a default port and keeps another one", () => {
    expect(chooseSiteAddress({ override: "https://example.be:443/", production: true, local }).address).toBe(
      "https://example.be",
    );
    expect(chooseSiteAddress({ override: "http://example.be:8080", production: true, local }).address).toBe(
      "http://example.be:8080",
    );
  });

  it("refuses an override that is not an origin, naming it", () => {
    for (const override of [
      "https://www.gastvrijnetwerk.be/nl/",
      "www.gastvrijnetwerk.be",
      "ftp://gastvrijnetwerk.be",
      "javascript:alert(1)",
      "https://www.gastvrijnetwerk.be/?q=1",
      "https://iemand:geheim@gastvrijnetwerk.be",
    ]) {
      const choose = () => chooseSiteAddress({ override, settings: "https://ok.example.be", production: true, local });
      expect(choose).toThrow(SiteAddressError);
      expect(choose).toThrow(`GASTVRIJ_SITE_URL/--site-url "${override}" is not a site address`);
    }
  });

  it("treats an empty override as none", () => {
    expect(
      chooseSiteAddress({ override: "", settings: "https://instellingen.example.be", production: true, local }),
    ).toEqual({ address: "https://instellingen.example.be", origin: "site settings" });
  });

  it("builds locally for the local address and ignores the site settings, even invalid ones", () => {
    expect(
      chooseSiteAddress({ settings: "https://www.gastvrijnetwerk.be", production: false, local: `${local}/` }),
    ).toEqual({ address: local, origin: "local" });
    expect(chooseSiteAddress({ settings: "geen adres", production: false, local })).toEqual({
      address: local,
      origin: "local",
    });
    expect(chooseSiteAddress({ production: false, local })).toEqual({ address: local, origin: "local" });
  });

  it("builds for production at the site settings' address", () => {
    expect(chooseSiteAddress({ settings: "https://www.gastvrijnetwerk.be/", production: true, local })).toEqual({
      address: "https://www.gastvrijnetwerk.be",
      origin: "site settings",
    });
  });

  it("stops a production build without an address, saying where to set one", () => {
    for (const settings of [undefined, null, ""]) {
      const choose = () => chooseSiteAddress({ settings, production: true, local });
      expect(choose).toThrow(SiteAddressError);
      expect(choose).toThrow("Site-instellingen → Adres van de website");
      expect(choose).toThrow("GASTVRIJ_SITE_URL");
    }
  });

  it("stops a production build on invalid site settings, naming the document, the field and the value", () => {
    const choose = () => chooseSiteAddress({ settings: "gastvrijnetwerk.be/home", production: true, local });
    expect(choose).toThrow(SiteAddressError);
    expect(choose).toThrow('document siteSettings, field siteUrl: "gastvrijnetwerk.be/home" is not a site address');
  });
});
