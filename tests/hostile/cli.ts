/** Runs the `gastvrij` CLI (scripts/src/cli.ts through tsx) as a user would, without throwing on a non-zero exit. */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../e2e/site.js";

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** `gastvrij <args>` from the project root, with GASTVRIJ_DATASET cleared unless `env` sets it. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 120_000): Promise<CliResult> {
  return runScript("scripts/src/cli.ts", args, env, timeoutMs);
}

/** A TypeScript script of the project (path from the root) through tsx, like {@link runCli}. */
export function runScript(
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 120_000,
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(repoRoot, script), ...args], {
      cwd: repoRoot,
      env: { ...process.env, GASTVRIJ_CWD: repoRoot, GASTVRIJ_DATASET: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: timeoutMs,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** A stack trace line (`    at foo (file.ts:1:2)`): a clear error message has none. */
export const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;
