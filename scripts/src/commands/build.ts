import { rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Command } from "commander";
import { type BuildReport, runBuild } from "../build/pipeline.js";
import { SiteAddressError } from "../build/site-address.js";
import { SnapshotError, sourceFromEnvironment } from "../build/snapshot.js";
import { BuildError } from "../build/steps.js";
import { replaceFolder } from "../build/swap.js";
import { buildDir, repoRoot, userPath } from "../lib/paths.js";
import { action } from "../lib/run-command.js";

/** Where `gastvrij build` writes the site (with the PDF in it) unless `--out` says otherwise. */
export const defaultSiteDir = join(repoRoot, "apps", "web", "dist");

/** Where snapshots are kept unless `GASTVRIJ_SNAPSHOT_DIR` says otherwise. */
export const defaultSnapshotDir = join(buildDir, "snapshots");

interface BuildCommandOptions {
  dataset?: string;
  out: string;
  siteUrl?: string;
  production?: boolean;
  port: string;
  now?: string;
}

/** `gastvrij build`: one snapshot, then validation, the site and the PDF from it, swapped in when all succeeded. */
export function registerBuild(program: Command): void {
  program
    .command("build")
    .description(
      "Take one snapshot of the content (embedded dataset, an export, or the live dataset), then validate it and build the site and the toolkit PDF from that snapshot.",
    )
    .option(
      "--dataset <path>",
      "export to read (.ndjson, export folder or .tar.gz); default: GASTVRIJ_DATASET, else the live dataset when SANITY_PROJECT_ID is set, else the embedded dataset",
    )
    .option("--out <dir>", "folder of the built site (replaced only when the whole build succeeded)", defaultSiteDir)
    .option("--site-url <url>", "the site's public address (default: GASTVRIJ_SITE_URL, else see --production)")
    .option(
      "--production",
      "a build to publish: the address comes from GASTVRIJ_SITE_URL or the site settings, and the build stops without one",
    )
    .option("--port <n>", "without --production and an address: the local port the site will be served on", "4321")
    .option("--now <iso>", "the build's clock for past and upcoming events (default: GASTVRIJ_NOW, else now)")
    .addHelpText(
      "after",
      `
The snapshot (an export folder with manifest.json) is kept in ${defaultSnapshotDir} (GASTVRIJ_SNAPSHOT_DIR);
rerun a build offline from it with --dataset <snapshot folder>. Drafts never stop a build; problems in
published documents do, and then the previous site stays as it was.

Examples:
  gastvrij build
  gastvrij build --production --site-url https://www.gastvrijnetwerk.be --out ./public
  SANITY_PROJECT_ID=abc123 SANITY_API_READ_TOKEN=... gastvrij build --production`,
    )
    .action(
      action(async (options: BuildCommandOptions) => {
        const out = userPath(options.out);
        try {
          const report = await buildInto(out, options);
          console.log(summary(report, out));
          return 0;
        } catch (error) {
          if (error instanceof BuildError || error instanceof SiteAddressError || error instanceof SnapshotError) {
            console.error(`error: ${error.message}\nThe site in ${out} was not changed.`);
            return 1;
          }
          throw error;
        }
      }),
    );
}

/** Builds into a fresh folder beside `out` and swaps it in; on failure `out` is untouched. */
export async function buildInto(out: string, options: Omit<BuildCommandOptions, "out">): Promise<BuildReport> {
  const next = join(dirname(out), `.${basename(out)}.next-${process.pid}`);
  await rm(next, { recursive: true, force: true });
  const now = options.now ?? process.env.GASTVRIJ_NOW;
  const report = await runBuild({
    source: sourceFromEnvironment(process.env, options.dataset ? userPath(options.dataset) : undefined),
    cacheDir: process.env.GASTVRIJ_SNAPSHOT_DIR ? userPath(process.env.GASTVRIJ_SNAPSHOT_DIR) : defaultSnapshotDir,
    outDir: next,
    production: options.production ?? false,
    siteUrl: options.siteUrl ?? process.env.GASTVRIJ_SITE_URL,
    localAddress: `http://127.0.0.1:${options.port}`,
    ...(now ? { now: parseNow(now) } : {}),
    log: (line) => console.log(line),
  });
  await replaceFolder(next, out);
  return report;
}

function parseNow(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new BuildError("build", `--now/GASTVRIJ_NOW "${value}" is not a date`);
  return date;
}

function summary(report: BuildReport, out: string): string {
  const { manifest } = report.snapshot;
  return [
    ...report.notes,
    `built ${out} in ${(report.durationMs / 1000).toFixed(1)} s`,
    `  content: ${manifest.source} ${manifest.dataset}, ${manifest.documentCount} documents, hash ${manifest.contentHash.slice(0, 12)} (snapshot ${report.snapshot.dir})`,
    `  address: ${report.site.address} (from ${report.site.origin})`,
  ].join("\n");
}
