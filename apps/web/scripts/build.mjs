// Builds the site (astro build, then the Pagefind index) into a staging folder beside the output folder and swaps it
// into place only when both steps succeeded: a failed build (bad content, a crash) leaves the previous site exactly as
// it was, never half a site. The output folder is GASTVRIJ_WEB_OUT_DIR (tests) or apps/web/dist.
import { spawn } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = resolve(webDir, process.env.GASTVRIJ_WEB_OUT_DIR || "dist");
const staging = join(dirname(outDir), `.${basename(outDir)}.staging-${process.pid}`);
const retired = join(dirname(outDir), `.${basename(outDir)}.previous-${process.pid}`);

/**
 * Runs a build step with the staging folder as output, passing its output through; exits non-zero (staging removed)
 * when it fails.
 * @param {string} title
 * @param {string[]} args
 */
async function step(title, args) {
  const child = spawn(process.execPath, args, {
    cwd: webDir,
    stdio: ["ignore", "pipe", "pipe"],
    // Always the public, static site: the preview server's mode (GASTVRIJ_PREVIEW=1) is never built here.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", GASTVRIJ_WEB_OUT_DIR: staging, GASTVRIJ_PREVIEW: "" },
  });
  let output = "";
  child.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    output += chunk;
  });
  child.stderr.on("data", (chunk) => {
    process.stderr.write(chunk);
    output += chunk;
  });
  const code = await new Promise((resolve) => child.on("close", resolve));
  if (code !== 0) {
    rmSync(staging, { recursive: true, force: true });
    // A content error (file:line, document, field) is the one line worth repeating: Astro prints hints and a stack
    // trace after it that are about its own internals.
    const content = output.match(/^(?:\S+:\d+, )?document \S+(?:, field [^:]+)?: .+$/m)?.[0];
    console.error(
      `\nerror: ${content ? `${content}\n  ` : ""}${title} failed: the site was not built; ${outDir} is unchanged`,
    );
    process.exit(typeof code === "number" && code > 0 ? code : 1);
  }
}

const silent = process.argv.includes("--silent") ? ["--silent"] : [];
rmSync(staging, { recursive: true, force: true });
await step("astro build", [join(webDir, "node_modules", "astro", "bin", "astro.mjs"), "build", ...silent]);
await step("the Pagefind index", [
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
