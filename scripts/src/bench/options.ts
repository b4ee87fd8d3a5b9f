/** Command-line options of `pnpm bench`. */

/** The measurements `--only` can pick, in the order they run. */
export const measurementNames = ["load", "queries", "html", "typst", "pdf", "site", "publish"] as const;
export type MeasurementName = (typeof measurementNames)[number];

export interface BenchOptions {
  /** Fewer iterations, no 100x dataset, one run of each spawned command: a smoke test. */
  quick: boolean;
  /** Measurements to run (default: all). */
  only: MeasurementName[];
  /** Where to write the JSON results. */
  out: string;
  /** Dataset sizes as multiples of the embedded dataset (default 1, 10, 100; with --quick 1, 10). */
  factors: number[];
  /** Multiplier on every iteration count (the test uses a small one). */
  iterationScale: number;
}

export const usage = `Usage: pnpm bench [-- options]

Measures the content pipeline side by side with plain libraries and prints a table; writes the results as JSON.

Options:
  --quick               fewer iterations, skip the 100x dataset (a smoke test)
  --only <list>         measurements to run, comma-separated: ${measurementNames.join(", ")}
  --out <file>          where to write the JSON (default: bench-results/latest.json)
  --factors <list>      dataset sizes as multiples of the embedded dataset (default: 1,10,100; --quick: 1,10)
  --help                this text`;

/** Thrown for command-line mistakes: printed without a stack, exit code 2. */
export class UsageError extends Error {}

/**
 * Parses `argv` (without node and script). Relative `--out` paths are resolved by the caller.
 *
 * @throws UsageError for an unknown option, a missing value or an unknown measurement name.
 */
export function parseOptions(argv: readonly string[], defaultOut: string): BenchOptions | "help" {
  const options: BenchOptions = {
    quick: false,
    only: [...measurementNames],
    out: defaultOut,
    factors: [],
    iterationScale: 1,
  };
  const args = [...argv];
  const value = (name: string): string => {
    const next = args.shift();
    if (next === undefined || next.startsWith("--")) throw new UsageError(`${name} needs a value`);
    return next;
  };
  while (args.length) {
    const arg = args.shift() as string;
    const [name, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg];
    const take = () => inline ?? value(name as string);
    switch (name) {
      case "--":
        break;
      case "--help":
      case "-h":
        return "help";
      case "--quick":
        options.quick = true;
        break;
      case "--only": {
        const names = take()
          .split(",")
          .map((part) => part.trim())
          .filter(Boolean);
        const unknown = names.filter((part) => !(measurementNames as readonly string[]).includes(part));
        if (unknown.length || names.length === 0) {
          throw new UsageError(
            `--only: unknown measurement ${unknown.join(", ") || "(none)"}; use ${measurementNames.join(", ")}`,
          );
        }
        options.only = measurementNames.filter((known) => names.includes(known));
        break;
      }
      case "--out":
        options.out = take();
        break;
      case "--factors": {
        const factors = take()
          .split(",")
          .map((part) => Number(part.trim()));
        if (factors.length === 0 || factors.some((f) => !Number.isInteger(f) || f < 1)) {
          throw new UsageError("--factors expects whole numbers >= 1, such as 1,10,100");
        }
        options.factors = [...new Set(factors)].sort((a, b) => a - b);
        break;
      }
      case "--iteration-scale": {
        const scale = Number(take());
        if (!(scale > 0)) throw new UsageError("--iteration-scale expects a positive number");
        options.iterationScale = scale;
        break;
      }
      default:
        throw new UsageError(`unknown option ${arg}\n\n${usage}`);
    }
  }
  if (options.factors.length === 0) options.factors = options.quick ? [1, 10] : [1, 10, 100];
  return options;
}

/** `n` iterations scaled for `--quick` and `--iteration-scale`, at least 1. */
export function iterations(
  options: Pick<BenchOptions, "quick" | "iterationScale">,
  full: number,
  quick: number,
): number {
  return Math.max(1, Math.round((options.quick ? quick : full) * options.iterationScale));
}
