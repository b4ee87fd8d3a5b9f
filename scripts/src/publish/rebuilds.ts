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
    // Nothing waits any more: without a running build, whoever waits for idle would otherwise wait forever.
    if (!this.#running) for (const resolve of this.#idle.splice(0)) resolve();
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

/**
 * Milliseconds from `now` to the next `hh:mm` in `timeZone` (a daily rebuild moves events from "Binnenkort" to
 * "Voorbij"). Real time, so a night when the clocks change is an hour shorter or longer; a time the clocks skip that
 * night comes right after the jump, and a time they pass twice counts once.
 */
export function msUntilDaily(at: string, timeZone: string, now: Date = new Date()): number {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(at);
  if (!match) throw new Error(`--daily-at "${at}" is not a time like 03:00`);
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  const today = wallClock(now.getTime(), timeZone);
  for (let day = 0; day <= 2; day++) {
    const next = zonedTime(Date.UTC(today.year, today.month - 1, today.day + day, hour, minute), timeZone);
    if (next > now.getTime()) return next - now.getTime();
  }
  throw new Error(`no ${at} in ${timeZone} within two days of ${now.toISOString()}`);
}

/** The date and time on the wall clocks of `timeZone` at `time` (to the second). */
function wallClock(time: number, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(new Date(time))
      .map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** How far `timeZone`'s wall clocks are ahead of UTC at `time`, in milliseconds. */
function offsetAt(time: number, timeZone: string): number {
  const wall = wallClock(time, timeZone);
  const shown = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return shown - (time - (((time % 1000) + 1000) % 1000));
}

/** The instant the wall clocks of `timeZone` show `wall` (a wall-clock time written as if it were UTC). */
function zonedTime(wall: number, timeZone: string): number {
  const guess = wall - offsetAt(wall, timeZone);
  const offset = offsetAt(guess, timeZone);
  return offset === offsetAt(wall, timeZone) ? guess : wall - offset;
}
