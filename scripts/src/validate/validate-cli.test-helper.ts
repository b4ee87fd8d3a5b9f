/**
 * Runs `gastvrij validate` from the sources as a user would (through tsx), for the validate tests: relative paths
 * resolve against the dataset's folder. Resolves with the exit code and both streams, also on a non-zero exit.
 */
import { execFile } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runValidate(dataset: string, ...extra: string[]): Promise<CliResult> {
  return run(
    process.execPath,
    ["--import", "tsx", join(repoRoot, "scripts/src/cli.ts"), "validate", "--dataset", dataset, ...extra],
    { cwd: repoRoot, env: { ...process.env, GASTVRIJ_CWD: dataset } },
  ).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: CliResult) => error,
  );
}
