/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** Whether this is the preview server's build (`GASTVRIJ_PREVIEW=1`), set by astro.config.mjs; false in the site. */
  readonly GASTVRIJ_PREVIEW: boolean;
}

declare namespace App {
  interface Locals {
    /** Set by the preview server once it has checked the preview's access (see src/preview/middleware.ts). */
    gastvrijPreview?: boolean;
    /** The perspective the editor chose in the Studio (default: drafts), passed on by the preview server. */
    gastvrijPreviewPerspective?: import("./preview/scope").PreviewPerspective;
  }
}
