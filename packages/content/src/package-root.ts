/**
 * Where the package's own files are (the embedded dataset, fonts, the Typst template), wherever its code runs from:
 * `src/` in this repository, `dist/` when installed, or a chunk of an app that bundled it (the website's build).
 */
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  try {
    // Resolves through node_modules (or the package's own name) from wherever this code was bundled to.
    return dirname(createRequire(import.meta.url).resolve("@gastvrij/content/package.json"));
  } catch {
    // Not resolvable by name: this module sits at `src/` or `dist/`, one level below the root.
    return fileURLToPath(new URL("..", import.meta.url));
  }
}

/** Absolute path of the package root (the folder holding its package.json). */
export const packageRoot: string = findPackageRoot();
