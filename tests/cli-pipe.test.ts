// The `gastvrij` CLI as a tool in a pipe, run the way the README says: `npm run gastvrij -- <command>` from the
// repository root (npm is the machine's npm on PATH). Standard output is the command's output and nothing else (no
// npm script banner); a failing command prints its own error once, without npm's or pnpm's failure lines.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./e2e/site.js";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a user's shell: the current PATH, none of the running npm's or pnpm's settings. */
const userEnv = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(npm_|pnpm_)/i.test(key) && !["INIT_CWD", "GASTVRIJ_CWD", "GASTVRIJ_DATASET"].includes(key),
    ),
  ),
};

function run(command: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env: userEnv, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const npmRun = (...args: string[]) => run("npm", ["run", "gastvrij", "--", ...args]);

/** Lines that npm or pnpm add around a script: none of them may appear. */
const packageManagerNoise = /npm error|npm ERR!|Lifecycle script|ERR_PNPM|recursive run|ELIFECYCLE|^> /m;

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe("npm run gastvrij -- <command> in a pipe", () => {
  it("calendar: stdout is the ICS feed alone, from BEGIN:VCALENDAR to END:VCALENDAR and its CRLF", async () => {
    const result = await npmRun("calendar");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(result.stdout.endsWith("\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(result.stderr).not.toMatch(packageManagerNoise);
  });

  it("query: stdout parses as JSON", async () => {
    const result = await npmRun("query", '*[_type == "tool"][0]{_id, title}');
    expect(result.code, result.stderr).toBe(0);
    const parsed = JSON.parse(result.stdout) as { _id: string; title: string };
    expect(parsed._id).toMatch(/^tool-/);
    expect(result.stderr).not.toMatch(packageManagerNoise);
  });

  it("a query with invalid GROQ exits non-zero and prints its error once, without npm's or pnpm's lines", async () => {
    const result = await npmRun("query", '*[_type == "tool"');
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe("");
    const line = result.stderr.split("\n").find((text) => text.startsWith("error: GROQ query failed"));
    expect(line, result.stderr).toBeDefined();
    expect(occurrences(result.stderr, line as string)).toBe(1);
    expect(result.stderr).not.toMatch(packageManagerNoise);
  });

  it("validate of a missing export exits 1 and names it once on stderr", async () => {
    const result = await npmRun("validate", "--dataset", "/nonexistent");
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(packageManagerNoise);
    expect(result.stdout).toMatch(/^invalid: /m);
    expect(occurrences(result.stderr, "/nonexistent: cannot read export")).toBe(1);
    expect(result.stderr).not.toMatch(packageManagerNoise);
  });

  it("an unknown command exits non-zero with commander's message only", async () => {
    const result = await npmRun("no-such-command");
    expect(result.code).not.toBe(0);
    expect(occurrences(result.stderr, "unknown command 'no-such-command'")).toBe(1);
    expect(result.stderr).not.toMatch(packageManagerNoise);
  });
});

describe("pnpm gastvrij <command>", () => {
  const local = join(repoRoot, ".tools", "pnpm", "node_modules", ".bin", "pnpm");
  const pnpm = existsSync(local) ? local : "pnpm";

  it("still works, with the command's output alone on stdout", async () => {
    const result = await run(pnpm, ["gastvrij", "query", 'count(*[_type == "tool"])']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toBeGreaterThan(0);
  });
});
