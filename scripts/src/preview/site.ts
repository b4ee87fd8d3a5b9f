/**
 * The preview server's site: the Astro site built in its preview mode (`GASTVRIJ_PREVIEW=1`: rendered on request,
 * the Node adapter as middleware, drafts read per request) into its own folder, never into the public site's.
 */
import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { runStep } from "../build/steps.js";
import { replaceFolder } from "../build/swap.js";
import { buildDir, repoRoot } from "../lib/paths.js";
import type { PreviewPerspective } from "./access.js";

/** Where `gastvrij preview-server` builds its site unless told otherwise. */
export const defaultPreviewSiteDir = join(buildDir, "preview-site");

const webDir = join(repoRoot, "apps", "web");
const astro = join(webDir, "node_modules", "astro", "bin", "astro.mjs");

/** Node's request handler of a built preview site (the adapter's middleware mode). */
export type PreviewHandler = (
  request: import("node:http").IncomingMessage,
  response: import("node:http").ServerResponse,
  next: (error?: unknown) => void,
  locals: { gastvrijPreview: boolean; gastvrijPreviewPerspective: PreviewPerspective },
) => Promise<void> | void;

/**
 * Builds the preview site into `outDir` (built next to it, then swapped in). The build reads no content and gets
 * none of the Sanity variables: the pages read the drafts when they are requested.
 */
export async function buildPreviewSite(outDir: string = defaultPreviewSiteDir): Promise<void> {
  const staging = join(dirname(outDir), `.${basename(outDir)}.next-${process.pid}`);
  await mkdir(dirname(outDir), { recursive: true });
  await rm(staging, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith("SANITY_")) delete env[name];
  Object.assign(env, { GASTVRIJ_PREVIEW: "1", GASTVRIJ_PREVIEW_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: "1" });
  try {
    await runStep("the preview site (astro build)", process.execPath, [astro, "build"], env, { cwd: webDir });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await replaceFolder(staging, outDir);
}

/** Loads the request handler of a built preview site. */
export async function loadPreviewHandler(siteDir: string): Promise<PreviewHandler> {
  const entry = join(siteDir, "server", "entry.mjs");
  if (!existsSync(entry)) {
    throw new Error(
      `no preview site in ${siteDir} (missing server/entry.mjs): run gastvrij preview-server without --no-build`,
    );
  }
  const module = (await import(pathToFileURL(entry).href)) as { handler: PreviewHandler };
  return module.handler;
}
