/**
 * The site's address, decided once per build and passed to every output (canonical links, sitemap, robots.txt,
 * calendar feeds, the PDF's footnotes). In order: `--site-url` or `GASTVRIJ_SITE_URL`; for a production build the
 * site settings' address (Studio: Site-instellingen → Adres van de website); for a local build the address it is
 * served on, so every link works where it is served. A production build without an address stops.
 */
import { siteAddress } from "@gastvrij/content/model";

/** Where the address came from, for the build log. */
export type SiteAddressOrigin = "GASTVRIJ_SITE_URL" | "site settings" | "local";

export interface SiteAddressChoice {
  address: string;
  origin: SiteAddressOrigin;
}

export interface SiteAddressInputs {
  /** `--site-url`, else `GASTVRIJ_SITE_URL`. */
  override?: string;
  /** The site settings' `siteUrl` as stored. */
  settings?: string | null;
  /** A production build (the publish service, the deploy workflow): needs an address. */
  production: boolean;
  /** Where a local build is served (`http://127.0.0.1:4321`). */
  local: string;
}

/** A build cannot go on without a usable address. */
export class SiteAddressError extends Error {
  override readonly name = "SiteAddressError";
}

export function chooseSiteAddress(inputs: SiteAddressInputs): SiteAddressChoice {
  if (inputs.override !== undefined && inputs.override !== "") {
    const address = siteAddress(inputs.override);
    if (!address) {
      throw new SiteAddressError(
        `GASTVRIJ_SITE_URL/--site-url "${inputs.override}" is not a site address: give the origin only, like https://www.gastvrijnetwerk.be`,
      );
    }
    return { address, origin: "GASTVRIJ_SITE_URL" };
  }
  if (!inputs.production) return { address: siteAddress(inputs.local) ?? inputs.local, origin: "local" };
  if (inputs.settings) {
    const address = siteAddress(inputs.settings);
    if (!address) {
      throw new SiteAddressError(
        `document siteSettings, field siteUrl: "${inputs.settings}" is not a site address (origin only, like https://www.gastvrijnetwerk.be)`,
      );
    }
    return { address, origin: "site settings" };
  }
  throw new SiteAddressError(
    "a production build needs the site's public address: set it in the Studio (Site-instellingen → Adres van de website) or in GASTVRIJ_SITE_URL, e.g. GASTVRIJ_SITE_URL=https://www.gastvrijnetwerk.be",
  );
}

/**
 * The address for a single command (`calendar`, `export-pdf`): `--site-url`, else `GASTVRIJ_SITE_URL`, else the site
 * settings' address in the content; `undefined` when none is set.
 */
export function commandSiteAddress(option: string | undefined, settings: string | null): string | undefined {
  const override = option || process.env.GASTVRIJ_SITE_URL;
  if (!override && !settings) return undefined;
  // As a production build chooses: the override, else the settings (both checked, with the same messages).
  return chooseSiteAddress({ override, settings, production: true, local: "" }).address;
}
