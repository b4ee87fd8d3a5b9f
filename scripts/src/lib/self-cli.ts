/**
 * How this process runs the `gastvrij` CLI as a child (the build's validation step): from the compiled bundle this
 * process itself runs from (`npm run gastvrij`, `npm start`: scripts/dist/cli-<key>/, the same sources), else from the
 * sources through tsx (tests, scripts run with tsx).
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { repoRoot } from "./paths.js";

export interface CliInvocation {
  command: string;
  /** The arguments before the command's own (the entry file). */
  args: string[];
}

/** `entry`: the main script of this process (default `process.argv[1]`). */
export function cliInvocation(entry: string | undefined = process.argv[1]): CliInvocation {
  const compiled = entry && /[\\/]scripts[\\/]dist[\\/]cli-[0-9a-f]+[\\/](?:cli|main)\.mjs$/.test(entry);
  // A long-running process may outlive its bundle's folder (the newest few are kept): then the sources.
  if (compiled && existsSync(join(dirname(entry), "cli.mjs"))) {
    return { command: process.execPath, args: [join(dirname(entry), "cli.mjs")] };
  }
  return {
    command: join(repoRoot, "node_modules", ".bin", "tsx"),
    args: [join(repoRoot, "scripts", "src", "cli.ts")],
  };
}
