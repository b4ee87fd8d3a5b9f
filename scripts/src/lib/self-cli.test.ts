import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "./paths.js";
import { cliInvocation } from "./self-cli.js";

describe("cliInvocation", () => {
  const clone = mkdtempSync(join(tmpdir(), "gastvrij-self-cli-"));
  const bundle = join(clone, "scripts", "dist", "cli-0123456789abcdef0123");
  afterAll(() => rmSync(clone, { recursive: true, force: true }));

  it("runs the CLI from the same compiled bundle as this process, from `npm start`'s main job too", () => {
    mkdirSync(bundle, { recursive: true });
    writeFileSync(join(bundle, "cli.mjs"), "");
    for (const entry of ["cli.mjs", "main.mjs"]) {
      expect(cliInvocation(join(bundle, entry))).toEqual({
        command: process.execPath,
        args: [join(bundle, "cli.mjs")],
      });
    }
  });

  it("runs the sources through tsx otherwise, and when the bundle's folder is gone", () => {
    const gone = join(clone, "scripts", "dist", "cli-ffffffffffffffffffff", "cli.mjs");
    for (const entry of [join(repoRoot, "scripts", "src", "cli.ts"), "/somewhere/vitest.mjs", gone, undefined]) {
      expect(cliInvocation(entry)).toEqual({
        command: join(repoRoot, "node_modules", ".bin", "tsx"),
        args: [join(repoRoot, "scripts", "src", "cli.ts")],
      });
    }
  });
});
