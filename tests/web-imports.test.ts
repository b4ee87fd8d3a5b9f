/**
 * The site loads what it shows and nothing else of the content package: its code reaches the package's root and model
 * entries, never printing (the Typst compiler is a native module) and never the back ends or the Markdown importer.
 * The TypeScript compiler follows every import of the site's modules; the pages (`.astro`) import the same entries.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { repoRoot, webDir } from "./e2e/site.js";

const sourceDir = join(webDir, "src");
const files = readdirSync(sourceDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name));

/** Every file the site's TypeScript modules reach through their imports, relative to the repository. */
function reachedFiles(): string[] {
  const roots = files.filter((file) => file.endsWith(".ts"));
  const program = ts.createProgram(roots, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowImportingTsExtensions: true,
    noEmit: true,
  });
  return program.getSourceFiles().map((file) => relative(repoRoot, file.fileName));
}

describe("the site's code", () => {
  it("reaches the content package's root and model entries, not printing, the back ends or the importer", () => {
    const reached = reachedFiles();
    const content = reached.filter((file) => file.startsWith("packages/content/src/"));
    expect(content).toContain("packages/content/src/index.ts");
    expect(content).toContain("packages/content/src/model/index.ts");
    for (const part of ["print/", "read/sources/index.ts", "markdown/"]) {
      expect(
        content.filter((file) => file.includes(part)),
        part,
      ).toEqual([]);
    }
    expect(reached.filter((file) => /typst/i.test(file))).toEqual([]);
  });

  it("imports the content package in its pages only through the root and model entries", () => {
    const entries = new Set<string>();
    for (const file of files.filter((name) => name.endsWith(".astro") || name.endsWith(".ts"))) {
      for (const [, entry] of readFileSync(file, "utf8").matchAll(/from "(@gastvrij\/content[^"]*)"/g)) {
        entries.add(String(entry));
      }
    }
    expect([...entries].sort()).toEqual(["@gastvrij/content", "@gastvrij/content/model"]);
  });
});
