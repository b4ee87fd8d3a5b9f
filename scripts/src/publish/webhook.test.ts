import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from "@sanity/webhook";
import { describe, expect, it } from "vitest";
import { checkWebhook, maxWebhookBytes, ReplayGuard, readBody, signatureToleranceMs } from "./webhook.js";

const secret = "een-gedeeld-geheim";
const now = Date.parse("2026-05-01T10:00:00.000Z");
const body = JSON.stringify({ _id: "event-netwerkdag-2026", _type: "event" });

/** The headers Sanity sends with a webhook signed at `timestamp`. */
async function signed(
  payload = body,
  timestamp = now,
  extra: Record<string, string> = {},
  key = secret,
): Promise<IncomingMessage["headers"]> {
  return { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(payload, timestamp, key), ...extra };
}

describe("checkWebhook", () => {
  it("accepts a body signed with the shared secret", async () => {
    expect(await checkWebhook(body, await signed(), secret, new ReplayGuard(), now)).toBeUndefined();
  });

  it("refuses a signature made with another secret", async () => {
    const headers = await signed(body, now, {}, "een-ander-geheim");
    expect(await checkWebhook(body, headers, secret, new ReplayGuard(), now)).toEqual({
      status: 401,
      reason: "wrong signature",
    });
  });

  it("refuses a request without a signature header, or with an empty one", async () => {
    const refusal = { status: 401, reason: "no signature" };
    expect(await checkWebhook(body, {}, secret, new ReplayGuard(), now)).toEqual(refusal);
    expect(await checkWebhook(body, { [SIGNATURE_HEADER_NAME]: "" }, secret, new ReplayGuard(), now)).toEqual(refusal);
  });

  it("refuses a signature header it cannot read", async () => {
    for (const header of ["v1=abc", "t=abc,v1=def", "nonsense"]) {
      expect(await checkWebhook(body, { [SIGNATURE_HEADER_NAME]: header }, secret, new ReplayGuard(), now)).toEqual({
        status: 401,
        reason: "unreadable signature",
      });
    }
  });

  it("refuses a body changed after it was signed, even by one character", async () => {
    const headers = await signed();
    const changed = body.replace("2026", "2027");
    expect(await checkWebhook(changed, headers, secret, new ReplayGuard(), now)).toEqual({
      status: 401,
      reason: "wrong signature",
    });
    expect(await checkWebhook(`${body} `, headers, secret, new ReplayGuard(), now)).toEqual({
      status: 401,
      reason: "wrong signature",
    });
  });

  it("refuses an empty body", async () => {
    const headers = await signed();
    expect(await checkWebhook("", headers, secret, new ReplayGuard(), now)).toEqual({
      status: 401,
      reason: "wrong signature",
    });
  });

  it("accepts a signature up to five minutes old or ahead, and refuses one older or newer", async () => {
    const stale = { status: 401, reason: "stale signature" };
    const at = async (timestamp: number) =>
      checkWebhook(body, await signed(body, timestamp), secret, new ReplayGuard(), now);
    expect(await at(now - signatureToleranceMs)).toBeUndefined();
    expect(await at(now + signatureToleranceMs)).toBeUndefined();
    expect(await at(now - signatureToleranceMs - 1)).toEqual(stale);
    expect(await at(now + signatureToleranceMs + 1)).toEqual(stale);
    expect(await at(now - 60 * 60 * 1000)).toEqual(stale);
  });

  it("refuses the same signed request a second time as a replay", async () => {
    const guard = new ReplayGuard();
    const headers = await signed();
    expect(await checkWebhook(body, headers, secret, guard, now)).toBeUndefined();
    expect(await checkWebhook(body, headers, secret, guard, now + 1_000)).toEqual({
      status: 409,
      reason: "already received (replay)",
    });
  });

  it("refuses a new signature that carries an idempotency-key already received", async () => {
    const guard = new ReplayGuard();
    const first = await signed(body, now, { "idempotency-key": "abc-123" });
    const retried = await signed(body, now + 2_000, { "idempotency-key": "abc-123" });
    expect(retried[SIGNATURE_HEADER_NAME]).not.toBe(first[SIGNATURE_HEADER_NAME]);
    expect(await checkWebhook(body, first, secret, guard, now)).toBeUndefined();
    expect(await checkWebhook(body, retried, secret, guard, now + 2_000)).toEqual({
      status: 409,
      reason: "already received (replay)",
    });
  });

  it("accepts different webhooks one after the other", async () => {
    const guard = new ReplayGuard();
    for (let i = 0; i < 5; i++) {
      const payload = JSON.stringify({ _id: `event-${i}` });
      const headers = await signed(payload, now + i, { "idempotency-key": `key-${i}` });
      expect(await checkWebhook(payload, headers, secret, guard, now + i)).toBeUndefined();
    }
  });

  it("does not remember a refused webhook: the genuine one sent afterwards is accepted", async () => {
    const guard = new ReplayGuard();
    const forged = await signed(body, now, { "idempotency-key": "abc-123" }, "fout");
    expect(await checkWebhook(body, forged, secret, guard, now)).toMatchObject({ status: 401 });
    const genuine = await signed(body, now, { "idempotency-key": "abc-123" });
    expect(await checkWebhook(body, genuine, secret, guard, now)).toBeUndefined();
  });

  it("forgets an idempotency-key once its signature's tolerance window is over", async () => {
    const guard = new ReplayGuard();
    const key = { "idempotency-key": "abc-123" };
    expect(await checkWebhook(body, await signed(body, now, key), secret, guard, now)).toBeUndefined();
    const later = now + signatureToleranceMs + 1;
    expect(await checkWebhook(body, await signed(body, later, key), secret, guard, later)).toBeUndefined();
  });
});

describe("ReplayGuard", () => {
  it("remembers a key until it expires, then forgets it", () => {
    const guard = new ReplayGuard();
    expect(guard.seenBefore("a", now, now + 1_000)).toBe(false);
    expect(guard.seenBefore("a", now + 1_000, now + 2_000)).toBe(true);
    // Past its expiry the old entry is dropped: the key is new again.
    expect(guard.seenBefore("a", now + 1_001, now + 5_000)).toBe(false);
    expect(guard.seenBefore("a", now + 1_002, now + 5_000)).toBe(true);
  });

  it("drops every expired entry, not only the one asked about", () => {
    const guard = new ReplayGuard();
    for (let i = 0; i < 1_000; i++) expect(guard.seenBefore(`key-${i}`, now, now + 1_000)).toBe(false);
    expect(guard.seenBefore("trigger", now + 2_000, now + 3_000)).toBe(false);
    // All thousand were forgotten by the call above; none is seen before now.
    for (let i = 0; i < 1_000; i++) expect(guard.seenBefore(`key-${i}`, now + 2_000, now + 3_000)).toBe(false);
    expect(guard.seenBefore("key-0", now + 2_000, now + 3_000)).toBe(true);
  });
});

/** A request as the HTTP server hands it over: a readable body with headers. */
function request(chunks: Array<string | Buffer>, headers: IncomingMessage["headers"] = {}): IncomingMessage {
  const stream = Readable.from(chunks.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk)));
  return Object.assign(stream, { headers }) as unknown as IncomingMessage;
}

describe("readBody", () => {
  it("returns a body under the limit as text", async () => {
    expect(await readBody(request(['{"_id":', '"event-1"}']))).toBe('{"_id":"event-1"}');
  });

  it("returns a body of exactly the limit", async () => {
    const text = "x".repeat(100);
    expect(await readBody(request([text.slice(0, 60), text.slice(60)], { "content-length": "100" }), 100)).toBe(text);
  });

  it("keeps a character whose bytes arrive in two chunks", async () => {
    const bytes = Buffer.from('{"title":"Café België"}');
    const split = bytes.indexOf(0xc3) + 1; // in the middle of "é"
    expect(await readBody(request([bytes.subarray(0, split), bytes.subarray(split)]))).toBe('{"title":"Café België"}');
  });

  it("refuses with 413 a declared content-length over the limit", async () => {
    const big = request(["{}"], { "content-length": String(maxWebhookBytes + 1) });
    expect(await readBody(big)).toEqual({ status: 413, reason: `body over ${maxWebhookBytes} bytes` });
  });

  it("refuses with 413 a streamed body that grows over the limit without declaring its length", async () => {
    const chunks = Array.from({ length: 10 }, () => "y".repeat(40));
    expect(await readBody(request(chunks), 100)).toEqual({ status: 413, reason: "body over 100 bytes" });
  });

  it("refuses with 413 a body longer than its declared content-length allows", async () => {
    expect(await readBody(request(["z".repeat(150)], { "content-length": "10" }), 100)).toEqual({
      status: 413,
      reason: "body over 100 bytes",
    });
  });

  it("rejects when the connection fails while reading", async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error("socket hang up"));
      },
    });
    const broken = Object.assign(failing, { headers: {} }) as unknown as IncomingMessage;
    await expect(readBody(broken)).rejects.toThrow("socket hang up");
  });
});
