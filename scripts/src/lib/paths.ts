import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository root: this file is scripts/src/lib/paths.ts, or in the CLI's bundle a file of scripts/dist/cli-<key>/
 * (scripts/cli-bundle.mjs), as deep in the tree.
 */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Default folder for everything the project builds (site, PDF, feeds); ignored by git. */
export const buildDir = resolve(repoRoot, "build");

/**
 * Resolves a path the user typed against the folder they typed the command in: `npm run` and `pnpm run` change the
 * working directory, so the bootstrap passes the original one in GASTVRIJ_CWD.
 */
export function userPath(path: string): string {
  return resolve(process.env.GASTVRIJ_CWD ?? process.cwd(), path);
}
