#!/usr/bin/env node
// Entry point behind `npm start`, `npm test`, `npm run gastvrij`, `npm run bench` and their pnpm twins.
//
// Runs on the Node that started it (Node 20 and npm on a fresh machine). It makes sure that pnpm 12 is there
// (from PATH, else installed once into .tools/pnpm from the npm registry), installs the workspace when its
// manifests or lockfile changed since the last install, and then hands over to `pnpm run task:<name>` (the
// `gastvrij` CLI and `npm start`: straight to their compiled JavaScript, see cli-bundle.mjs), which runs on the
// Node 24 that the root devDependency `node` brings. Plain JavaScript on purpose: nothing is installed yet.
//
// `npm run gastvrij -- <command>` is a tool in a pipe: its standard output is the command's own output and nothing
// else. The project's .npmrc (loglevel=silent) keeps npm's script banner and error footer out; everything this file
// installs writes its progress to stderr; and the CLI runs directly on Node 24 from its bundle (compiled again only
// when a source changed), not through `pnpm run` or tsx, so pnpm adds no banner or "recursive run failed" lines. A
// failing command prints its own error once and its exit code is passed on.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cliEnvironment, ensureCliBundle } from "./cli-bundle.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const tasks = new Set(["start", "test", "bench", "gastvrij", "dev"]);
const PNPM_MAJOR = 12;

function fail(message) {
  console.error(`bootstrap: ${message}`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, ...options });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

/** Runs an install step: its progress goes to stderr, so the standard output of the task stays clean for a pipe. */
function install(command, args, options = {}) {
  return run(command, args, { stdio: ["inherit", 2, "inherit"], ...options });
}

function pnpmVersion(command) {
  const result = spawnSync(command, ["--version"], { encoding: "utf8" });
  if (result.status !== 0) return undefined;
  return Number.parseInt(result.stdout.trim().split(".")[0], 10);
}

function findPnpm() {
  if (process.env.GASTVRIJ_IGNORE_PATH_PNPM !== "1" && (pnpmVersion("pnpm") ?? 0) >= PNPM_MAJOR) return "pnpm";
  const local = join(root, ".tools", "pnpm", "node_modules", ".bin", "pnpm");
  if (existsSync(local) && (pnpmVersion(local) ?? 0) >= PNPM_MAJOR) return local;
  console.error(`bootstrap: installing pnpm ${PNPM_MAJOR} into .tools/pnpm (once)`);
  mkdirSync(join(root, ".tools", "pnpm"), { recursive: true });
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  // The project's .npmrc silences npm (loglevel=silent, for clean `npm run` output); this install says what fails.
  const status = install(npm, [
    "install",
    "--prefix",
    join(root, ".tools", "pnpm"),
    "--no-audit",
    "--no-fund",
    "--loglevel=warn",
    `pnpm@${PNPM_MAJOR}`,
  ]);
  if (status !== 0 || !existsSync(local)) fail("installing pnpm from the npm registry failed (see above)");
  return local;
}

/** Everything that decides what `pnpm install` does: the lockfile, the workspace file and every manifest. */
function installFingerprint() {
  const hash = createHash("sha256");
  const files = ["pnpm-lock.yaml", "pnpm-workspace.yaml", "package.json"];
  for (const folder of ["studio", "scripts", "tests"]) files.push(join(folder, "package.json"));
  for (const parent of ["packages", "apps"]) {
    const dir = join(root, parent);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) files.push(join(parent, name, "package.json"));
  }
  for (const file of files) {
    const path = join(root, file);
    hash.update(file);
    hash.update(existsSync(path) ? readFileSync(path) : "-");
  }
  return hash.digest("hex");
}

function ensureInstalled(pnpm) {
  const stamp = join(root, "node_modules", ".gastvrij-install");
  const fingerprint = installFingerprint();
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint) return;
  const args = ["install"];
  if (process.env.CI) args.push("--frozen-lockfile");
  console.error(`bootstrap: pnpm ${args.join(" ")}`);
  // An explicit level: npm passes its own (silent, from .npmrc) on to the scripts it runs as npm_config_loglevel.
  if (install(pnpm, [...args, "--loglevel=info"]) !== 0) fail("pnpm install failed (see above)");
  writeFileSync(stamp, fingerprint);
}

/** Debian packages the browser, PDF and HTML-validation tests need; installed with apt when missing and root. */
const systemTools = [
  { command: "chromium", pkg: "chromium", why: "browser tests" },
  { command: "java", pkg: "default-jre-headless", why: "HTML validation (vnu)" },
  { command: "pdftotext", pkg: "poppler-utils", why: "PDF copy-out of names in every script (pdftotext)" },
];

function ensureSystemTools() {
  const missing = systemTools.filter(({ command }) => spawnSync("sh", ["-c", `command -v ${command}`]).status !== 0);
  if (missing.length === 0) return;
  const names = missing.map(({ pkg }) => pkg).join(" ");
  const canApt = process.getuid?.() === 0 && spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (!canApt) fail(`the tests need ${names} (${missing.map(({ why }) => why).join(", ")}): apt-get install ${names}`);
  console.error(`bootstrap: apt-get install ${names} (once)`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (run("apt-get", ["update", "-qq"], { env }) !== 0) fail("apt-get update failed");
  if (
    run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing.map(({ pkg }) => pkg)], { env }) !== 0
  ) {
    fail(`apt-get install ${names} failed`);
  }
}

const [task, ...rest] = process.argv.slice(2);
if (!tasks.has(task)) fail(`unknown task "${task}"; expected one of ${[...tasks].join(", ")}`);

const pnpm = findPnpm();
ensureInstalled(pnpm);
if (task === "test" || task === "bench") ensureSystemTools();
// Relative paths on the command line mean the folder the user typed the command in.
const env = { ...process.env, GASTVRIJ_CWD: process.env.GASTVRIJ_CWD ?? process.env.INIT_CWD ?? process.cwd() };
// pnpm's own bin folder goes first on PATH, so nested `pnpm` calls in scripts find it.
env.PATH = `${dirname(pnpm) === "." ? "" : `${dirname(pnpm)}:`}${env.PATH ?? ""}`;
if (task === "gastvrij" || task === "start") {
  // The CLI's bundle (or `npm start`'s main job beside it) directly on the workspace's Node 24, from scripts/ as
  // `pnpm --filter @gastvrij/scripts run cli` would, with the workspace's bins first on PATH as pnpm puts them.
  let cli;
  try {
    cli = await ensureCliBundle({ root });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const entry = task === "start" ? join(dirname(cli), "main.mjs") : cli;
  const bins = [join(root, "scripts", "node_modules", ".bin"), join(root, "node_modules", ".bin")];
  env.PATH = `${bins.join(":")}:${env.PATH}`;
  process.exit(
    run(join(root, "node_modules", ".bin", "node"), [entry, ...rest], {
      env: cliEnvironment(env),
      cwd: join(root, "scripts"),
    }),
  );
}
process.exit(run(pnpm, ["--silent", "run", `task:${task}`, ...rest], { env }));
