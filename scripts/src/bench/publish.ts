/**
 * The publish service end to end, as `tests/publish.test.ts` runs it: a local stand-in for the Sanity API
 * (`tests/e2e/content-lake.ts`, on 127.0.0.1) holds a dataset, and a publish server builds from its live export.
 *
 * - Publish: an editor's change (a section title, in the stand-in), then a signed webhook; timed from the webhook's
 *   202 until the served section page and the served PDF (its outline) both show the new title, polled with
 *   conditional requests. The build's own step timings come from `/_publish/status`.
 * - Snapshot: `takeSnapshot` of the live stand-in (`@sanity/export` over HTTP, assets downloaded) against
 *   `takeSnapshot` of the same export folder on disk, alternating, before the publish server starts.
 *
 * Runs as one bench step process per dataset: its peak RSS holds the stand-in, the server and the build's PDF step
 * (validation and the site build are child processes of it and not counted).
 */
import { randomBytes } from "node:crypto";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { toolkitPdfPath } from "@gastvrij/content/model";
import { encodeSignatureHeader } from "@sanity/webhook";
import { type ContentLake, startContentLake } from "../../../tests/e2e/content-lake.js";
import { type SnapshotManifest, type SnapshotSource, takeSnapshot } from "../build/snapshot.js";
import {
  type PublishServer,
  type PublishStatus,
  startPublishServer,
  statusPath,
  webhookPath,
} from "../publish/server.js";
import { pdfTitles } from "./pdf-outline.js";
import { median, ratio, summarize, type Timing } from "./stats.js";

/** The section whose title each publish changes, and the page that shows it. */
export const publishSection = { id: "section-3-4", path: "/toolkit/wonen/" } as const;
/** The site address the publish server builds for. */
export const publishSiteUrl = "https://www.gastvrijnetwerk.be";

export interface PublishParams {
  /** Export folder the stand-in starts from. */
  dataset: string;
  label: string;
  /** Publishes to time. */
  runs: number;
  /** Snapshots of each kind to time (after one unmeasured of each). */
  snapshotRuns: number;
  /** The server's quiet time after a webhook before the build starts. */
  quietMs: number;
  /** Interval of the polls of the served page and PDF. */
  pollMs: number;
  /** Temporary folder of this step (state, snapshots); removed at the end. */
  folder: string;
  /** Longest wait for one publish to be served. */
  timeoutMs?: number;
}

/** One publish: ms from the webhook's 202. */
export interface PublishRun {
  toPageMs: number;
  toPdfMs: number;
  /** Until both are served. */
  toServedMs: number;
  /** The build's own duration and steps, from `/_publish/status`. */
  buildMs: number;
  steps: { step: string; ms: number }[];
}

export interface SnapshotComparison {
  /** `takeSnapshot` of the live stand-in: `@sanity/export` over HTTP, assets included. */
  live: Timing;
  /** `takeSnapshot` of the same export folder on disk. */
  disk: Timing;
  /** live p50 / disk p50. */
  liveOverDisk?: number;
  liveManifest: Pick<SnapshotManifest, "documentCount" | "assetCount">;
  diskManifest: Pick<SnapshotManifest, "documentCount" | "assetCount">;
}

export interface PublishResult {
  quietMs: number;
  pollMs: number;
  /** The server's first build (at start, no webhook), ms. */
  firstBuildMs: number;
  /** Documents of the served snapshot. */
  documents: number;
  runs: PublishRun[];
  toPage: Timing;
  toPdf: Timing;
  toServed: Timing;
  build: Timing;
  /** Median of each build step over the runs, in the build's order. */
  steps: { step: string; ms: number }[];
  snapshot: SnapshotComparison;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measurePublish(params: PublishParams): Promise<PublishResult> {
  const token = `sk${randomBytes(24).toString("hex")}`;
  const secret = randomBytes(16).toString("hex");
  const log = (line: string) => console.error(`  publish ${params.label}: ${line}`);
  await rm(params.folder, { recursive: true, force: true });
  await mkdir(params.folder, { recursive: true });
  const lake = await startContentLake(token, params.dataset);
  const live: SnapshotSource = {
    kind: "live",
    projectId: "bench",
    dataset: "production",
    token,
    apiHost: lake.apiHost,
  };
  let server: PublishServer | undefined;
  try {
    const snapshot = await compareSnapshots(live, { kind: "local", path: params.dataset }, params);
    log(
      `snapshot p50: live ${(snapshot.live.p50 / 1000).toFixed(2)} s, disk ${(snapshot.disk.p50 / 1000).toFixed(2)} s`,
    );

    const started = performance.now();
    server = await startPublishServer({
      stateDir: join(params.folder, "state"),
      source: live,
      secret,
      siteUrl: publishSiteUrl,
      port: 0,
      host: "127.0.0.1",
      quietMs: params.quietMs,
      dailyAt: "off",
      log,
    });
    await server.idle();
    const firstBuildMs = performance.now() - started;
    const first = server.status();
    if (!first.current) throw new Error(`the first build failed: ${first.lastError?.message ?? "no release"}`);
    const documents = first.current.snapshot.documentCount;

    const runs: PublishRun[] = [];
    for (let i = 0; i < params.runs; i++) {
      runs.push(await publishOnce(server, lake, secret, `${params.label} ${i + 1}`, params));
    }
    const stepNames = runs[0]?.steps.map((s) => s.step) ?? [];
    return {
      quietMs: params.quietMs,
      pollMs: params.pollMs,
      firstBuildMs,
      documents,
      runs,
      toPage: summarize(runs.map((r) => r.toPageMs)),
      toPdf: summarize(runs.map((r) => r.toPdfMs)),
      toServed: summarize(runs.map((r) => r.toServedMs)),
      build: summarize(runs.map((r) => r.buildMs)),
      steps: stepNames.map((step) => ({
        step,
        ms: median(runs.map((r) => r.steps.find((s) => s.step === step)?.ms ?? Number.NaN)) ?? Number.NaN,
      })),
      snapshot,
    };
  } finally {
    await server?.close();
    await lake.close();
    await rm(params.folder, { recursive: true, force: true });
  }
}

/** Live and disk snapshots, one unmeasured of each first, then alternating so drift on the machine hits both. */
async function compareSnapshots(
  live: SnapshotSource,
  disk: SnapshotSource,
  params: PublishParams,
): Promise<SnapshotComparison> {
  const times = { live: [] as number[], disk: [] as number[] };
  const manifests: Partial<Record<"live" | "disk", SnapshotManifest>> = {};
  for (let i = -1; i < params.snapshotRuns; i++) {
    for (const [kind, source] of [
      ["live", live],
      ["disk", disk],
    ] as const) {
      const begin = performance.now();
      const { manifest } = await takeSnapshot(source, { cacheDir: join(params.folder, `snapshots-${kind}`), keep: 1 });
      if (i >= 0) times[kind].push(performance.now() - begin);
      manifests[kind] = manifest;
    }
  }
  const counts = (m: SnapshotManifest | undefined) => ({
    documentCount: m?.documentCount ?? 0,
    assetCount: m?.assetCount ?? 0,
  });
  const result: SnapshotComparison = {
    live: summarize(times.live),
    disk: summarize(times.disk),
    liveManifest: counts(manifests.live),
    diskManifest: counts(manifests.disk),
  };
  const factor = ratio(result.live.p50, result.disk.p50);
  return factor === undefined ? result : { ...result, liveOverDisk: factor };
}

/** Changes the section's title, posts a signed webhook and waits until the page and the PDF both show it. */
async function publishOnce(
  server: PublishServer,
  lake: ContentLake,
  secret: string,
  run: string,
  params: PublishParams,
): Promise<PublishRun> {
  const section = lake.get(publishSection.id);
  if (!section) throw new Error(`no document ${publishSection.id} in the dataset`);
  const title = `Wonen: gemeten publicatie ${run} ${randomBytes(4).toString("hex")}`;
  lake.put({ ...structuredClone(section), title });
  const before = { ...server.status().builds }; // status() is a shallow copy: `builds` would count along

  const body = JSON.stringify({ _id: publishSection.id });
  const response = await fetch(new URL(webhookPath, server.url), {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "sanity-webhook-signature": await encodeSignatureHeader(body, Date.now(), secret),
    },
    body,
  });
  await response.arrayBuffer();
  if (response.status !== 202) throw new Error(`the webhook was answered ${response.status}, not 202`);
  const accepted = performance.now();

  const served = await untilServed(server.url, title, accepted, params, () => {
    const now = server.status();
    return now.builds.failed > before.failed ? `the build failed: ${now.lastError?.message ?? "?"}` : undefined;
  });
  await server.idle();
  const statusResponse = await fetch(new URL(statusPath, server.url));
  const status = (await statusResponse.json()) as PublishStatus;
  if (!status.lastBuild?.ok) throw new Error(`the last build did not succeed: ${status.lastError?.message ?? "?"}`);
  if (status.builds.ok !== before.ok + 1) {
    throw new Error(`expected one build for the webhook, got ${status.builds.ok - before.ok}`);
  }
  return {
    toPageMs: served.page,
    toPdfMs: served.pdf,
    toServedMs: Math.max(served.page, served.pdf),
    buildMs: status.lastBuild.durationMs,
    steps: status.lastBuild.steps,
  };
}

/**
 * Polls the section page and the PDF (conditional GETs: unchanged files cost a 304) until both show `title`;
 * returns when each was first seen, ms after `since`.
 */
async function untilServed(
  base: string,
  title: string,
  since: number,
  params: PublishParams,
  failure: () => string | undefined,
): Promise<{ page: number; pdf: number }> {
  const targets = {
    page: { path: publishSection.path, shows: (bytes: Buffer) => bytes.toString("utf8").includes(title) },
    pdf: { path: toolkitPdfPath, shows: (bytes: Buffer) => pdfTitles(bytes).some((t) => t.includes(title)) },
  };
  const etags = new Map<string, string>();
  const seen: Partial<Record<keyof typeof targets, number>> = {};
  const deadline = since + (params.timeoutMs ?? 10 * 60_000);
  for (;;) {
    for (const [name, target] of Object.entries(targets) as [keyof typeof targets, typeof targets.page][]) {
      if (seen[name] !== undefined) continue;
      const etag = etags.get(target.path);
      const response = await fetch(new URL(target.path, base), { headers: etag ? { "if-none-match": etag } : {} });
      const bytes = Buffer.from(await response.arrayBuffer());
      if (response.status === 304) continue;
      if (response.status !== 200) throw new Error(`${target.path} answered ${response.status}`);
      const now = performance.now();
      etags.set(target.path, response.headers.get("etag") ?? "");
      if (target.shows(bytes)) seen[name] = now - since;
    }
    if (seen.page !== undefined && seen.pdf !== undefined) return { page: seen.page, pdf: seen.pdf };
    const why = failure();
    if (why) throw new Error(why);
    if (performance.now() > deadline) {
      throw new Error(
        `the new title was not served within ${((deadline - since) / 1000).toFixed(0)} s (page: ${seen.page !== undefined}, PDF: ${seen.pdf !== undefined})`,
      );
    }
    await sleep(params.pollMs);
  }
}
