/**
 * When to rebuild. Editors publish in bursts (a document, then three more; a release of twenty): every request waits
 * for a quiet moment (`quietMs` without a new request, at most `maxWaitMs` after the first), and all requests of that
 * burst give one build. One build runs at a time; requests that arrive during it give one more build after it.
 */

export interface RebuildQueueOptions {
  /** Runs one build; `reasons` are what asked for it (e.g. `webhook`, `daily`). */
  build: (reasons: string[]) => Promise<void>;
  /** Quiet time after the last request before the build starts (default 1,500 ms). */
  quietMs?: number;
  /** Longest wait after the first request of a burst (default 30 s). */
  maxWaitMs?: number;
}

export class RebuildQueue {
  readonly #build: (reasons: string[]) => Promise<void>;
  readonly #quietMs: number;
  readonly #maxWaitMs: number;
  #reasons: string[] = [];
  #firstRequestAt = 0;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #idle: Array<() => void> = [];

  constructor(options: RebuildQueueOptions) {
    this.#build = options.build;
    this.#quietMs = options.quietMs ?? 1_500;
    this.#maxWaitMs = options.maxWaitMs ?? 30_000;
  }

  /** Whether a build runs or waits to run. */
  get busy(): boolean {
    return this.#running !== undefined || this.#reasons.length > 0;
  }

  /** Asks for a rebuild. */
  request(reason: string): void {
    const now = Date.now();
    if (this.#reasons.length === 0) this.#firstRequestAt = now;
    this.#reasons.push(reason);
    this.#schedule(now);
  }

  /** Resolves when no build runs or waits. */
  whenIdle(): Promise<void> {
    return this.busy ? new Promise((resolve) => this.#idle.push(resolve)) : Promise.resolve();
  }

  /** Stops waiting builds (a running one finishes). */
  stop(): void {
    clearTimeout(this.#timer);
    this.#reasons = [];
  }

  #schedule(now: number): void {
    clearTimeout(this.#timer);
    if (this.#running) return; // started again when the running build ends
    const wait = Math.max(0, Math.min(this.#quietMs, this.#firstRequestAt + this.#maxWaitMs - now));
    this.#timer = setTimeout(() => this.#start(), wait);
  }

  #start(): void {
    const reasons = this.#reasons;
    this.#reasons = [];
    this.#running = this.#build(reasons)
      .catch(() => undefined)
      .finally(() => {
        this.#running = undefined;
        if (this.#reasons.length > 0) this.#schedule(Date.now());
        else for (const resolve of this.#idle.splice(0)) resolve();
      });
  }
}

/** Milliseconds from `now` to the next `hh:mm` in `timeZone` (a daily rebuild moves events from "Binnenkort" to "Voorbij"). */
export function msUntilDaily(at: string, timeZone: string, now: Date = new Date()): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(at);
  if (!match) throw new Error(`--daily-at "${at}" is not a time like 03:00`);
  const target = Number(match[1]) * 60 + Number(match[2]);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  const current = Number(parts.hour) * 60 + Number(parts.minute);
  let minutes = target - current;
  if (minutes <= 0) minutes += 24 * 60;
  return minutes * 60_000 - now.getSeconds() * 1000 - now.getMilliseconds();
}
