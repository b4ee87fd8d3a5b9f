/**
 * Sanity's GROQ-powered webhooks, received safely: the body is read up to a limit, its signature
 * (`sanity-webhook-signature: t=<ms>,v1=<hmac>`) is checked with `@sanity/webhook` against the shared secret, the
 * signature's time must be recent, and a request already received (same signature or same `idempotency-key`) is a
 * replay. Nothing of the body is trusted or logged: a valid webhook only asks for a rebuild.
 */
import type { IncomingMessage } from "node:http";
import { decodeSignatureHeader, isValidSignature, SIGNATURE_HEADER_NAME } from "@sanity/webhook";

/** Largest body accepted (Sanity's webhook bodies are a projection of one document: a few kilobytes). */
export const maxWebhookBytes = 256 * 1024;

/** How far a signature's time may be from now (either way) before it is refused as stale. */
export const signatureToleranceMs = 5 * 60 * 1000;

/** Why a webhook was refused, with the HTTP status to answer. */
export interface WebhookRefusal {
  status: 400 | 401 | 409 | 413;
  reason: string;
}

/** Reads a request body up to `limit` bytes; more is refused with 413 without reading the rest. */
export function readBody(request: IncomingMessage, limit = maxWebhookBytes): Promise<string | WebhookRefusal> {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > limit) return Promise.resolve({ status: 413, reason: `body over ${limit} bytes` });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    request.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve({ status: 413, reason: `body over ${limit} bytes` });
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => {
      if (!done) resolve(Buffer.concat(chunks).toString("utf8"));
    });
    request.on("error", reject);
  });
}

/** Remembers the webhooks received within the tolerance window, to refuse replays. */
export class ReplayGuard {
  readonly #seen = new Map<string, number>();

  /** Whether `key` was seen before; records it until `expiresAt` otherwise. */
  seenBefore(key: string, now: number, expiresAt: number): boolean {
    for (const [seen, expiry] of this.#seen) if (expiry < now) this.#seen.delete(seen);
    if (this.#seen.has(key)) return true;
    this.#seen.set(key, expiresAt);
    return false;
  }
}

/** Checks one webhook: its signature, its time and that it is new. Returns a refusal, or `undefined` when valid. */
export async function checkWebhook(
  body: string,
  headers: IncomingMessage["headers"],
  secret: string,
  guard: ReplayGuard,
  now: number = Date.now(),
): Promise<WebhookRefusal | undefined> {
  const signature = headers[SIGNATURE_HEADER_NAME];
  if (typeof signature !== "string" || signature === "") return { status: 401, reason: "no signature" };
  let timestamp: number;
  try {
    timestamp = decodeSignatureHeader(signature).timestamp;
  } catch {
    return { status: 401, reason: "unreadable signature" };
  }
  if (!(await isValidSignature(body, signature, secret).catch(() => false))) {
    return { status: 401, reason: "wrong signature" };
  }
  if (Math.abs(now - timestamp) > signatureToleranceMs) return { status: 401, reason: "stale signature" };
  const expiresAt = timestamp + signatureToleranceMs;
  const idempotencyKey = headers["idempotency-key"];
  const keys = [`signature:${signature}`, ...(typeof idempotencyKey === "string" ? [`id:${idempotencyKey}`] : [])];
  // Both keys are recorded, so a replay is caught by either.
  const replayed = keys.map((key) => guard.seenBefore(key, now, expiresAt)).some(Boolean);
  if (replayed) return { status: 409, reason: "already received (replay)" };
  return undefined;
}
