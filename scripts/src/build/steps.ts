/**
 * The steps of a build that run as child processes (validation, the site, the preview site): their output is kept
 * (and shown as it comes with `verbose`), and a failure becomes a {@link BuildError} naming the step and the lines of
 * its output that say why.
 */
import { spawn } from "node:child_process";
import { repoRoot } from "../lib/paths.js";

/** A build step failed; `message` names the step and the reason (file, line, document and field where known). */
export class BuildError extends Error {
  override readonly name = "BuildError";
  constructor(
    readonly step: string,
    readonly reason: string,
  ) {
    super(`${step} failed: ${reason}`);
  }
}

/** Options of {@link runStep}. */
export interface StepOptions {
  /** Show the step's output as it runs; otherwise it is kept for the error message only. */
  verbose?: boolean;
  /** Folder to run in; default the repository. */
  cwd?: string;
}

/** Runs one step as a child process; resolves with its output, rejects with a {@link BuildError} on failure. */
export function runStep(
  step: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: StepOptions = {},
): Promise<string> {
  const { verbose = false, cwd = repoRoot } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (verbose) stream.write(chunk);
    };
    child.stdout.on("data", collect(process.stdout));
    child.stderr.on("data", collect(process.stderr));
    child.on("error", (error) => reject(new BuildError(step, error.message)));
    child.on("close", (code, signal) => {
      if (code === 0) resolve(output);
      else reject(new BuildError(step, reasonOf(output) ?? `exit ${code ?? signal}`));
    });
  });
}

/** The lines of a step's output that say what went wrong: its `error:` lines, else its last lines. */
export function reasonOf(output: string): string | undefined {
  const lines = output
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== "");
  const errors = lines.filter(
    (line) =>
      (/^(error|✗)\b/i.test(line.trim()) || /^\S+:\d+(:\d+)?[:,] /.test(line)) &&
      !/^(note|warning)\b|: warning: /.test(line),
  );
  const chosen = errors.length > 0 ? errors : lines.slice(-5);
  return chosen.length > 0 ? chosen.slice(0, 20).join("\n") : undefined;
}
