import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { evaluate, parse } from "groq-js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { smallExport } from "../../../test/fixtures.js";
import { apiVersion } from "../../model/index.js";
import { createContent } from "../content.js";
import { LiveSourceError, type LiveSourceOptions, openLiveSource } from "./live.js";
import { openLocalSource } from "./local.js";

type Handler = (req: IncomingMessage, res: ServerResponse, attempt: number) => void;

/** A stand-in for the Sanity API on 127.0.0.1: each test sets how it answers, requests are recorded. */
let server: Server;
let host: string;
let handler: Handler;
let requests: { url: string; authorization?: string }[];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ url: req.url ?? "", authorization: req.headers.authorization });
    handler(req, res, requests.length);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  requests = [];
});

const ok = (res: ServerResponse, result: unknown) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ query: "", result, ms: 1 }));
};
const fail = (res: ServerResponse, status: number, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify({ error: { description: `status ${status}`, type: "httpError" } }));
};

const open = (options: LiveSourceOptions = {}) =>
  openLiveSource({ projectId: "test", dataset: "production", apiHost: host, backoffMs: 5, retries: 3, ...options });

async function liveError(promise: Promise<unknown>): Promise<LiveSourceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LiveSourceError);
  return error as LiveSourceError;
}

describe("live source", () => {
  it("queries the published perspective with the pinned API version, without a token by default", async () => {
    handler = (_req, res) => ok(res, [{ _id: "theme-wonen" }]);
    const source = open({ token: "" });
    expect(await source.fetch(`*[_type == $type]{_id}`, { type: "theme" })).toEqual([{ _id: "theme-wonen" }]);
    const url = new URL(requests[0]?.url ?? "", host);
    expect(url.pathname).toBe(`/v${apiVersion}/data/query/production`);
    expect(url.searchParams.get("perspective")).toBe("published");
    expect(url.searchParams.get("query")).toBe(`*[_type == $type]{_id}`);
    expect(url.searchParams.get("$type")).toBe('"theme"');
    expect(requests[0]?.authorization).toBeUndefined();
    expect((await source.client()).config().useCdn).toBe(true);
    expect(source.description).toBe("test/production");
  });

  it("sends the read token and skips the CDN when a token is set", async () => {
    handler = (_req, res) => ok(res, 1);
    const source = open({ token: "secret-read-token" });
    await source.fetch(`count(*)`);
    expect(requests[0]?.authorization).toBe("Bearer secret-read-token");
    expect((await source.client()).config().useCdn).toBe(false);
  });

  it("reads drafts over published documents only when asked, with the token and never through the CDN", async () => {
    handler = (_req, res) => ok(res, 1);
    const source = open({ token: "secret-read-token", perspective: "drafts", useCdn: true });
    await source.fetch(`count(*)`);
    expect(new URL(requests[0]?.url ?? "", host).searchParams.get("perspective")).toBe("drafts");
    expect(requests[0]?.authorization).toBe("Bearer secret-read-token");
    expect((await source.client()).config().useCdn).toBe(false);
    expect(source.perspective).toBe("drafts");
    expect(source.description).toBe("test/production (drafts)");
    expect(open({ token: "t" }).perspective).toBe("published");
  });

  it("refuses the drafts perspective without a token, and an unknown perspective", () => {
    expect(() => open({ token: "", perspective: "drafts" })).toThrow(/drafts perspective needs a read token/);
    expect(() => open({ token: "t", perspective: "raw" as "drafts" })).toThrow(/unknown perspective "raw"/);
  });

  it("hides edit links in titles only, from the API's source map, with stega in the drafts perspective", async () => {
    const result = [{ _id: "section-a", title: "Wonen", slug: "wonen", number: "1.2" }];
    handler = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          query: "",
          ms: 1,
          result,
          resultSourceMap: {
            documents: [{ _id: "drafts.section-a", _type: "section" }],
            paths: ["$['title']", "$['slug']['current']", "$['number']"],
            mappings: {
              "$[0]['title']": { type: "value", source: { type: "documentValue", document: 0, path: 0 } },
              "$[0]['slug']": { type: "value", source: { type: "documentValue", document: 0, path: 1 } },
              "$[0]['number']": { type: "value", source: { type: "documentValue", document: 0, path: 2 } },
            },
          },
        }),
      );
    };
    const source = open({ token: "t", perspective: "drafts", stega: { studioUrl: "https://studio.example" } });
    const [item] = await source.fetch<typeof result>(`*[_type == "section"]`);
    expect(new URL(requests[0]?.url ?? "", host).searchParams.get("resultSourceMap")).toBe("withKeyArraySelector");
    expect(item?.title).not.toBe("Wonen");
    expect(item?.title.startsWith("Wonen")).toBe(true);
    const { stegaClean } = await import("@sanity/client/stega");
    expect(stegaClean(item?.title)).toBe("Wonen");
    expect(item?.slug).toBe("wonen");
    expect(item?.number).toBe("1.2");
    expect(() => open({ token: "t", stega: { studioUrl: "https://studio.example" } })).toThrow(/drafts perspective/);
  });

  it("retries a 429, honouring Retry-After, then succeeds", async () => {
    handler = (_req, res, attempt) => (attempt === 1 ? fail(res, 429, { "retry-after": "0" }) : ok(res, "fine"));
    expect(await open().fetch(`"fine"`)).toBe("fine");
    expect(requests).toHaveLength(2);
  });

  it("caps a long Retry-After at maxBackoffMs", async () => {
    handler = (_req, res, attempt) => (attempt === 1 ? fail(res, 429, { "retry-after": "3600" }) : ok(res, 1));
    const started = Date.now();
    expect(await open({ maxBackoffMs: 20 }).fetch(`1`)).toBe(1);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("retries 5xx a bounded number of times and then says what failed", async () => {
    handler = (_req, res) => fail(res, 500);
    const error = await liveError(open({ retries: 2 }).fetch(`*[_type == "tool"]`));
    expect(requests).toHaveLength(3);
    expect(error.attempts).toBe(3);
    expect(error.statusCode).toBe(500);
    expect(error.message).toContain("test/production");
    expect(error.message).toContain("HTTP 500");
    expect(error.message).toContain(`*[_type == "tool"]`);
  });

  it("recovers from a 503 followed by success", async () => {
    handler = (_req, res, attempt) => (attempt < 3 ? fail(res, 503) : ok(res, "up"));
    expect(await open().fetch(`"up"`)).toBe("up");
    expect(requests).toHaveLength(3);
  });

  it("does not retry a client error such as a bad query", async () => {
    handler = (_req, res) => fail(res, 400);
    const error = await liveError(open().fetch(`*[`));
    expect(requests).toHaveLength(1);
    expect(error.statusCode).toBe(400);
  });

  it("times out a slow answer and gives up after the retries", async () => {
    const timers: NodeJS.Timeout[] = [];
    handler = (_req, res) => {
      timers.push(setTimeout(() => ok(res, "late"), 2_000));
    };
    const error = await liveError(open({ timeoutMs: 100, retries: 1 }).fetch(`"late"`));
    for (const timer of timers) clearTimeout(timer);
    expect(requests).toHaveLength(2);
    expect(error.statusCode).toBeUndefined();
    expect(error.message).toMatch(/time/i);
  });

  it("fails clearly on a malformed response", async () => {
    handler = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"result": [1, 2');
    };
    const error = await liveError(open({ retries: 1 }).fetch(`*`));
    expect(error.attempts).toBeLessThanOrEqual(2);
    expect(error.message).toContain("live source test/production: query failed");
    expect(error.message).toMatch(/malformed|JSON/i);
  });

  it("needs a project id", () => {
    const saved = process.env.SANITY_PROJECT_ID;
    delete process.env.SANITY_PROJECT_ID;
    try {
      expect(() => openLiveSource({})).toThrow(LiveSourceError);
    } finally {
      if (saved !== undefined) process.env.SANITY_PROJECT_ID = saved;
    }
  });

  it("reads its configuration from the server-side environment", async () => {
    const saved = { ...process.env };
    process.env.SANITY_PROJECT_ID = "envproject";
    process.env.SANITY_DATASET = "staging";
    process.env.SANITY_API_READ_TOKEN = "envtoken";
    try {
      const source = openLiveSource({ apiHost: host });
      expect(source.description).toBe("envproject/staging");
      expect((await source.client()).config()).toMatchObject({
        projectId: "envproject",
        dataset: "staging",
        token: "envtoken",
      });
    } finally {
      for (const key of ["SANITY_PROJECT_ID", "SANITY_DATASET", "SANITY_API_READ_TOKEN"]) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
  });
});

describe("live and local sources", () => {
  it("give the same typed results (a stand-in Content Lake answering with plain groq-js)", async () => {
    const local = await openLocalSource({
      dataset: smallExport,
    });
    const dataset = local.documents;
    handler = (req, res) => {
      const url = new URL(req.url ?? "", host);
      const params: Record<string, unknown> = {};
      for (const [name, value] of url.searchParams) if (name.startsWith("$")) params[name.slice(1)] = JSON.parse(value);
      const query = url.searchParams.get("query") ?? "";
      Promise.resolve(evaluate(parse(query, { params }), { dataset, params }))
        .then((value) => value.get())
        .then(
          (result) => ok(res, result ?? null),
          () => fail(res, 400),
        );
    };
    const fromLive = createContent(open());
    const fromLocal = createContent(local);
    const now = new Date("2026-03-01T00:00:00Z");
    const calls: [string, (content: ReturnType<typeof createContent>) => Promise<unknown>][] = [
      ["edition", (c) => c.getToolkitEdition()],
      ["section", (c) => c.getToolkitSection("checklist")],
      ["tools", (c) => c.getTools({ theme: "wonen" })],
      ["schedule", (c) => c.getEventSchedule({ now })],
      ["signals", (c) => c.getSignals()],
      ["theme", (c) => c.getTheme("werk")],
      ["settings", (c) => c.getSiteSettings()],
      ["links", async (c) => [...(await c.linkTargets()).entries()]],
    ];
    for (const [name, call] of calls) expect(await call(fromLive), name).toEqual(await call(fromLocal));
  });
});
