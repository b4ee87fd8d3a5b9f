/**
 * A build: snapshot → validation → PDFs → site, all from the one snapshot, into a folder of its own. The PDFs (the
 * whole toolkit and each chapter and supplement, A4 and A5 booklet, made in this process with one Typst compiler) are
 * made first into a staging folder beside the output, so the site lists them with their sizes; they move into the
 * site's `/toolkit/` once the site is built. Who calls it
 * decides what to do with the folder: `gastvrij build` swaps it in for the output folder, the publish service makes
 * it the served release. A failing step stops the build with a {@link BuildError} that says which step and why; the
 * folder is then removed, so nothing half-built is ever swapped in.
 */
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { openContent } from "@gastvrij/content";
import { exportToolkitPdfs, writeToolkitPdfs } from "@gastvrij/content/print";
import { repoRoot } from "../lib/paths.js";
import { cliInvocation } from "../lib/self-cli.js";
import { chooseSiteAddress, type SiteAddressChoice } from "./site-address.js";
import { inOrigin, redact, type Snapshot, type SnapshotSource, takeSnapshot } from "./snapshot.js";
import { BuildError, runStep } from "./steps.js";

/** Options of {@link runBuild}. */
export interface BuildOptions {
  source: SnapshotSource;
  /** Folder of the snapshots. */
  cacheDir: string;
  /** Folder to build into; it must not exist yet (it is made by the build). */
  outDir: string;
  /** A production build needs the site's public address (see `site-address.ts`). */
  production: boolean;
  /** `--site-url` or `GASTVRIJ_SITE_URL`. */
  siteUrl?: string;
  /** The address a local build is served on. */
  localAddress: string;
  /** The build's clock for the pages ("Binnenkort"/"Voorbij", registration deadlines); default now. */
  now?: Date;
  /** Show the steps' own output as they run (the terminal); otherwise it is kept for the error message only. */
  verbose?: boolean;
  /** One line per finished step. */
  log?: (line: string) => void;
}

/** How long a step took. */
export interface StepTiming {
  step: string;
  ms: number;
}

/** What a finished build made. */
export interface BuildReport {
  snapshot: Snapshot;
  site: SiteAddressChoice;
  outDir: string;
  steps: StepTiming[];
  durationMs: number;
  /** Notes of the validation (e.g. problems in drafts, which never stop a build). */
  notes: string[];
}

const siteBuild = join(repoRoot, "apps", "web", "scripts", "build.mjs");

/** Environment variables that point the steps at another source: the steps read the snapshot and nothing else. */
const sourceVariables = [
  "SANITY_PROJECT_ID",
  "SANITY_DATASET",
  "SANITY_API_READ_TOKEN",
  "GASTVRIJ_SANITY_API_HOST",
  "GASTVRIJ_DATASET",
  "GASTVRIJ_SITE_URL",
  "GASTVRIJ_NOW",
  "GASTVRIJ_WEB_OUT_DIR",
  "GASTVRIJ_TOOLKIT_PDFS",
];

export async function runBuild(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const steps: StepTiming[] = [];
  // The PDFs wait here for the site: the site build replaces the whole output folder.
  const pdfDir = join(dirname(options.outDir), `.${basename(options.outDir)}.pdf-${process.pid}`);
  const token = options.source.kind === "live" ? options.source.token : undefined;
  let snapshotTaken: Snapshot | undefined;
  // Messages name the export the user gave (same lines), never the token.
  const explain = (message: string) => redact(snapshotTaken ? inOrigin(message, snapshotTaken) : message, token);
  const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    const stepStarted = performance.now();
    try {
      const result = await run();
      const ms = Math.round(performance.now() - stepStarted);
      steps.push({ step, ms });
      options.log?.(`✓ ${step} (${(ms / 1000).toFixed(1)} s)`);
      return result;
    } catch (error) {
      const reason =
        error instanceof BuildError ? error.reason : error instanceof Error ? error.message : String(error);
      throw new BuildError(step, explain(reason));
    }
  };

  try {
    const snapshot = await timed("snapshot", () => takeSnapshot(options.source, { cacheDir: options.cacheDir }));
    snapshotTaken = snapshot;
    const notes = await timed("validation", () => validate(snapshot.dir, options.verbose ?? false));
    // The snapshot is read in this process once: for the settings' address here and for the PDF below.
    const { content, site } = await timed("site address", async () => {
      const content = await openContent({ dataset: snapshot.dir });
      const settings = options.production && !options.siteUrl ? (await content.getSiteSettings()).siteUrl : undefined;
      const site = chooseSiteAddress({
        override: options.siteUrl,
        production: options.production,
        local: options.localAddress,
        settings,
      });
      return { content, site };
    });
    // Only the names are kept: the PDFs' bytes are not held in memory while the site is built.
    const fileNames = await timed("PDF", async () => {
      await rm(pdfDir, { recursive: true, force: true });
      const made = await exportToolkitPdfs({ content, siteUrl: site.address, parts: true });
      await writeToolkitPdfs(pdfDir, made);
      return made.map(({ fileName }) => fileName);
    });
    const env = { ...stepEnvironment(snapshot.dir, site.address, options), GASTVRIJ_TOOLKIT_PDFS: pdfDir };
    await timed("site", () =>
      runStep("site", process.execPath, [siteBuild, "--silent"], env, { verbose: options.verbose }),
    );
    const toolkitDir = join(options.outDir, "toolkit");
    await mkdir(toolkitDir, { recursive: true });
    for (const fileName of fileNames) await rename(join(pdfDir, fileName), join(toolkitDir, fileName));
    return {
      snapshot,
      site,
      outDir: options.outDir,
      steps,
      durationMs: Math.round(performance.now() - started),
      notes,
    };
  } catch (error) {
    await rm(options.outDir, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(pdfDir, { recursive: true, force: true });
  }
}

/** The environment of the site build: the snapshot, the address and the clock, and no way to reach the live API. */
function stepEnvironment(dataset: string, address: string, options: BuildOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of sourceVariables) delete env[name];
  return {
    ...env,
    ASTRO_TELEMETRY_DISABLED: "1",
    GASTVRIJ_DATASET: dataset,
    GASTVRIJ_SITE_URL: address,
    GASTVRIJ_WEB_OUT_DIR: options.outDir,
    ...(options.now ? { GASTVRIJ_NOW: options.now.toISOString() } : {}),
  };
}

/** Validates the snapshot with `gastvrij validate`; returns its notes (drafts never stop a build). */
async function validate(dataset: string, verbose: boolean): Promise<string[]> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of sourceVariables) delete env[name];
  // The CLI as this process runs: compiled when the build runs from the bundle, else through tsx.
  const cli = cliInvocation();
  const output = await runStep("validation", cli.command, [...cli.args, "validate", "--dataset", dataset], env, {
    verbose,
  });
  return output.split("\n").filter((line) => line.startsWith("note:"));
}
