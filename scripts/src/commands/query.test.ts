import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../lib/paths.js";
import { parseParams } from "./query.js";

const run = promisify(execFile);
const fixture = resolve(repoRoot, "packages/content/test/fixtures/small");
const tsx = resolve(repoRoot, "node_modules/.bin/tsx");
const cli = resolve(repoRoot, "scripts/src/cli.ts");

async function gastvrij(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("gastvrij query", () => {
  it("parses parameters as JSON when they are JSON, else as strings", () => {
    expect(parseParams(["slug=wonen", "n=3", 'ids=["a","b"]', "flag=true", "eq=a=b", "empty="])).toEqual({
      slug: "wonen",
      n: 3,
      ids: ["a", "b"],
      flag: true,
      eq: "a=b",
      empty: "",
    });
    expect(() => parseParams(["no-equals"])).toThrow(/name=value/);
  });

  it("prints the published result as JSON and fails cleanly on a bad query", async () => {
    const ok = await gastvrij("query", "*[_type == $type]._id", "--param", "type=tool", "--dataset", fixture);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual(["tool-huurwaarborg", "tool-cv-sjabloon"]);
    const bad = await gastvrij("query", "*[_type ==", "--dataset", fixture);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/^error: GROQ query failed: /);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
