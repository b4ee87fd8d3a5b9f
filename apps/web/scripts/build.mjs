// Builds the site (astro build, then the Pagefind index) into a staging folder beside the output folder and swaps it
// into place only when both steps succeeded: a failed build (bad content, a crash) leaves the previous site exactly as
// it was, never half a site. The output folder is GASTVRIJ_WEB_OUT_DIR (tests) or apps/web/dist.
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = resolve(webDir, process.env.GASTVRIJ_WEB_OUT_DIR || "dist");
const staging = join(dirname(outDir), `.${basename(outDir)}.staging-${process.pid}`);
const retired = join(dirname(outDir), `.${basename(outDir)}.previous-${process.pid}`);

/**
 * Runs a build step with the staging folder as output; exits non-zero (staging removed) when it fails.
 * @param {string} title
 * @param {string[]} args
 */
function step(title, args) {
  const result = spawnSync(process.execPath, args, {
    cwd: webDir,
    stdio: "inherit",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", GASTVRIJ_WEB_OUT_DIR: staging },
  });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`\nerror: ${title} failed: the site was not built; ${outDir} is unchanged`);
    process.exit(result.status || 1);
  }
}

const silent = process.argv.includes("--silent") ? ["--silent"] : [];
rmSync(staging, { recursive: true, force: true });
step("astro build", [join(webDir, "node_modules", "astro", "bin", "astro.mjs"), "build", ...silent]);
step("the Pagefind index", [
  join(webDir, "node_modules", "pagefind", "lib", "runner", "bin.cjs"),
  "--site",
  staging,
  "--silent",
]);

// Swap: two renames on the same file system; the old site is removed only once the new one is in place.
if (existsSync(outDir)) renameSync(outDir, retired);
try {
  renameSync(staging, outDir);
} catch (error) {
  if (existsSync(retired)) renameSync(retired, outDir);
  throw error;
}
rmSync(retired, { recursive: true, force: true });
