// The `gastvrij` CLI as compiled JavaScript: scripts/src/cli.ts (and `npm start`'s scripts/src/main.ts) with every
// workspace module and library they import, bundled by esbuild into scripts/dist/cli-<key>/ (cli.mjs and main.mjs, a
// chunk per command, loaded on use). Only the Typst compiler (a native module) stays outside, imported from its real
// path.
//
// Built again only when what goes into it changed: the key is a SHA-256 over the bundle recipe, the lockfile, the
// workspace manifests and tsconfigs, and the content of every workspace source file the last bundle was made of
// (esbuild's metafile lists them; hashed as esbuild read them, so a file saved during a compile is compiled again).
// A new file only enters the bundle through an import in a file that changed, so a fresh clone and every later edit
// run current code. Plain JavaScript: the bootstrap imports it on Node 20.
//
// Each bundle has its own folder, so a running process that lazily loads a chunk never sees a newer bundle's files;
// the folders of older bundles are removed, the newest few kept.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const defaultRoot = dirname(dirname(fileURLToPath(import.meta.url)));
/** Change when the build options below change: older bundles then no longer match. */
const recipe = "gastvrij-cli-bundle 2";
/** Libraries left out of the bundle: native code, loaded from node_modules at run time. */
const external = /^@myriaddreamin\/typst-ts-node-compiler(\/|$)/;
/** Bundles of earlier keys kept besides the current one (a long-running process may still load chunks from them). */
const keepOlder = 2;

/** The files whose content decides the bundle apart from the sources: lockfile, manifests, TypeScript settings. */
function settingsFiles(root) {
  const files = ["pnpm-lock.yaml", "pnpm-workspace.yaml", "package.json", "tsconfig.json", "tsconfig.base.json"];
  const folders = ["scripts", "studio"];
  for (const parent of ["packages", "apps"]) {
    const dir = join(root, parent);
    if (existsSync(dir)) for (const name of readdirSync(dir).sort()) folders.push(join(parent, name));
  }
  for (const folder of folders) files.push(join(folder, "package.json"), join(folder, "tsconfig.json"));
  return files;
}

/**
 * The key of a bundle made of `sources` (paths relative to the root); undefined when a source is gone. `read` gives a
 * source's content: by default as it is on disk now.
 *
 * @param {string} root
 * @param {Iterable<string>} sources
 * @param {(file: string) => Buffer | undefined} [read]
 */
function bundleKey(root, sources, read = (file) => readIfThere(join(root, file))) {
  const hash = createHash("sha256");
  hash.update(recipe);
  for (const file of settingsFiles(root)) {
    hash.update(`\0${file}\0`);
    hash.update(readIfThere(join(root, file)) ?? "-");
  }
  for (const file of [...sources].sort()) {
    const content = read(file);
    if (content === undefined) return undefined;
    hash.update(`\0${file}\0`);
    hash.update(content);
  }
  return hash.digest("hex").slice(0, 20);
}

/** @param {string} path */
function readIfThere(path) {
  return existsSync(path) ? readFileSync(path) : undefined;
}

/** Whether `path` (absolute) is a workspace source rather than a library's file. */
const isWorkspaceSource = (path) => !path.split(/[\\/]/).includes("node_modules");

/**
 * The environment the CLI runs in: `env` with glibc's malloc limited to two arenas unless `env` says otherwise. Typst
 * lays out on several threads and each would get arenas of its own; with two, export-pdf of the 10x toolkit peaks a
 * little lower in the same time (570-616 MB against 596-627 MB over three runs each). The bootstrap and the benchmark
 * both start the CLI with it.
 *
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
export function cliEnvironment(env) {
  return { MALLOC_ARENA_MAX: "2", ...env };
}

function readStamp(stampFile) {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, "utf8"));
    return typeof stamp.key === "string" && Array.isArray(stamp.sources) ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The path of the CLI's compiled entry (`cli.mjs`; `npm start`'s `main.mjs` is beside it), built first when the
 * sources changed since the last build.
 *
 * @param {{ root?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<string>}
 */
export async function ensureCliBundle(options = {}) {
  const root = options.root ?? defaultRoot;
  const log = options.log ?? ((line) => console.error(line));
  const dist = join(root, "scripts", "dist");
  const stampFile = join(dist, "cli.json");
  const stamp = readStamp(stampFile);
  if (stamp && bundleKey(root, stamp.sources) === stamp.key) {
    const entry = join(dist, `cli-${stamp.key}`, "cli.mjs");
    if (existsSync(entry)) return entry;
  }

  const started = performance.now();
  const esbuild = createRequire(join(root, "package.json"))("esbuild");
  const temporary = join(dist, `.cli-building-${process.pid}-${Date.now()}`);
  mkdirSync(dist, { recursive: true });
  // Each workspace source as esbuild is about to read it: the key is made of these bytes, never of a later read, so a
  // file saved while the CLI compiles gives a key its content no longer matches and the next run compiles again.
  /** @type {Map<string, Buffer>} */
  const loaded = new Map();
  let result;
  try {
    result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: [join(root, "scripts", "src", "cli.ts"), join(root, "scripts", "src", "main.ts")],
      outdir: temporary,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node24",
      outExtension: { ".js": ".mjs" },
      // Some bundled libraries are CommonJS and call require() for Node's own modules.
      banner: {
        js: 'import { createRequire as __gastvrijRequire } from "node:module";\nconst require = __gastvrijRequire(import.meta.url);',
      },
      metafile: true,
      logLevel: "error",
      legalComments: "none",
      plugins: [
        {
          name: "gastvrij-native-external",
          setup(build) {
            build.onResolve({ filter: external }, async (args) => {
              if (args.pluginData === "resolving") return undefined;
              // Imported by its real path: the bundle sits outside the folder whose node_modules holds it.
              const resolved = await build.resolve(args.path, {
                kind: args.kind,
                importer: args.importer,
                resolveDir: args.resolveDir,
                pluginData: "resolving",
              });
              if (resolved.errors.length) return { errors: resolved.errors };
              return { path: resolved.path, external: true };
            });
          },
        },
        {
          name: "gastvrij-source-snapshot",
          setup(build) {
            // Reads before esbuild does and returns nothing, so esbuild loads the file itself as usual.
            build.onLoad({ filter: /.*/, namespace: "file" }, (args) => {
              if (isWorkspaceSource(args.path)) loaded.set(relative(root, args.path), readFileSync(args.path));
              return undefined;
            });
          },
        },
      ],
    });
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw new Error(`building the CLI failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const sources = Object.keys(result.metafile.inputs)
    .map((input) => relative(root, join(root, input)))
    .filter((input) => isWorkspaceSource(input));
  const key = bundleKey(root, sources, (file) => loaded.get(file));
  if (key === undefined) {
    rmSync(temporary, { recursive: true, force: true });
    throw new Error("building the CLI failed: a source file disappeared while it was compiled; run the command again");
  }
  // As deep as scripts/src/lib/: scripts/src/lib/paths.ts finds the repository from its file's place (../../..).
  const folder = join(dist, `cli-${key}`);
  // The same sources compiled before (an edit undone): keep that folder, a process may be using it.
  if (existsSync(folder)) rmSync(temporary, { recursive: true, force: true });
  else {
    try {
      renameSync(temporary, folder);
    } catch (error) {
      // Another process compiled the same sources at the same time and put its folder in place first.
      rmSync(temporary, { recursive: true, force: true });
      if (!existsSync(join(folder, "cli.mjs"))) throw error;
    }
  }
  const next = `${stampFile}.${process.pid}`;
  writeFileSync(next, JSON.stringify({ key, sources }, null, 1));
  renameSync(next, stampFile);
  removeOlderBundles(dist, `cli-${key}`);
  log(`gastvrij: compiled the CLI (${sources.length} source files) in ${Math.round(performance.now() - started)} ms`);
  return join(folder, "cli.mjs");
}

function removeOlderBundles(dist, current) {
  // A build that was interrupted (killed, out of memory) leaves its temporary folder: removed once its process is gone.
  for (const name of readdirSync(dist)) {
    const building = /^\.cli-building-(\d+)-\d+$/.exec(name);
    if (building && !processAlive(Number(building[1]))) rmSync(join(dist, name), { recursive: true, force: true });
  }
  const older = readdirSync(dist)
    .filter((name) => name.startsWith("cli-") && name !== current)
    .map((name) => ({ name, time: statSync(join(dist, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { name } of older.slice(keepOlder)) rmSync(join(dist, name), { recursive: true, force: true });
}

/** Whether a process with this id runs (signal 0 only asks; EPERM: it runs as another user). */
function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error?.code === "EPERM";
  }
}
