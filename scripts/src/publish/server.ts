/**
 * The publish service: a small long-running process on a host of the network. It receives Sanity's webhooks
 * (`POST /_publish/webhook`), rebuilds (snapshot → validation → PDFs → site) into a new release folder, and makes it the
 * served one by swapping the `current` link; a failed build leaves the previous release served and says why in the
 * status (`GET /_publish/status`). It rebuilds once a day as well, so events move from "Binnenkort" to "Voorbij" on
 * time. It serves `current` itself, or a web server serves `<state>/current` and forwards `/_publish/` to it.
 *
 * State folder: `releases/<time>/` (the last three kept), `current` → the served release, `snapshots/`, and
 * `status.json` (the status, also for a web server to show).
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";
import { writeFileAtomic } from "@gastvrij/content";
import { eventTimeZone } from "@gastvrij/content/model";
import { type BuildReport, runBuild } from "../build/pipeline.js";
import type { SiteAddressChoice } from "../build/site-address.js";
import { redact, type SnapshotManifest, type SnapshotSource } from "../build/snapshot.js";
import { activateRelease, currentRelease } from "../build/swap.js";
import { baseUrl, listen, staticHandler } from "../lib/static-server.js";
import { msUntilDaily, RebuildQueue } from "./rebuilds.js";
import { checkWebhook, ReplayGuard, readBody } from "./webhook.js";

/** Paths of the service itself; everything else is the site. */
export const webhookPath = "/_publish/webhook";
export const statusPath = "/_publish/status";

export interface PublishServerOptions {
  /** Where releases, snapshots and the status are kept. */
  stateDir: string;
  /** The content to build from (the live dataset, normally). */
  source: SnapshotSource;
  /** The webhook's secret, as entered in Sanity's manage screen. */
  secret: string;
  /** The site's address (else the site settings'); a build without one fails. */
  siteUrl?: string;
  port: number;
  host: string;
  /** Serve the current release (default true); false when a web server serves `<stateDir>/current`. */
  serveSite?: boolean;
  /** Quiet time that closes a burst of webhooks (default 1,500 ms). */
  quietMs?: number;
  /** Local time (Europe/Brussels) of the daily rebuild, `hh:mm` (default `03:00`); `off` for none. */
  dailyAt?: string;
  /** The clock of the builds (tests fix it); default: the real time. */
  now?: () => Date;
  /** One line per build and per refused webhook (default: standard output). */
  log?: (line: string) => void;
}

/** The status, as `GET /_publish/status` answers and `status.json` holds. */
export interface PublishStatus {
  /** `building` while a build runs or waits, else `idle`. */
  state: "idle" | "building";
  /** The served release, if any. */
  current: {
    release: string;
    builtAt: string;
    durationMs: number;
    site: SiteAddressChoice;
    snapshot: SnapshotManifest;
  } | null;
  /** The last build, successful or not. */
  lastBuild: {
    startedAt: string;
    durationMs: number;
    ok: boolean;
    reasons: string[];
    steps: { step: string; ms: number }[];
  } | null;
  /** The last failure, kept until a build succeeds again. */
  lastError: { at: string; message: string } | null;
  builds: { ok: number; failed: number };
  webhooks: { accepted: number; refused: number };
}

export interface PublishServer {
  url: string;
  server: Server;
  status(): PublishStatus;
  /** Resolves when no build runs or waits. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export async function startPublishServer(options: PublishServerOptions): Promise<PublishServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const clock = options.now ?? (() => new Date());
  const token = options.source.kind === "live" ? options.source.token : undefined;
  const releasesDir = join(options.stateDir, "releases");
  const currentLink = join(options.stateDir, "current");
  const statusFile = join(options.stateDir, "status.json");
  await mkdir(releasesDir, { recursive: true });

  const status: PublishStatus = await readFile(statusFile, "utf8")
    .then((text) => ({ ...(JSON.parse(text) as PublishStatus), state: "idle" as const }))
    .catch(() => ({
      state: "idle",
      current: null,
      lastBuild: null,
      lastError: null,
      builds: { ok: 0, failed: 0 },
      webhooks: { accepted: 0, refused: 0 },
    }));
  if (!(await currentRelease(currentLink))) status.current = null;
  const saveStatus = () => writeFileAtomic(statusFile, `${JSON.stringify(status, null, 2)}\n`);

  let releaseCount = 0;
  const build = async (reasons: string[]): Promise<void> => {
    const startedAt = clock();
    // Named by the real time (the build clock may be fixed) and a counter: unique, and sorted oldest first.
    const release = join(releasesDir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${++releaseCount}`);
    const started = performance.now();
    const why = summariseReasons(reasons);
    let report: BuildReport | undefined;
    try {
      report = await runBuild({
        source: options.source,
        cacheDir: join(options.stateDir, "snapshots"),
        outDir: release,
        production: true,
        ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
        localAddress: `http://${options.host}:${options.port}`,
        now: startedAt,
      });
      await activateRelease(release, currentLink);
      const { manifest } = report.snapshot;
      status.current = {
        release,
        builtAt: clock().toISOString(),
        durationMs: report.durationMs,
        site: report.site,
        snapshot: manifest,
      };
      status.lastError = null;
      status.builds.ok++;
      log(
        `${startedAt.toISOString()} build ok in ${(report.durationMs / 1000).toFixed(1)} s (${why}): ${manifest.source} ${manifest.dataset}, ${manifest.documentCount} documents, hash ${manifest.contentHash.slice(0, 12)}, ${report.site.address}${report.notes.length ? `; ${report.notes.join(" ")}` : ""}`,
      );
    } catch (error) {
      await rm(release, { recursive: true, force: true });
      const message = redact(error instanceof Error ? error.message : String(error), token);
      status.lastError = { at: clock().toISOString(), message };
      status.builds.failed++;
      log(
        `${startedAt.toISOString()} build failed after ${((performance.now() - started) / 1000).toFixed(1)} s (${why}); the previous site stays served: ${message.replaceAll("\n", " | ")}`,
      );
    } finally {
      status.lastBuild = {
        startedAt: startedAt.toISOString(),
        durationMs: Math.round(performance.now() - started),
        ok: report !== undefined,
        reasons: [...new Set(reasons)],
        steps: report?.steps ?? [],
      };
      await saveStatus();
    }
  };

  const queue = new RebuildQueue({ build, ...(options.quietMs !== undefined ? { quietMs: options.quietMs } : {}) });
  const guard = new ReplayGuard();
  const serveSite = options.serveSite === false ? undefined : staticHandler(currentLink);

  const answer = (response: ServerResponse, code: number, body: unknown) => {
    response.writeHead(code, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
    response.end(`${JSON.stringify(body, null, 2)}\n`);
  };

  const receiveWebhook = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request);
    const refusal =
      typeof body === "string" ? await checkWebhook(body, request.headers, options.secret, guard, Date.now()) : body;
    if (refusal) {
      status.webhooks.refused++;
      log(`${clock().toISOString()} webhook refused (${refusal.status}): ${refusal.reason}`);
      answer(response, refusal.status, { error: refusal.reason });
      return;
    }
    status.webhooks.accepted++;
    queue.request("webhook");
    answer(response, 202, { accepted: true, rebuild: "queued" });
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path === webhookPath) {
      if (request.method !== "POST") return answer(response, 405, { error: "use POST" });
      receiveWebhook(request, response).catch((error: Error) => answer(response, 500, { error: error.message }));
      return;
    }
    if (path === statusPath) return answer(response, 200, { ...status, state: queue.busy ? "building" : "idle" });
    if (!serveSite) return answer(response, 404, { error: "this service serves /_publish/ only" });
    if (!existsSync(currentLink)) {
      response.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "30" });
      response.end("De site wordt voor het eerst gebouwd. Probeer het zo meteen opnieuw.\n");
      return;
    }
    serveSite(request, response);
  });
  await listen(server, options.port, options.host);

  let daily: NodeJS.Timeout | undefined;
  const scheduleDaily = () => {
    if (!options.dailyAt || options.dailyAt === "off") return;
    daily = setTimeout(
      () => {
        queue.request("daily");
        scheduleDaily();
      },
      msUntilDaily(options.dailyAt, eventTimeZone),
    );
    daily.unref();
  };
  scheduleDaily();
  queue.request("start");

  return {
    url: baseUrl(server, options.host),
    server,
    status: () => ({ ...status, state: queue.busy ? "building" : "idle" }),
    idle: () => queue.whenIdle(),
    close: async () => {
      clearTimeout(daily);
      queue.stop();
      await queue.whenIdle();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** `webhook ×10, daily` for the log. */
function summariseReasons(reasons: string[]): string {
  const counts = new Map<string, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => (count > 1 ? `${reason} ×${count}` : reason)).join(", ");
}
