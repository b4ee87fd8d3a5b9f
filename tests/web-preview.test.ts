// The preview of drafts (`gastvrij preview-server`) against the local stand-in for the Sanity API, which holds a
// published toolkit section and a draft of it with another title: the preview shows the draft only after the Studio's
// preview secret (401 and no cookie without it), hides click-to-edit links in the preview's titles only, and a build of
// the public site from the same dataset shows the published title and contains no draft, stega, token or preview code.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vercelStegaDecode, vercelStegaSplit } from "@vercel/stega";
import type { Browser } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, serveStatic } from "../scripts/src/lib/static-server.js";
import { buildPreviewSite } from "../scripts/src/preview/site.js";
import { type ContentLake, type LakeDocument, startContentLake } from "./e2e/content-lake.js";
import { acquireBuildLock, buildSite, launchBrowser, repoRoot } from "./e2e/site.js";

const token = `sk${randomBytes(24).toString("hex")}`;
const secret = randomBytes(16).toString("hex");
const draftTitle = "Concepttitel die nog niet gepubliceerd is";
const draftSentence = "Deze zin staat alleen in het concept van de paragraaf.";
const newToolTitle = "Een tool die alleen als concept bestaat";
const newToolSlug = "tool-in-concept";
/** Invisible characters stega hides its links in (zero-width spaces and joiners, word joiner and friends, BOM). */
const stegaCharacters = /[\u200B-\u200D\u2060-\u2064\uFEFF]{2,}/u;

let lake: ContentLake;
let previewDir: string;
let staticDir: string;
let preview: ChildProcess | undefined;
let previewUrl: string;
let section: LakeDocument & { title: string; number: string; slug: { current: string } };
let sectionPath: string;

/** A draft of `published` with another title and one more paragraph at the end of its text. */
function draftOf(published: LakeDocument, title: string, sentence: string): LakeDocument {
  const body = (published.body as unknown[]) ?? [];
  const paragraph = {
    _type: "block",
    _key: "conceptzin",
    style: "normal",
    markDefs: [],
    children: [{ _type: "span", _key: "conceptzin-tekst", text: sentence, marks: [] }],
  };
  return { ...published, _id: `drafts.${published._id}`, title, body: [...body, paragraph] };
}

/** The text of a PDF, pages joined, spaces made single. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Starts `gastvrij preview-server` on a free port against the stand-in; resolves with its address. */
function startPreview(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      join(repoRoot, "node_modules", ".bin", "tsx"),
      [
        join(repoRoot, "scripts", "src", "cli.ts"),
        "preview-server",
        "--no-build",
        "--site-dir",
        previewDir,
        "--port",
        "0",
      ],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          SANITY_PROJECT_ID: "testproject",
          SANITY_DATASET: "production",
          SANITY_API_READ_TOKEN: token,
          GASTVRIJ_SANITY_API_HOST: lake.apiHost,
          GASTVRIJ_STUDIO_URL: "http://127.0.0.1:3333",
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    preview = child;
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk;
      const url = output.match(/preview server on (http:\/\/\S+)/)?.[1];
      if (url) resolve(url);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`preview-server exited (${code}):\n${output}`)));
  });
}

const get = (path: string, cookie?: string) =>
  fetch(new URL(path, previewUrl), { redirect: "manual", headers: cookie ? { cookie } : {} });

/** Opens the preview with the Studio's secret, as the Presentation tool does; resolves with the cookie it sets. */
async function enable(withSecret: string, pathname = sectionPath): Promise<Response> {
  const query = new URLSearchParams({ "sanity-preview-secret": withSecret, "sanity-preview-pathname": pathname });
  return get(`/_preview/enable?${query}`);
}

async function previewCookie(): Promise<string> {
  lake.addPreviewSecret(secret);
  const response = await enable(secret);
  expect(response.status).toBe(307);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

/** The text of the page's h1, as a reader sees it (stega removed) and with what it hides. */
function heading(html: string): { text: string; hidden: string } {
  const inner = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? "";
  const text = inner.replace(/<[^>]+>/g, "");
  const { cleaned, encoded } = vercelStegaSplit(text);
  return { text: cleaned.replace(/\s+/g, " ").trim(), hidden: encoded };
}

beforeAll(async () => {
  lake = await startContentLake(token);
  const published = lake.get("section-1-1") as typeof section | undefined;
  if (!published) throw new Error("the embedded dataset has no section-1-1");
  section = published;
  sectionPath = `/toolkit/${section.slug.current}/`;
  lake.put(draftOf(section, draftTitle, draftSentence));
  // A tool that exists only as a draft: a page in the preview, none on the site.
  const tool = lake.get("tool-budgetplanner");
  if (!tool) throw new Error("the embedded dataset has no tool-budgetplanner");
  lake.put({
    ...tool,
    _id: "drafts.tool-nog-niet-gepubliceerd",
    title: newToolTitle,
    slug: { _type: "slug", current: newToolSlug },
  });
  // The printer reads images over https only (Sanity's CDN); the stand-in serves them over http: print without.
  for (const id of ["section-3-2", "section-3-12"]) {
    const document = lake.get(id) as LakeDocument & { body: { _type: string }[] };
    lake.put({ ...document, body: document.body.filter((block) => block._type !== "image") });
  }

  previewDir = mkdtempSync(join(tmpdir(), "gastvrij-preview-site-"));
  staticDir = mkdtempSync(join(tmpdir(), "gastvrij-preview-static-"));
  const release = await acquireBuildLock();
  try {
    await buildPreviewSite(previewDir);
  } finally {
    release();
  }
  // The public site, built from the same dataset (drafts included) as a build of the live dataset is; the preview
  // mode's switch left in the environment changes nothing.
  await buildSite({
    outDir: staticDir,
    env: {
      GASTVRIJ_PREVIEW: "1",
      SANITY_PROJECT_ID: "testproject",
      SANITY_DATASET: "production",
      SANITY_API_READ_TOKEN: token,
      GASTVRIJ_SANITY_API_HOST: lake.apiHost,
    },
  });
  previewUrl = await startPreview();
}, 600_000);

afterAll(async () => {
  if (preview?.pid && preview.exitCode === null) {
    preview.removeAllListeners("exit");
    preview.kill("SIGTERM");
  }
  await lake?.close();
  for (const dir of [previewDir, staticDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the preview of drafts", () => {
  it("answers 401 without the Studio's secret, and sets no cookie", async () => {
    for (const path of [sectionPath, "/", "/toolkit/"]) {
      const response = await get(path);
      expect(response.status, path).toBe(401);
      expect(response.headers.get("set-cookie"), path).toBeNull();
      expect(await response.text()).not.toContain(draftTitle);
    }
    const missing = await get(`/_preview/enable?sanity-preview-pathname=${encodeURIComponent(sectionPath)}`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("set-cookie")).toBeNull();
    const wrong = await enable(randomBytes(16).toString("hex"));
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("set-cookie")).toBeNull();
    // A secret the Studio made more than an hour ago has expired.
    const old = randomBytes(16).toString("hex");
    lake.addPreviewSecret(old, { ageSeconds: 3_700 });
    const expired = await enable(old);
    expect(expired.status).toBe(401);
    expect(expired.headers.get("set-cookie")).toBeNull();
    // A cookie this server did not sign opens nothing.
    const forged = await get(sectionPath, `gastvrij-preview=${Date.now() + 3_600_000}.AAAA`);
    expect(forged.status).toBe(401);
  });

  it("shows the draft with a valid secret: the secret is checked in the dataset, the cookie opens the pages", async () => {
    lake.addPreviewSecret(secret);
    const response = await enable(secret);
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(sectionPath);
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^gastvrij-preview=[^;]+;/);
    expect(setCookie).toContain("HttpOnly");
    expect(lake.perspectives).toContain("raw");

    const page = await get(sectionPath, setCookie.split(";")[0]);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toContain("no-store");
    expect(page.headers.get("x-robots-tag")).toContain("noindex");
    const html = await page.text();
    expect(heading(html).text).toBe(`${section.number} ${draftTitle}`);
    expect(html).not.toContain(`> ${section.title}<`);
    expect(lake.perspectives).toContain("drafts");
  });

  it("shows a document that exists only as a draft at its own address, and 404 for an address with no document", async () => {
    const cookie = await previewCookie();
    const page = await get(`/tools/${newToolSlug}/`, cookie);
    expect(page.status).toBe(200);
    expect(heading(await page.text()).text).toBe(newToolTitle);
    expect(await (await get("/tools/", cookie)).text()).toContain(`href="/tools/${newToolSlug}/"`);
    expect((await get("/tools/bestaat-niet/", cookie)).status).toBe(404);
  });

  it("hides a click-to-edit link to the title's field in the Studio in the draft's title", async () => {
    const html = await (await get(sectionPath, await previewCookie())).text();
    const { hidden } = heading(html);
    expect(hidden).toMatch(stegaCharacters);
    const link = vercelStegaDecode(hidden) as { origin: string; href: string };
    expect(link.origin).toBe("sanity.io");
    expect(link.href).toContain("http://127.0.0.1:3333/intent/edit/");
    expect(link.href).toContain(`id=${section._id};type=toolkitSection;path=title`);
    // Only text carries the links: never an address, an attribute or the head (the tab's title, the feeds' names).
    const tags = html.match(/<[^>]+>/g) ?? [];
    expect(tags.length).toBeGreaterThan(100);
    for (const tag of tags) expect(tag).not.toMatch(stegaCharacters);
    expect(html.slice(0, html.indexOf("</head>"))).not.toMatch(stegaCharacters);
    expect(html).toContain('<a href="/toolkit/relatie-met-lokale-overheidsdiensten/" rel="next">');
  });

  it("shows a change to the draft on the next request", async () => {
    const cookie = await previewCookie();
    const changed = `${draftTitle}, herschreven`;
    lake.put(draftOf(section, changed, draftSentence));
    try {
      expect(heading(await (await get(sectionPath, cookie)).text()).text).toBe(`${section.number} ${changed}`);
    } finally {
      lake.put(draftOf(section, draftTitle, draftSentence));
    }
  });

  it("shows the published content when the editor switches to it in the Studio, and the drafts again", async () => {
    const access = await previewCookie();
    const choose = (perspective: string, cookie?: string) =>
      fetch(new URL("/_preview/perspective", previewUrl), {
        method: "POST",
        body: perspective,
        headers: cookie ? { cookie } : {},
      });
    expect((await choose("published")).status).toBe(401);
    const published = await choose("published", access);
    expect(await published.json()).toEqual({ perspective: "published", changed: true });
    const kept = (published.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(kept).toBe("gastvrij-preview-perspective=published");
    const page = await (await get(sectionPath, `${access}; ${kept}`)).text();
    expect(heading(page)).toEqual({ text: `${section.number} ${section.title}`, hidden: "" });

    // A release's stack of versions, or the drafts: the drafts.
    const back = await choose(JSON.stringify(["rRelease", "drafts"]), `${access}; ${kept}`);
    expect(await back.json()).toEqual({ perspective: "drafts", changed: true });
    const drafts = (back.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(heading(await (await get(sectionPath, `${access}; ${drafts}`)).text()).text).toBe(
      `${section.number} ${draftTitle}`,
    );

    // The Studio may open the preview in the published perspective.
    lake.addPreviewSecret(secret);
    const query = new URLSearchParams({
      "sanity-preview-secret": secret,
      "sanity-preview-pathname": sectionPath,
      "sanity-preview-perspective": "published",
    });
    const opened = await get(`/_preview/enable?${query}`);
    expect(opened.status).toBe(307);
    expect(opened.headers.getSetCookie().map((cookie) => cookie.split(";")[0])).toContain(
      "gastvrij-preview-perspective=published",
    );
  });

  it("never sends the read token to the browser", async () => {
    const cookie = await previewCookie();
    const html = await (await get(sectionPath, cookie)).text();
    expect(html).not.toContain(token);
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1] ?? "");
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(await (await get(script, cookie)).text()).not.toContain(token);
  });

  it("prints the draft of a section as a PDF, behind the same secret, and prints a change on the next request", async () => {
    const pdfPath = `/_preview/pdf/drafts.${section._id}`;
    const closed = await get(pdfPath);
    expect(closed.status).toBe(401);
    const cookie = await previewCookie();
    const started = performance.now();
    const response = await get(pdfPath, cookie);
    const firstMs = performance.now() - started;
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("cache-control")).toContain("no-store");
    const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain(draftTitle);
    expect(text).toContain(draftSentence);
    expect(text).not.toMatch(stegaCharacters);

    const changed = "Een nieuwe zin, net getypt in het concept.";
    lake.put(draftOf(section, draftTitle, changed));
    try {
      const again = performance.now();
      const next = await get(`/_preview/pdf/${section._id}`, cookie);
      const secondMs = performance.now() - again;
      expect(next.status).toBe(200);
      const nextText = await pdfText(new Uint8Array(await next.arrayBuffer()));
      expect(nextText).toContain(changed);
      expect(nextText).not.toContain(draftSentence);
      console.info(
        `print preview of ${section.number}: first ${firstMs.toFixed(0)} ms, after a change ${secondMs.toFixed(0)} ms`,
      );
    } finally {
      lake.put(draftOf(section, draftTitle, draftSentence));
    }
  });

  it("prints a chapter and a supplement as well, with the section's draft in its chapter", async () => {
    const cookie = await previewCookie();
    const chapter = await get("/_preview/pdf/chapter-1", cookie);
    expect(chapter.status).toBe(200);
    const chapterText = await pdfText(new Uint8Array(await chapter.arrayBuffer()));
    expect(chapterText).toContain("Achtergrond");
    expect(chapterText).toContain(draftSentence);
    const supplement = await get("/_preview/pdf/supplement-energie-en-water", cookie);
    expect(supplement.status).toBe(200);
    expect(await pdfText(new Uint8Array(await supplement.arrayBuffer()))).toContain(
      "Problemen met elektriciteit, gas en water voorkomen",
    );
  });

  it("says in Dutch when a document has no print preview", async () => {
    const cookie = await previewCookie();
    const missing = await get("/_preview/pdf/tool-niet-in-de-toolkit", cookie);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("staat (nog) niet in de toolkit");
    expect((await get("/_preview/pdf/..%2F..%2Fetc", cookie)).status).toBe(400);
    // A broken escape is no document either (not a server error).
    expect((await get("/_preview/pdf/section-1-1%E0%A4%A", cookie)).status).toBe(400);
  });

  it("keeps the public build free of the draft, stega, the token and the preview's code", () => {
    const sectionPage = readFileSync(join(staticDir, sectionPath, "index.html"), "utf8");
    expect(heading(sectionPage).text).toBe(`${section.number} ${section.title}`);
    const files = allFiles(staticDir);
    expect(files.length).toBeGreaterThan(20);
    // A static site: every page a file, no server.
    expect(files.filter((file) => file.endsWith(".html")).length).toBeGreaterThan(50);
    expect(files.some((file) => file.endsWith("entry.mjs"))).toBe(false);
    for (const file of files) {
      const bytes = readFileSync(file);
      const text = bytes.toString("utf8");
      expect(text.includes(draftTitle), file).toBe(false);
      expect(text.includes(draftSentence), file).toBe(false);
      expect(text.includes(newToolTitle) || text.includes(newToolSlug), file).toBe(false);
      expect(bytes.includes(token), file).toBe(false);
      expect(stegaCharacters.test(text), file).toBe(false);
      expect(text.includes("sanity.io/intent") || text.includes("/intent/edit/"), file).toBe(false);
      for (const code of [
        "enableVisualEditing",
        "visual-editing",
        "_preview/",
        "sanity-preview-secret",
        "gastvrij-preview",
      ]) {
        expect(text.includes(code), `${file} contains ${code}`).toBe(false);
      }
    }
  });
});

describe("the preview in headless Chromium", () => {
  let browser: Browser;
  let site: StaticServer;

  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveStatic(staticDir);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("opens the preview from the Studio's link and sees the draft title; the public site shows the published one", async () => {
    lake.addPreviewSecret(secret);
    const context = await browser.newContext({ locale: "nl-BE" });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const query = new URLSearchParams({ "sanity-preview-secret": secret, "sanity-preview-pathname": sectionPath });
    const response = await page.goto(new URL(`/_preview/enable?${query}`, previewUrl).href);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(sectionPath);
    const previewHeading = vercelStegaSplit((await page.locator("h1").textContent()) ?? "").cleaned;
    expect(previewHeading.replace(/\s+/g, " ").trim()).toBe(`${section.number} ${draftTitle}`);
    // The click-to-edit overlays run in the preview (they wait for the Studio around it), without errors.
    await page.waitForSelector("sanity-visual-editing", { state: "attached" });
    expect(errors).toEqual([]);

    const fresh = await browser.newContext({ locale: "nl-BE" });
    const visitor = await fresh.newPage();
    expect((await visitor.goto(new URL(sectionPath, previewUrl).href))?.status()).toBe(401);
    await visitor.goto(new URL(sectionPath, site.url).href);
    const publicHeading = (await visitor.locator("h1").textContent()) ?? "";
    expect(publicHeading.replace(/\s+/g, " ").trim()).toBe(`${section.number} ${section.title}`);
    expect(publicHeading).not.toMatch(stegaCharacters);
    expect(await visitor.locator("sanity-visual-editing").count()).toBe(0);
    await context.close();
    await fresh.close();
  });
});
