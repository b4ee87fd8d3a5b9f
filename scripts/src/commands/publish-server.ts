import type { Command } from "commander";
import { sourceFromEnvironment } from "../build/snapshot.js";
import { userPath } from "../lib/paths.js";
import { action } from "../lib/run-command.js";
import { startPublishServer, statusPath, webhookPath } from "../publish/server.js";

interface PublishServerCommandOptions {
  stateDir: string;
  port: string;
  host: string;
  serve: boolean;
  dataset?: string;
  dailyAt: string;
  quietMs: string;
}

/** `gastvrij publish-server`: rebuild and publish the site and PDF on every Sanity publish, and once a day. */
export function registerPublishServer(program: Command): void {
  program
    .command("publish-server")
    .description(
      "Run the publish service: Sanity's webhook starts a rebuild (snapshot → validation → PDFs → site) that replaces the served site only when it succeeded; also rebuilds daily.",
    )
    .option("--state-dir <dir>", "where releases, snapshots and status.json are kept", "./publish-state")
    .option("--port <n>", "port to listen on", "8080")
    .option("--host <address>", "address to listen on (0.0.0.0 for all)", "127.0.0.1")
    .option("--no-serve", "serve only /_publish/; a web server serves <state-dir>/current")
    .option("--dataset <path>", "build from an export instead of the live dataset (for trying it out)")
    .option("--daily-at <hh:mm>", "Brussels time of the daily rebuild, or off", "03:00")
    .option("--quiet-ms <ms>", "quiet time that closes a burst of webhooks into one rebuild", "1500")
    .addHelpText(
      "after",
      `
Environment:
  SANITY_WEBHOOK_SECRET   the webhook's secret (required): the same text as in sanity.io/manage → API → Webhooks
  SANITY_PROJECT_ID, SANITY_DATASET, SANITY_API_READ_TOKEN   the live dataset to snapshot (token: read only)
  GASTVRIJ_SITE_URL       the site's public address (else the site settings' "Adres van de website")

Endpoints: POST ${webhookPath} (Sanity's webhook), GET ${statusPath} (JSON: last build, duration, snapshot
manifest, last error). Everything else is the current site.`,
    )
    .action(
      action(async (options: PublishServerCommandOptions) => {
        const secret = process.env.SANITY_WEBHOOK_SECRET;
        if (!secret) {
          console.error("error: set SANITY_WEBHOOK_SECRET to the secret of the Sanity webhook");
          return 1;
        }
        const source = sourceFromEnvironment(process.env, options.dataset ? userPath(options.dataset) : undefined);
        const server = await startPublishServer({
          stateDir: userPath(options.stateDir),
          source,
          secret,
          ...(process.env.GASTVRIJ_SITE_URL ? { siteUrl: process.env.GASTVRIJ_SITE_URL } : {}),
          port: Number(options.port),
          host: options.host,
          serveSite: options.serve,
          dailyAt: options.dailyAt,
          quietMs: Number(options.quietMs),
        });
        const where = source.kind === "live" ? `${source.projectId}/${source.dataset}` : source.path;
        console.log(
          `publish service on ${server.url} (content: ${where}); status at ${server.url}${statusPath.slice(1)}`,
        );
        await new Promise<void>((resolve) => {
          for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
        });
        await server.close();
        return 0;
      }),
    );
}
