import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../lib/paths.js";

const run = promisify(execFile);
const tsx = resolve(repoRoot, "node_modules/.bin/tsx");
const cli = resolve(repoRoot, "scripts/src/cli.ts");
const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

async function gastvrij(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], {
      cwd: repoRoot,
      env: { ...process.env, GASTVRIJ_CWD: cwd },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("gastvrij import-markdown", () => {
  it("writes the NDJSON relative to the folder the user is in, prints a summary, and fails without a stack trace", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "gastvrij-cli-md-"));
    made.push(cwd);
    await mkdir(join(cwd, "teksten"));
    await writeFile(
      join(cwd, "teksten/wonen.md"),
      "---\n_id: theme-wonen\n_type: theme\ntitle: Wonen\nslug: wonen\nkind: dailyLife\n---\n",
    );
    const ok = await gastvrij(cwd, "import-markdown", "teksten", "--out", "uit/data.ndjson");
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("Wrote 1 documents and 0 images/files to uit/data.ndjson");
    expect(ok.stdout).toContain("theme: 1");
    expect(JSON.parse(await readFile(join(cwd, "uit/data.ndjson"), "utf8"))).toMatchObject({ _id: "theme-wonen" });

    await writeFile(
      join(cwd, "teksten/kapot.md"),
      "---\n_id: theme-kapot\n_type: theme\n---\n\n:::waarschuwing\nX\n:::\n",
    );
    const bad = await gastvrij(cwd, "import-markdown", "teksten", "--out", "uit/data.ndjson");
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe(
      "error: teksten/kapot.md:6, document theme-kapot: a theme has no text body: put every field in the front matter and leave the part after --- empty",
    );
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it("has --help", async () => {
    const help = await gastvrij(repoRoot, "import-markdown", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--out <file.ndjson>");
    expect(help.stdout).toContain(":::practiceExample[Title]{organisation=<id>}");
  });
});
