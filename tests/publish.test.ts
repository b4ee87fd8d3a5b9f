// The publish service end to end, against a local stand-in for the Sanity API on 127.0.0.1: a signed webhook after an
// editor's change rebuilds the served site and PDF from a fresh snapshot; wrong, replayed, stale and oversized
// webhooks change nothing; a burst gives one rebuild; bad content leaves the previous site served byte for byte and
// the status says why; the read token is in no file and no log; a rebuild the day after an event shows it as past.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toolkitPdfPath } from "@gastvrij/content/model";
import { encodeSignatureHeader } from "@sanity/webhook";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PublishServer, startPublishServer, statusPath, webhookPath } from "../scripts/src/publish/server.js";
import { type ContentLake, type LakeDocument, startContentLake } from "./e2e/content-lake.js";
import { acquireBuildLock } from "./e2e/site.js";

const token = `sk${randomBytes(24).toString("hex")}`;
const secret = randomBytes(16).toString("hex");
const address = "https://www.gastvrijnetwerk.be";
const sectionPath = "/toolkit/wonen/";
const eventPath = "/agenda/netwerkdag-2026/";
let lake: ContentLake;
let server: PublishServer;
let stateDir: string;
let clock = new Date("2026-11-20T10:00:00Z");
let releaseLock: (() => void) | undefined;
const logs: string[] = [];

async function get(path: string): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(new URL(path, server.url));
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

async function page(path: string): Promise<string> {
  const { status, bytes } = await get(path);
  expect(status, path).toBe(200);
  return bytes.toString("utf8");
}

async function pdfText(): Promise<string> {
  const { status, bytes } = await get(toolkitPdfPath);
  expect(status).toBe(200);
  return (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text;
}

/** Posts a webhook as Sanity does: the body, signed with the secret at `time` (unless a signature is given). */
async function webhook(
  body = JSON.stringify({ _id: "section-3-4" }),
  options: { signature?: string; time?: number; headers?: Record<string, string> } = {},
): Promise<number> {
  const signature = options.signature ?? (await encodeSignatureHeader(body, options.time ?? Date.now(), secret));
  const response = await fetch(new URL(webhookPath, server.url), {
    method: "POST",
    headers: { "content-type": "application/json", "sanity-webhook-signature": signature, ...options.headers },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

function builds(): number {
  const { ok, failed } = server.status().builds;
  return ok + failed;
}

/** Waits out the quiet time, then for any build to finish. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 700));
  await server.idle();
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function edit(id: string, change: (document: LakeDocument) => LakeDocument): LakeDocument {
  const before = lake.get(id);
  if (!before) throw new Error(`no document ${id} in the stand-in`);
  lake.put(change(structuredClone(before)));
  return before;
}

describe("the publish service", () => {
  beforeAll(async () => {
    // The service builds the site several times: it holds the test files' build lock for its whole run.
    releaseLock = await acquireBuildLock();
    lake = await startContentLake(token);
    // The address comes from the site settings, as an editor sets it in the Studio.
    edit("siteSettings", (settings) => ({ ...settings, siteUrl: `${address}/` }));
    stateDir = mkdtempSync(join(tmpdir(), "gastvrij-publish-"));
    server = await startPublishServer({
      stateDir,
      source: { kind: "live", projectId: "testproject", dataset: "production", token, apiHost: lake.apiHost },
      secret,
      port: 0,
      host: "127.0.0.1",
      quietMs: 400,
      dailyAt: "off",
      now: () => clock,
      log: (line) => logs.push(line),
    });
    await server.idle();
  }, 900_000);

  afterAll(async () => {
    await server?.close();
    await lake?.close();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
    releaseLock?.();
  });

  it("builds from a snapshot of the live dataset and serves it, with the status as JSON", async () => {
    expect(server.status().builds).toEqual({ ok: 1, failed: 0 });
    expect(await page(sectionPath)).toContain("Wonen: op zoek naar een eigen adres");
    const status = JSON.parse(await page(statusPath));
    expect(status.current.snapshot).toMatchObject({ source: "live", dataset: "testproject/production" });
    expect(status.current.snapshot.documentCount).toBeGreaterThan(50);
    expect(status.current.snapshot.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(status.current.site).toEqual({ address, origin: "site settings" });
    expect(status.lastBuild).toMatchObject({ ok: true, reasons: ["start"] });
    expect(status.lastError).toBeNull();
    expect(lake.requests.some((request) => request.path.includes("/data/export/"))).toBe(true);
    expect(logs.at(-1)).toMatch(/build ok in [\d.]+ s \(start\): live testproject\/production, \d+ documents/);
  });

  it("has the site's address and never localhost in pages, sitemap, robots.txt, feeds and the PDF", async () => {
    const release = server.status().current?.release as string;
    for (const file of allFiles(release).filter((name) => /\.(html|xml|txt|ics|json)$/.test(name))) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/localhost|127\.0\.0\.1/);
    }
    expect(await page("/robots.txt")).toContain(`Sitemap: ${address}/sitemap-index.xml`);
    expect(await page(sectionPath)).toContain(`<link rel="canonical" href="${address}${sectionPath}"`);
    const pdf = await pdfText();
    expect(pdf).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(pdf).toContain("gastvrijnetwerk.be/");
  });

  it("rebuilds after a signed webhook: the served page and the served PDF show the new title", async () => {
    edit("section-3-4", (section) => ({ ...section, title: "Wonen: een eigen adres vinden (bijgewerkt)" }));
    expect(await webhook()).toBe(202);
    await settle();
    expect(server.status().builds).toEqual({ ok: 2, failed: 0 });
    expect(await page(sectionPath)).toContain("Wonen: een eigen adres vinden (bijgewerkt)");
    expect(await pdfText()).toContain("Wonen: een eigen adres vinden (bijgewerkt)");
  });

  it("refuses a wrong, stale, replayed or oversized webhook without a build", async () => {
    const before = builds();
    const body = JSON.stringify({ _id: "section-3-4" });
    expect(await webhook(body, { signature: await encodeSignatureHeader(body, Date.now(), "not-the-secret") })).toBe(
      401,
    );
    expect(await webhook(body, { signature: "t=1,v1=abc" })).toBe(401);
    expect(await webhook(body, { time: Date.now() - 60 * 60 * 1000 })).toBe(401);
    const signed = await encodeSignatureHeader(body, Date.now(), secret);
    expect(await webhook(body, { signature: signed })).toBe(202);
    await settle();
    const afterOne = builds();
    expect(afterOne).toBe(before + 1);
    expect(await webhook(body, { signature: signed })).toBe(409);
    expect(await webhook("x".repeat(300 * 1024))).toBe(413);
    await settle();
    expect(builds()).toBe(afterOne);
    expect(server.status().webhooks.refused).toBe(5);
  });

  it("gives one rebuild for ten webhooks in one second", async () => {
    const before = builds();
    for (let i = 0; i < 10; i++) {
      expect(await webhook(JSON.stringify({ _id: "section-3-4", i }))).toBe(202);
      await new Promise((resolve) => setTimeout(resolve, 90));
    }
    await settle();
    expect(builds()).toBe(before + 1);
    expect(server.status().lastBuild?.reasons).toEqual(["webhook"]);
    expect(logs.at(-1)).toContain("(webhook ×10)");
  });

  it("builds and publishes with a half-written draft next to the published documents", async () => {
    const chapter = lake.get("chapter-3") as LakeDocument;
    lake.put({ ...chapter, _id: "drafts.chapter-3", number: "drie", title: "Huiswerk (concept)" });
    edit("section-3-4", (section) => ({ ...section, title: "Wonen: met een concept ernaast" }));
    expect(await webhook()).toBe(202);
    await settle();
    expect(server.status().lastBuild?.ok).toBe(true);
    expect(await page(sectionPath)).toContain("Wonen: met een concept ernaast");
    expect(await page("/toolkit/")).not.toContain("Huiswerk (concept)");
    lake.remove("drafts.chapter-3");
  });

  it("keeps the previous site and PDF byte-identical when the new content is invalid, and says why", async () => {
    const pageBefore = await get(sectionPath);
    const pdfBefore = await get(toolkitPdfPath);
    const chapter = edit("chapter-3", (document) => ({ ...document, number: "drie" }));
    expect(await webhook()).toBe(202);
    await settle();
    const status = server.status();
    expect(status.lastBuild?.ok).toBe(false);
    expect(status.lastError?.message).toMatch(
      /validation failed: .*data\.ndjson:\d+: document chapter-3, field number/,
    );
    expect(logs.at(-1)).toMatch(/build failed .* the previous site stays served: .*chapter-3/);
    expect((await get(sectionPath)).bytes.equals(pageBefore.bytes)).toBe(true);
    expect((await get(toolkitPdfPath)).bytes.equals(pdfBefore.bytes)).toBe(true);
    // Fixed and published again: the next build succeeds and clears the error.
    lake.put(chapter);
    expect(await webhook()).toBe(202);
    await settle();
    expect(server.status().lastBuild?.ok).toBe(true);
    expect(server.status().lastError).toBeNull();
  });

  it("shows an event as past after a rebuild the day after it, without registration or calendar button", async () => {
    const before = await page(eventPath);
    expect(before).toContain("netwerkdag-2026.ics");
    expect(before).toContain("https://example.org/inschrijven/netwerkdag-2026");
    clock = new Date("2026-11-29T09:00:00Z");
    expect(await webhook()).toBe(202);
    await settle();
    const after = await page(eventPath);
    expect(after).not.toContain("netwerkdag-2026.ics");
    expect(after).not.toContain("https://example.org/inschrijven/netwerkdag-2026");
    expect(after).toMatch(/voorbij/i);
  });

  it("writes the read token into no file of the snapshots, releases or status, and no log line", () => {
    const files = allFiles(stateDir);
    expect(files.some((file) => file.endsWith("manifest.json"))).toBe(true);
    for (const file of files) {
      const bytes = readFileSync(file);
      expect(bytes.includes(token), file).toBe(false);
      expect(bytes.includes(token.slice(2, 26)), file).toBe(false);
    }
    expect(logs.join("\n")).not.toContain(token.slice(2, 26));
    expect(lake.requests.filter((request) => !request.path.startsWith("/assets/")).every((r) => r.authorised)).toBe(
      true,
    );
  });
});
