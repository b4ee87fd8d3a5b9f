/** Percentiles and timing loops for the benchmark: pure functions, no I/O. */

/** Summary of repeated timings in milliseconds. */
export interface Timing {
  /** Number of runs measured (warm-up runs not counted). */
  runs: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

/**
 * The `p`-th percentile (0 ≤ p ≤ 100) of `values` by linear interpolation between the closest ranks (as numpy and
 * most spreadsheets do): the 50th of [1, 2, 3, 4] is 2.5. NaN for an empty list.
 *
 * @throws RangeError when `p` is outside 0..100.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be between 0 and 100, got ${p}`);
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (rank - low);
}

/** p50, p95, min, max and mean of `samples` (milliseconds). */
export function summarize(samples: readonly number[]): Timing {
  const runs = samples.length;
  return {
    runs,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    min: runs ? Math.min(...samples) : Number.NaN,
    max: runs ? Math.max(...samples) : Number.NaN,
    mean: runs ? samples.reduce((sum, x) => sum + x, 0) / runs : Number.NaN,
  };
}

/** How often {@link timeRepeated} runs a task. */
export interface RepeatOptions {
  /** Runs to measure at most. */
  iterations: number;
  /** Unmeasured runs first (JIT, caches as a real caller would have them); default 1. */
  warmup?: number;
  /** Stop early once the measured runs took this long in total (after at least `minIterations`). */
  budgetMs?: number;
  /** Runs to measure at least, whatever the budget; default 1. */
  minIterations?: number;
}

/**
 * Runs `task` repeatedly and returns the wall time of each measured run in milliseconds. Slow baselines stay bounded:
 * with `budgetMs` the loop stops once that much time was spent (a warm-up run that alone exceeds the budget counts
 * as the only measurement).
 */
export async function timeRepeated(task: () => unknown, options: RepeatOptions): Promise<number[]> {
  const { iterations, budgetMs = Number.POSITIVE_INFINITY } = options;
  const minIterations = Math.min(options.minIterations ?? 1, iterations);
  const samples: number[] = [];
  let spent = 0;
  for (let i = 0; i < (options.warmup ?? 1); i++) {
    const start = performance.now();
    await task();
    const took = performance.now() - start;
    if (took >= budgetMs) return [took];
  }
  while (samples.length < iterations && (samples.length < minIterations || spent < budgetMs)) {
    const start = performance.now();
    await task();
    const took = performance.now() - start;
    samples.push(took);
    spent += took;
  }
  return samples;
}

/** `a / b`, or undefined when either is missing or b is zero. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return undefined;
  return a / b;
}

/** The median of `values` (undefined for an empty list). */
export function median(values: readonly number[]): number | undefined {
  return values.length ? percentile(values, 50) : undefined;
}
