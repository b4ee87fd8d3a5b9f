/**
 * The main job behind `npm start`: from the embedded dataset (or GASTVRIJ_DATASET / the live dataset when the Sanity
 * variables are set) it validates the content, builds the content package, the website and the printable toolkit,
 * and serves the site on localhost with the PDF downloadable from it.
 *
 * Options: `--no-serve` stops after building (used by tests), `--port <n>` picks the port (default 4321).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "./lib/paths.js";
import { serveStatic } from "./lib/static-server.js";

const { values } = parseArgs({
  options: {
    serve: { type: "boolean", default: true },
    "no-serve": { type: "boolean", default: false },
    port: { type: "string", default: process.env.PORT ?? "4321" },
  },
});

const siteDir = join(repoRoot, "apps", "web", "dist");
const cli = join(repoRoot, "scripts", "src", "cli.ts");

function step(title: string, command: string, args: string[]): void {
  const started = performance.now();
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${result.status ?? result.signal}). Nothing was served.`);
    process.exit(result.status || 1);
  }
  console.log(`✓ ${title} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
step("Validate the dataset", tsx, [cli, "validate"]);
step("Build the content package", "pnpm", ["--filter", "@gastvrij/content", "run", "build"]);
step("Build the website", "pnpm", ["--filter", "@gastvrij/web", "run", "build"]);
step("Export the printable toolkit (PDF)", tsx, [
  cli,
  "export-pdf",
  "--out",
  join(siteDir, "toolkit", "gastvrij-netwerk-toolkit.pdf"),
]);

if (values["no-serve"] || !values.serve) {
  console.log(`\nBuilt the site in ${siteDir}`);
} else {
  const { url } = await serveStatic(siteDir, { port: Number(values.port), host: "127.0.0.1" });
  console.log(`\nGastvrij Netwerk is served at ${url}`);
  console.log(`The printable toolkit: ${url}toolkit/gastvrij-netwerk-toolkit.pdf`);
  console.log("Stop with Ctrl+C.");
}
