import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A newcomer's machine: a clone of the committed tree, Node 20 and npm from /usr/bin, no pnpm on the PATH.
// The package store in HOME is kept, so this checks the bootstrap's logic, not the network.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const machinePath = "/usr/bin:/bin";
let clone: string;

function npmRun(args: string[]) {
  return spawnSync("npm", ["run", "--silent", ...args], {
    cwd: clone,
    encoding: "utf8",
    env: { HOME: process.env.HOME ?? "/root", PATH: machinePath, GASTVRIJ_IGNORE_PATH_PNPM: "1" },
    timeout: 300_000,
  });
}

describe("a fresh clone on a machine with only Node 20 and npm", () => {
  beforeAll(() => {
    clone = mkdtempSync(join(tmpdir(), "gastvrij-clone-"));
    const cloned = spawnSync("git", ["clone", "--quiet", repoRoot, clone], { encoding: "utf8" });
    expect(cloned.status, cloned.stderr).toBe(0);
  });
  afterAll(() => rmSync(clone, { recursive: true, force: true }));

  it("runs the CLI through npm: installs pnpm and the workspace first, on Node 24", () => {
    const first = npmRun(["gastvrij", "--", "--help"]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("Usage: gastvrij");
    expect(first.stdout).toContain("export-pdf");
    expect(existsSync(join(clone, ".tools", "pnpm", "node_modules", ".bin", "pnpm"))).toBe(true);
    expect(first.stderr).toContain("pnpm install");

    const version = spawnSync(join(clone, "node_modules", ".bin", "node"), ["--version"], { encoding: "utf8" });
    expect(version.stdout).toMatch(/^v24\./);
  });

  it("skips the install on a second run and passes exit codes through", () => {
    const second = npmRun(["gastvrij", "--", "no-such-command"]);
    expect(second.stderr).not.toContain("pnpm install");
    expect(second.status).not.toBe(0);
    expect(second.stderr).toContain("unknown command");
  });

  it("runs the CLI compiled, compiles it once, and again after a source file changed", () => {
    expect(existsSync(join(clone, "scripts", "dist", "cli.json"))).toBe(true);
    const unchanged = npmRun(["gastvrij", "--", "--help"]);
    expect(unchanged.status, unchanged.stderr).toBe(0);
    expect(unchanged.stderr).not.toContain("compiled the CLI");

    const command = join(clone, "scripts", "src", "commands", "calendar.ts");
    writeFileSync(
      command,
      readFileSync(command, "utf8").replace("Write the calendar feed", "Write the NEW calendar feed"),
    );
    // What an interrupted build left (its process gone) is cleared; a build still running (this process) is not.
    const dist = join(clone, "scripts", "dist");
    const interrupted = join(dist, ".cli-building-2147483646-1");
    const running = join(dist, `.cli-building-${process.pid}-1`);
    for (const folder of [interrupted, running]) mkdirSync(folder);
    const edited = npmRun(["gastvrij", "--", "--help"]);
    expect(edited.status, edited.stderr).toBe(0);
    expect(edited.stderr).toContain("compiled the CLI");
    expect(edited.stdout).toContain("Write the NEW calendar feed");
    expect(existsSync(interrupted)).toBe(false);
    expect(existsSync(running)).toBe(true);
  });
});
