import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { msUntilDaily, RebuildQueue } from "./rebuilds.js";

/** A build that takes `durationMs` (of fake time) and records what asked for it and when it ran. */
function recorder(durationMs = 0, fail: (call: number) => boolean = () => false) {
  const builds: Array<{ reasons: string[]; startedAt: number; endedAt?: number }> = [];
  let running = 0;
  let mostAtOnce = 0;
  const build = async (reasons: string[]) => {
    const record: { reasons: string[]; startedAt: number; endedAt?: number } = { reasons, startedAt: Date.now() };
    builds.push(record);
    running++;
    mostAtOnce = Math.max(mostAtOnce, running);
    try {
      if (durationMs > 0) await new Promise((resolve) => setTimeout(resolve, durationMs));
      if (fail(builds.length)) throw new Error(`build ${builds.length} failed`);
    } finally {
      running--;
      record.endedAt = Date.now();
    }
  };
  return { build, builds, mostAtOnce: () => mostAtOnce };
}

/** Whether `promise` has settled once pending timers and microtasks up to now have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe("RebuildQueue", () => {
  const start = Date.parse("2026-05-01T10:00:00.000Z");

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(start);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("turns ten requests 90 ms apart into one build with ten reasons, after the quiet time", async () => {
    const { build, builds } = recorder();
    const queue = new RebuildQueue({ build, quietMs: 1_500 });
    for (let i = 1; i <= 10; i++) {
      queue.request(`webhook-${i}`);
      if (i < 10) await vi.advanceTimersByTimeAsync(90);
    }
    // The last request came at 810 ms; the quiet time counts from it.
    await vi.advanceTimersByTimeAsync(1_499);
    expect(builds).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(builds).toHaveLength(1);
    expect(builds[0]?.reasons).toEqual(Array.from({ length: 10 }, (_, i) => `webhook-${i + 1}`));
    expect(builds[0]?.startedAt).toBe(start + 810 + 1_500);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(builds).toHaveLength(1);
  });

  it("uses a quiet time of 1.5 s by default", async () => {
    const { build, builds } = recorder();
    const queue = new RebuildQueue({ build });
    queue.request("webhook");
    await vi.advanceTimersByTimeAsync(1_499);
    expect(builds).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(builds).toHaveLength(1);
  });

  it("still builds after maxWaitMs when requests never stop", async () => {
    const { build, builds } = recorder();
    const queue = new RebuildQueue({ build, quietMs: 1_500, maxWaitMs: 30_000 });
    // A request every second, never a quiet moment of 1.5 s.
    let elapsed = 0;
    while (elapsed < 29_999) {
      queue.request("webhook");
      const step = Math.min(1_000, 29_999 - elapsed);
      await vi.advanceTimersByTimeAsync(step);
      elapsed += step;
    }
    expect(builds).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(builds).toHaveLength(1);
    expect(builds[0]?.startedAt).toBe(start + 30_000);
    expect(builds[0]?.reasons).toHaveLength(30);
  });

  it("gives exactly one more build for the requests that arrive while a build runs", async () => {
    const { build, builds, mostAtOnce } = recorder(10_000);
    const queue = new RebuildQueue({ build, quietMs: 1_500 });
    queue.request("start");
    await vi.advanceTimersByTimeAsync(1_500); // the first build starts, and runs for 10 s
    expect(builds).toHaveLength(1);
    for (const reason of ["webhook-1", "webhook-2", "daily"]) {
      await vi.advanceTimersByTimeAsync(2_000);
      queue.request(reason);
    }
    await vi.advanceTimersByTimeAsync(4_000 - 1); // the first build ends at 11.5 s
    expect(builds).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1 + 1_500); // then the quiet time
    expect(builds).toHaveLength(2);
    expect(builds[1]?.reasons).toEqual(["webhook-1", "webhook-2", "daily"]);
    expect(builds[1]?.startedAt).toBeGreaterThanOrEqual(builds[0]?.endedAt ?? Number.POSITIVE_INFINITY);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(builds).toHaveLength(2);
    expect(mostAtOnce()).toBe(1);
  });

  it("starts the next build right after a long one when the first waiting request is older than maxWaitMs", async () => {
    const { build, builds } = recorder(60_000);
    const queue = new RebuildQueue({ build, quietMs: 1_500, maxWaitMs: 30_000 });
    queue.request("start");
    await vi.advanceTimersByTimeAsync(1_500);
    await vi.advanceTimersByTimeAsync(1_000);
    queue.request("webhook"); // waits 59 s for the running build
    await vi.advanceTimersByTimeAsync(59_000); // the first build ends at 61.5 s
    expect(builds).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1); // no quiet time is left to wait for (a 0 ms timer runs after 1 ms)
    expect(builds).toHaveLength(2);
    expect(builds[1]?.startedAt).toBe(start + 61_501);
    expect(builds[1]?.reasons).toEqual(["webhook"]);
  });

  it("resolves whenIdle at once when nothing runs or waits", async () => {
    const queue = new RebuildQueue({ build: recorder().build });
    expect(queue.busy).toBe(false);
    expect(await settled(queue.whenIdle())).toBe(true);
  });

  it("resolves whenIdle only once no build runs or waits", async () => {
    const { build, builds } = recorder(10_000);
    const queue = new RebuildQueue({ build, quietMs: 1_500 });
    queue.request("start");
    const idle = queue.whenIdle();
    expect(queue.busy).toBe(true);
    expect(await settled(idle)).toBe(false); // waiting for the quiet time
    await vi.advanceTimersByTimeAsync(1_500);
    expect(builds).toHaveLength(1);
    expect(await settled(idle)).toBe(false); // the build runs
    await vi.advanceTimersByTimeAsync(5_000);
    queue.request("webhook"); // a second build will follow
    await vi.advanceTimersByTimeAsync(5_000); // the first build ends
    expect(queue.busy).toBe(true);
    expect(await settled(idle)).toBe(false);
    await vi.advanceTimersByTimeAsync(1_500 + 10_000 - 1);
    expect(builds).toHaveLength(2);
    expect(await settled(idle)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(idle)).toBe(true);
    expect(queue.busy).toBe(false);
  });

  it("goes on building after a build fails", async () => {
    const { build, builds } = recorder(1_000, (call) => call === 1);
    const queue = new RebuildQueue({ build, quietMs: 1_500 });
    queue.request("start");
    const idle = queue.whenIdle();
    await vi.advanceTimersByTimeAsync(1_500 + 1_000);
    expect(builds).toHaveLength(1);
    expect(await settled(idle)).toBe(true);
    expect(queue.busy).toBe(false);
    queue.request("webhook");
    await vi.advanceTimersByTimeAsync(1_500 + 1_000);
    expect(builds.map((b) => b.reasons)).toEqual([["start"], ["webhook"]]);
  });

  it("gives the build that follows a failed one the requests that came in meanwhile", async () => {
    const { build, builds } = recorder(1_000, (call) => call === 1);
    const queue = new RebuildQueue({ build, quietMs: 1_500 });
    queue.request("start");
    await vi.advanceTimersByTimeAsync(1_500 + 500);
    queue.request("webhook");
    await vi.advanceTimersByTimeAsync(500 + 1_500);
    expect(builds.map((b) => b.reasons)).toEqual([["start"], ["webhook"]]);
  });

  it("drops waiting builds on stop()", async () => {
    const { build, builds } = recorder();
    const queue = new RebuildQueue({ build, quietMs: 1_500 });
    queue.request("webhook");
    queue.stop();
    expect(queue.busy).toBe(false);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(builds).toHaveLength(0);
    expect(await settled(queue.whenIdle())).toBe(true);
  });

  it("lets a running build finish on stop(), but drops the one that would follow it", async () => {
    const { build, builds } = recorder(10_000);
    const queue = new RebuildQueue({ build, quietMs: 1_500 });
    queue.request("start");
    await vi.advanceTimersByTimeAsync(1_500);
    queue.request("webhook");
    queue.stop();
    const idle = queue.whenIdle();
    expect(queue.busy).toBe(true);
    expect(await settled(idle)).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(builds[0]?.endedAt).toBe(start + 11_500);
    expect(await settled(idle)).toBe(true);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(builds).toHaveLength(1);
  });

  it("releases whoever already waits for idle when stop() drops the waiting build", async () => {
    const queue = new RebuildQueue({ build: recorder().build, quietMs: 1_500 });
    queue.request("webhook");
    const idle = queue.whenIdle();
    queue.stop();
    expect(await settled(idle)).toBe(true);
  });
});

describe("msUntilDaily", () => {
  const hours = (ms: number) => ms / 3_600_000;
  const until = (instant: string, at = "03:00") => msUntilDaily(at, "Europe/Brussels", new Date(instant));

  it("counts to today's 03:00 in Brussels when it is still to come", () => {
    expect(hours(until("2026-05-01T00:30:00.000Z"))).toBe(0.5); // 02:30 summer time
    expect(hours(until("2026-01-15T01:00:00.000Z"))).toBe(1); // 02:00 winter time
    expect(hours(until("2026-05-01T20:00:00.000Z"))).toBe(5); // 22:00, to tomorrow's 03:00
  });

  it("counts from just before 03:00 to 03:00, and from 03:00 or just after to the next day", () => {
    expect(until("2026-05-01T00:59:59.999Z")).toBe(1);
    expect(until("2026-05-01T00:59:00.000Z")).toBe(60_000);
    expect(hours(until("2026-05-01T01:00:00.000Z"))).toBe(24);
    expect(until("2026-05-01T01:00:00.001Z")).toBe(24 * 3_600_000 - 1);
    expect(until("2026-05-01T01:00:30.000Z")).toBe(24 * 3_600_000 - 30_000);
  });

  it("waits one hour longer on the night summer time ends (last Sunday of October)", () => {
    // Saturday 24 October 2026, 22:00 summer time; on Sunday 03:00 summer time becomes 02:00 winter time.
    expect(hours(until("2026-10-24T20:00:00.000Z"))).toBe(6);
    // 02:30 summer time, before the clocks go back: 03:00 winter time is 1.5 hours away.
    expect(hours(until("2026-10-25T00:30:00.000Z"))).toBe(1.5);
    // 02:30 winter time, after the clocks went back.
    expect(hours(until("2026-10-25T01:30:00.000Z"))).toBe(0.5);
    // Just after 03:00 winter time: Monday's 03:00 is 24 hours away.
    expect(until("2026-10-25T02:00:00.001Z")).toBe(24 * 3_600_000 - 1);
    // The Saturday before at 03:00 summer time: Sunday's 03:00 winter time is 25 hours away.
    expect(hours(until("2026-10-24T01:00:00.000Z"))).toBe(25);
  });

  it("waits one hour less on the night summer time starts (last Sunday of March)", () => {
    // Saturday 28 March 2026, 22:00 winter time; on Sunday 02:00 winter time becomes 03:00 summer time.
    expect(hours(until("2026-03-28T21:00:00.000Z"))).toBe(4);
    expect(hours(until("2026-03-28T02:00:00.000Z"))).toBe(23);
  });

  it("still rebuilds on a night the chosen time does not exist, right after the clocks jump", () => {
    // 02:30 does not exist in Brussels on 29 March 2026: it runs at 03:30 summer time (01:30 UTC) instead.
    const ms = until("2026-03-28T21:00:00.000Z", "02:30");
    expect(new Date(Date.parse("2026-03-28T21:00:00.000Z") + ms).toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("rebuilds once on a night the chosen time happens twice", () => {
    // 02:30 happens twice in Brussels on 25 October 2026 (00:30 and 01:30 UTC): one of them, then the next day.
    const first = Date.parse("2026-10-24T21:00:00.000Z") + until("2026-10-24T21:00:00.000Z", "02:30");
    const next = first + msUntilDaily("02:30", "Europe/Brussels", new Date(first));
    expect(["2026-10-25T00:30:00.000Z", "2026-10-25T01:30:00.000Z"]).toContain(new Date(first).toISOString());
    expect(new Date(next).toISOString()).toBe("2026-10-26T01:30:00.000Z");
  });

  it("reads the time in the given time zone", () => {
    expect(hours(msUntilDaily("03:00", "UTC", new Date("2026-05-01T00:30:00.000Z")))).toBe(2.5);
    expect(hours(msUntilDaily("3:00", "America/New_York", new Date("2026-05-01T00:30:00.000Z")))).toBe(6.5);
  });

  it("refuses a time that is not hh:mm on a 24-hour clock, naming it", () => {
    for (const at of ["3am", "", "03:0", "0300", "03:00:00", "24:00", "25:00", "03:60", "-1:00"]) {
      expect(() => msUntilDaily(at, "Europe/Brussels")).toThrow(`"${at}" is not a time like 03:00`);
    }
  });
});
