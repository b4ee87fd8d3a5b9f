// @sanity/client is loaded on first use: it is the heaviest import of the package and local use never needs it.
import type { ClientConfig, SanityClient } from "@sanity/client";
import { apiVersion } from "../../model/index.js";
import type { QueryParams } from "./groq-engine.js";
import type { ContentSource } from "./source.js";

/** Options of {@link openLiveSource}; anything left out comes from the server-side environment. */
export interface LiveSourceOptions {
  /** Sanity project id (default `SANITY_PROJECT_ID`). */
  projectId?: string;
  /** Dataset name (default `SANITY_DATASET`, else `production`). */
  dataset?: string;
  /** Read token (default `SANITY_API_READ_TOKEN`); with a token the CDN is not used. Never ship it to a browser. */
  token?: string;
  /** Use the API CDN (default: true without a token, false with one). */
  useCdn?: boolean;
  /** Per-request timeout in ms (default 10,000). */
  timeoutMs?: number;
  /** Retries after the first attempt on 429, 5xx and network errors (default 3). */
  retries?: number;
  /** First backoff in ms, doubled per retry (default 250). */
  backoffMs?: number;
  /** Longest wait between attempts, also the cap on `Retry-After` (default 5,000 ms). */
  maxBackoffMs?: number;
  /** API host, for tests against a local server (e.g. `http://127.0.0.1:4000`). */
  apiHost?: string;
  /**
   * Which documents queries see (default `published`). `drafts` shows each draft in place of its published document,
   * and documents that only exist as a draft: for the preview server only, never for a build. It needs a token and
   * never uses the CDN.
   */
  perspective?: LivePerspective;
  /**
   * Click-to-edit in the Studio's Presentation tool (drafts perspective only): the client asks the API for content
   * source maps and hides, in each document's title, invisible characters (stega) that point at the field in the
   * Studio at `studioUrl`. Only titles: other strings are slugs, codes, numbers and texts the site computes with.
   */
  stega?: { studioUrl: string };
}

/** The perspectives the live source reads with: the published content, or drafts laid over it (preview only). */
export type LivePerspective = "published" | "drafts";

/** A query to the Sanity API failed: the message names what was asked, what came back and after how many attempts. */
export class LiveSourceError extends Error {
  override readonly name = "LiveSourceError";
  /** HTTP status, when the API answered. */
  readonly statusCode?: number;
  /** Attempts made. */
  readonly attempts: number;

  constructor(message: string, details: { statusCode?: number; attempts: number; cause?: unknown }) {
    super(message, { cause: details.cause });
    this.statusCode = details.statusCode;
    this.attempts = details.attempts;
  }
}

/** A {@link ContentSource} backed by the Sanity API. */
export interface LiveSource extends ContentSource {
  readonly kind: "live";
  /** The perspective the source reads with. */
  readonly perspective: LivePerspective;
  /** The configured client (with the source's perspective), loaded on first use. */
  client(): Promise<SanityClient>;
}

/**
 * Opens the live source: `@sanity/client` with `perspective: "published"` (or `"drafts"` for the preview server), the
 * content model's `apiVersion`, the CDN for public reads, bounded retries with backoff (honouring `Retry-After` up to a cap) and a timeout per request.
 * Configuration comes from `options`, else from the server-side environment (`SANITY_PROJECT_ID`,
 * `SANITY_DATASET`, `SANITY_API_READ_TOKEN`).
 *
 * @throws LiveSourceError when no project id is configured, or the drafts perspective is asked for without a token.
 */
export function openLiveSource(options: LiveSourceOptions = {}): LiveSource {
  const projectId = options.projectId ?? process.env.SANITY_PROJECT_ID;
  const dataset = options.dataset ?? process.env.SANITY_DATASET ?? "production";
  const token = options.token ?? process.env.SANITY_API_READ_TOKEN ?? undefined;
  if (!projectId) {
    throw new LiveSourceError("live source: no Sanity project id (set SANITY_PROJECT_ID or pass projectId)", {
      attempts: 0,
    });
  }
  const perspective = options.perspective ?? "published";
  if (perspective !== "published" && perspective !== "drafts") {
    throw new LiveSourceError(`live source: unknown perspective "${String(perspective)}" (published or drafts)`, {
      attempts: 0,
    });
  }
  if (perspective === "drafts" && !token) {
    throw new LiveSourceError("live source: the drafts perspective needs a read token (set SANITY_API_READ_TOKEN)", {
      attempts: 0,
    });
  }
  if (options.stega && perspective !== "drafts") {
    throw new LiveSourceError("live source: stega (click-to-edit) is for the drafts perspective of a preview only", {
      attempts: 0,
    });
  }
  const retries = Math.max(0, options.retries ?? 3);
  const backoffMs = options.backoffMs ?? 250;
  const maxBackoffMs = options.maxBackoffMs ?? 5_000;
  const config: ClientConfig = {
    projectId,
    dataset,
    apiVersion,
    perspective,
    useCdn: perspective === "drafts" ? false : (options.useCdn ?? !token),
    token: token || undefined,
    timeout: options.timeoutMs ?? 10_000,
    maxRetries: 0,
    ...(options.apiHost ? { apiHost: options.apiHost, useProjectHostname: false } : {}),
    ...(options.stega
      ? {
          stega: {
            enabled: true,
            studioUrl: options.stega.studioUrl,
            filter: (props) => props.sourcePath.at(-1) === "title" && props.filterDefault(props),
          },
        }
      : {}),
  };
  let loaded: Promise<SanityClient> | undefined;
  const client = (): Promise<SanityClient> => {
    loaded ??= import("@sanity/client").then(({ createClient }) => createClient(config));
    return loaded;
  };
  const description = `${projectId}/${dataset}${perspective === "drafts" ? " (drafts)" : ""}`;

  return {
    kind: "live",
    perspective,
    description,
    client,
    async fetch<T>(query: string, params: QueryParams = {}): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        try {
          const response: unknown = await (await client()).fetch(query, params as Record<string, never>, {
            filterResponse: false,
          });
          if (response === null || typeof response !== "object" || !("result" in response)) {
            throw new MalformedResponseError(
              `malformed response (expected JSON with "result", got ${describeBody(response)})`,
            );
          }
          return (response as { result: T }).result;
        } catch (error) {
          const status = statusOf(error);
          const retryable = status === undefined ? isNetworkError(error) : status === 429 || status >= 500;
          const what = status === undefined ? (error as Error).message : `HTTP ${status}: ${(error as Error).message}`;
          if (!retryable || attempt > retries) {
            throw new LiveSourceError(
              `live source ${description}: query failed after ${attempt} attempt${attempt === 1 ? "" : "s"} (${what}); query: ${abbreviate(query)}`,
              { statusCode: status, attempts: attempt, cause: error },
            );
          }
          const retryAfter = retryAfterMs(error);
          const wait = Math.min(maxBackoffMs, retryAfter ?? backoffMs * 2 ** (attempt - 1));
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
      }
    },
  };
}

class MalformedResponseError extends Error {}

function describeBody(body: unknown): string {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return text === undefined ? String(body) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown })?.statusCode;
  return typeof status === "number" ? status : undefined;
}

function isNetworkError(error: unknown): boolean {
  // Anything without an HTTP status that is not a programming error: resets, refused connections, timeouts, bad JSON
  // cut off mid-way by a proxy.
  return !(error instanceof TypeError && /is not a function|undefined/.test(error.message));
}

function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as { response?: { headers?: Record<string, unknown> } })?.response?.headers;
  const value = headers?.["retry-after"];
  if (typeof value !== "string") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function abbreviate(query: string): string {
  const flat = query.replace(/\s+/g, " ").trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}
