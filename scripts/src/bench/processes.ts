/**
 * Running measured work in other processes, so that peak memory belongs to one step: `runStep` forks a measurement
 * step (peak RSS from the child's own `process.resourceUsage()`), `runCommand` spawns a command and samples the
 * memory of its whole process tree from /proc (Linux) while it runs.
 */
import { fork, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** Runs a TypeScript file with node and the tsx loader (one process, no tsx launcher in between). */
export const tsNode = (file: string, args: readonly string[] = []) => ({
  command: process.execPath,
  args: ["--import", tsxLoader, file, ...args],
});

/** What a forked step reports. */
export interface StepRun<T> {
  result: T;
  /** Peak resident set size of the step's process, bytes. */
  peakRss: number;
  wallMs: number;
}

/** The message a step process sends back. */
export type StepMessage = { ok: true; result: unknown; maxRssKb: number } | { ok: false; error: string };

/**
 * Runs step `name` of `step-runner.ts` in a fresh Node process with `params` and returns its result and peak RSS.
 *
 * @throws Error with the step's error message when the step fails or the process dies.
 */
export function runStep<T>(name: string, params: unknown): Promise<StepRun<T>> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = fork(join(here, "step-runner.ts"), [name, JSON.stringify(params)], {
      execArgv: ["--import", tsxLoader, "--expose-gc"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let message: StepMessage | undefined;
    child.on("message", (received) => {
      message = received as StepMessage;
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (message?.ok) {
        resolve({ result: message.result as T, peakRss: message.maxRssKb * 1024, wallMs: performance.now() - started });
      } else {
        const why = message && !message.ok ? message.error : `exited with ${signal ?? `code ${code}`}`;
        reject(new Error(`bench step ${name} failed: ${why}`));
      }
    });
  });
}

/** A finished command with its wall time and memory. */
export interface CommandRun {
  wallMs: number;
  /** Peak of the summed RSS of the command's process tree (sampled), bytes; undefined without /proc. */
  peakTreeRss?: number;
  /** Largest peak RSS (VmHWM) of any single process in the tree, bytes; undefined without /proc. */
  peakProcessRss?: number;
  stdout: string;
  stderr: string;
}

/** Options of {@link runCommand}. */
export interface CommandOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Memory sampling interval; default 25 ms. */
  sampleMs?: number;
  /** Kill the command after this long; default 10 minutes. */
  timeoutMs?: number;
}

/**
 * Spawns `command` and waits for it, sampling the memory of its process tree.
 *
 * @throws Error with the tail of stderr when the command exits non-zero, is killed or times out.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions = {},
): Promise<CommandRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    let peakTree: number | undefined;
    let peakProcess: number | undefined;
    const hwm = new Map<number, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      const tree = processTree(child.pid);
      if (!tree) return;
      let sum = 0;
      for (const pid of tree) {
        const memory = processMemory(pid);
        if (!memory) continue;
        sum += memory.rss;
        hwm.set(pid, Math.max(hwm.get(pid) ?? 0, memory.hwm));
      }
      peakTree = Math.max(peakTree ?? 0, sum);
      peakProcess = Math.max(peakProcess ?? 0, ...hwm.values());
    };
    const timer = setInterval(sample, options.sampleMs ?? 25);
    const timeout = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 600_000);
    sample();
    child.on("error", (error) => {
      clearInterval(timer);
      clearTimeout(timeout);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearInterval(timer);
      clearTimeout(timeout);
      const wallMs = performance.now() - started;
      const stdout = Buffer.concat(out).toString("utf8");
      const stderr = Buffer.concat(err).toString("utf8");
      if (code !== 0) {
        const tail = (stderr || stdout).trim().split("\n").slice(-8).join("\n");
        reject(new Error(`${[command, ...args].join(" ")} failed (${signal ?? `exit ${code}`}):\n${tail}`));
        return;
      }
      resolve({
        wallMs,
        ...(peakTree !== undefined ? { peakTreeRss: peakTree } : {}),
        ...(peakProcess !== undefined ? { peakProcessRss: peakProcess } : {}),
        stdout,
        stderr,
      });
    });
  });
}

/** `root` and all its descendants, from /proc; undefined where there is no /proc. */
export function processTree(root: number): number[] | undefined {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return undefined;
  }
  const children = new Map<number, number[]>();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(Number(entry));
    if (parent === undefined) continue;
    const list = children.get(parent);
    if (list) list.push(Number(entry));
    else children.set(parent, [Number(entry)]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may contain spaces and parentheses: the fields after the last ")" are plain.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

/** Current (VmRSS) and peak (VmHWM) resident memory of a process in bytes, from /proc/<pid>/status. */
export function processMemory(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return undefined;
  }
}
