import type { Command } from "commander";
import { userPath } from "../lib/paths.js";
import { action } from "../lib/run-command.js";
import { printPreviewPath, printPreviewRoute } from "../preview/print.js";
import { enablePath, startPreviewServer } from "../preview/server.js";
import { buildPreviewSite, defaultPreviewSiteDir } from "../preview/site.js";

interface PreviewServerCommandOptions {
  port: string;
  host: string;
  siteDir?: string;
  build: boolean;
}

/** `gastvrij preview-server`: the site rendered from the drafts, for the Studio's Presentation tool. */
export function registerPreviewServer(program: Command): void {
  program
    .command("preview-server")
    .description(
      "Run the preview of drafts for editors: the site rendered on request from the live dataset's drafts, opened from the Studio's Presentation tool (guarded by its preview secret).",
    )
    .option("--port <n>", "port to listen on (0: any free port)", "4322")
    .option("--host <address>", "address to listen on (0.0.0.0 for all)", "127.0.0.1")
    .option("--site-dir <dir>", "where the preview site is built", undefined)
    .option("--no-build", "serve the preview site already built in --site-dir")
    .addHelpText(
      "after",
      `
Environment:
  SANITY_PROJECT_ID, SANITY_DATASET   the live dataset (dataset default: production)
  SANITY_API_READ_TOKEN               a read token (Viewer): it reads the drafts on the server, never in a browser
  GASTVRIJ_STUDIO_URL                 the Studio's address, for click-to-edit (default http://localhost:3333)
  GASTVRIJ_PREVIEW_COOKIE_KEY         signs the preview's cookies (default: random per start)

The Studio opens ${enablePath}?sanity-preview-secret=… (Presentation tool, SANITY_STUDIO_PREVIEW_URL); without a
valid secret, and on every page without the cookie it then sets, the preview answers 401. ${printPreviewPath}<id>
answers the PDF of a toolkit chapter, section or supplement from the drafts (the Studio's Afdrukvoorbeeld).`,
    )
    .action(
      action(async (options: PreviewServerCommandOptions) => {
        const missing = ["SANITY_PROJECT_ID", "SANITY_API_READ_TOKEN"].filter((name) => !process.env[name]);
        if (missing.length > 0) {
          console.error(`error: set ${missing.join(" and ")}: the preview reads the drafts of the live dataset`);
          return 1;
        }
        const siteDir = options.siteDir ? userPath(options.siteDir) : defaultPreviewSiteDir;
        if (options.build) {
          console.error(`building the preview site into ${siteDir} …`);
          await buildPreviewSite(siteDir);
        }
        const apiHost = process.env.GASTVRIJ_SANITY_API_HOST;
        const live = apiHost ? { apiHost } : {};
        const server = await startPreviewServer({
          siteDir,
          port: Number(options.port),
          host: options.host,
          live,
          routes: [printPreviewRoute(live)],
          ...(process.env.GASTVRIJ_PREVIEW_COOKIE_KEY ? { cookieKey: process.env.GASTVRIJ_PREVIEW_COOKIE_KEY } : {}),
        });
        console.log(
          `preview server on ${server.url} (drafts of ${process.env.SANITY_PROJECT_ID}/${process.env.SANITY_DATASET ?? "production"})`,
        );
        await new Promise<void>((resolve) => {
          for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
        });
        await server.close();
        return 0;
      }),
    );
}
