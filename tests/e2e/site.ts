/**
 * Helpers for the site tests: build `apps/web/dist` when it is missing or older than its sources, serve it on
 * 127.0.0.1 and launch the Debian Chromium through playwright-core.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Root, RootContent } from "hast";
import { select, selectAll } from "hast-util-select";
import { type Browser, chromium, type Page } from "playwright-core";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { type StaticServer, serveStatic } from "../../scripts/src/lib/static-server.js";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const webDir = join(repoRoot, "apps", "web");
export const distDir = join(webDir, "dist");
export const pdfFile = join(distDir, "toolkit", "gastvrij-netwerk-toolkit.pdf");
/** The A5 booklet of the whole book: written with the parts by `export-pdf --all`. */
const bookletFile = join(distDir, "toolkit", "gastvrij-netwerk-toolkit-a5-boekje.pdf");
export const chromiumPath = "/usr/bin/chromium";

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry === "dist" || entry === ".astro") continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Inputs of the site build: when any is newer than `dist/index.html`, the site is rebuilt. */
const buildInputs = [
  join(webDir, "src"),
  join(webDir, "public"),
  join(webDir, "astro.config.mjs"),
  join(repoRoot, "packages", "content", "src"),
  join(repoRoot, "packages", "content", "dataset", "embedded"),
];

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], timeout: 300_000 });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${relative(repoRoot, args[0] ?? command)} failed (${code}):\n${output}`)),
    );
  });
}

/**
 * Takes the lock shared by all test files that build the site (two Astro builds at once would share its caches and
 * the two cores), waiting for it; resolves with the function that releases it.
 */
export async function acquireBuildLock(): Promise<() => void> {
  const lock = join(tmpdir(), "gastvrij-web-build.lock");
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { force: true, recursive: true });
    } catch {
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0;
      if (Date.now() - since > 600_000) rmSync(lock, { force: true, recursive: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Runs `fn` while holding the build lock, so two files never build at the same time. */
async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  const release = await acquireBuildLock();
  try {
    return await fn();
  } finally {
    release();
  }
}

/**
 * The clock of the test builds: a fixed moment in the sample content's year, so that which events are coming and
 * which are over (and so which pages have a registration and a calendar button) does not change with the day the
 * tests run. A test that needs another moment passes its own `GASTVRIJ_NOW`.
 */
export const testBuildMoment = "2026-11-20T10:00:00Z";

async function buildUnlocked(outDir: string, extraEnv: NodeJS.ProcessEnv): Promise<void> {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: "1",
    GASTVRIJ_WEB_OUT_DIR: outDir,
    GASTVRIJ_NOW: testBuildMoment,
    ...extraEnv,
  };
  // The site's own build script: astro build and the Pagefind index into a staging folder, swapped in when complete.
  await run(process.execPath, [join(webDir, "scripts", "build.mjs"), "--silent"], webDir, env);
}

/**
 * Builds the site as `pnpm --filter @gastvrij/web run build` does (astro build, then the Pagefind index) into `dist`,
 * or into `outDir`, with extra environment variables.
 */
export function buildSite(options: { env?: NodeJS.ProcessEnv; outDir?: string } = {}): Promise<void> {
  return withBuildLock(() => buildUnlocked(options.outDir ?? distDir, options.env ?? {}));
}

/** Writes the toolkit's PDFs (the whole book and its parts, A4 and A5) into `dist` with the project's CLI. */
async function exportPdfUnlocked(): Promise<void> {
  const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
  const cli = join(repoRoot, "scripts", "src", "cli.ts");
  await run(tsx, [cli, "export-pdf", "--all", "--out-dir", dirname(pdfFile)], repoRoot).catch((error: Error) =>
    console.warn(`export-pdf failed, the PDF is not in dist: ${error.message}`),
  );
}

/** Written into `dist` after a test build: a `dist` from `npm start` (the real clock) is built again for the tests. */
const testBuildStamp = join(distDir, ".test-build-moment");

function isStale(): boolean {
  const index = join(distDir, "index.html");
  return (
    !existsSync(index) ||
    !existsSync(testBuildStamp) ||
    readFileSync(testBuildStamp, "utf8") !== testBuildMoment ||
    !existsSync(join(distDir, "pagefind")) ||
    Math.max(...buildInputs.map(newestMtime)) > statSync(index).mtimeMs
  );
}

/** Builds `dist` when it is missing or older than its sources, then adds the PDF when it is missing. */
export function ensureBuilt(): Promise<void> {
  const embedded = join(repoRoot, "packages", "content", "dataset", "embedded");
  if (!process.env.GASTVRIJ_DATASET && !existsSync(embedded) && !existsSync(join(distDir, "index.html"))) {
    throw new Error(
      `the site is built from the embedded dataset, which is missing (${relative(repoRoot, embedded)}): ` +
        "generate it with `pnpm --filter @gastvrij/content run dataset:build`, or set GASTVRIJ_DATASET",
    );
  }
  return withBuildLock(async () => {
    if (isStale()) {
      await buildUnlocked(distDir, {});
      writeFileSync(testBuildStamp, testBuildMoment);
    }
    if (!existsSync(pdfFile) || !existsSync(bookletFile)) await exportPdfUnlocked();
  });
}

/** Every HTML file under `dist` (or another built site), as site paths (`/toolkit/wonen/`). */
export function sitePages(site = distDir): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "pagefind" && entry.name !== "_astro") walk(full);
      } else if (entry.name.endsWith(".html")) {
        const path = `/${relative(site, full)}`;
        pages.push(path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path);
      }
    }
  };
  walk(site);
  return pages.sort();
}

/** The file of a site path in a built site (`/toolkit/` → `<site>/toolkit/index.html`). */
export function fileOfPage(path: string, site = distDir): string {
  return join(site, decodeURIComponent(path.endsWith("/") ? `${path}index.html` : path));
}

/** One page per template: the pages axe and the browser checks visit. */
export function templatePages(): string[] {
  const pages = sitePages();
  const first = (pattern: RegExp) => {
    const page = pages.find((path) => pattern.test(path));
    if (!page) throw new Error(`no built page matches ${pattern}`);
    return page;
  };
  const optional = (pattern: RegExp) => pages.filter((path) => pattern.test(path)).slice(0, 1);
  return [
    "/",
    "/toolkit/",
    ...toolkitPages(),
    first(/^\/toolkit\/bijlage\/[^/]+\/$/),
    "/tools/",
    first(/^\/tools\/thema\/[^/]+\/$/),
    first(/^\/tools\/(?!thema\/)[^/]+\/$/),
    "/agenda/",
    first(/^\/agenda\/[^/]+\/$/),
    "/nieuws/",
    // The news items and the organisation's own pages, once the content has them.
    ...optional(/^\/nieuws\/[^/]+\/$/),
    ...optional(/^\/(?!(?:toolkit|tools|agenda|nieuws|signalen|themas|zoeken)\/)[^/.]+\/$/),
    "/signalen/",
    first(/^\/signalen\/[^/]+\/$/),
    "/themas/",
    first(/^\/themas\/[^/]+\/$/),
    "/zoeken/",
    "/404.html",
  ];
}

/** The first chapter page and the first section page, read from the toolkit overview. */
export function toolkitPages(): [chapter: string, section: string] {
  const overview = readFileSync(join(distDir, "toolkit", "index.html"), "utf8");
  const chapter = overview.match(/id="pg-hoofdstuk-\d+"><a href="([^"]+)"/)?.[1];
  const section = overview.match(/class="number">[\d.]+<\/span> <a href="([^"]+)"/)?.[1];
  if (!chapter || !section) throw new Error("the toolkit overview lists no chapter or no section");
  return [chapter, section];
}

export async function startServer(): Promise<StaticServer> {
  return serveStatic(distDir, { host: "127.0.0.1", port: 0 });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** The text of an HTML node. */
export function textOf(node: Root | RootContent): string {
  if (node.type === "text") return node.value;
  return "children" in node ? node.children.map(textOf).join("") : "";
}

/** A built page, parsed (parse5 through rehype-parse). */
export function parsePage(path: string, site = distDir): Root {
  return unified()
    .use(rehypeParse)
    .parse(readFileSync(fileOfPage(path, site), "utf8"));
}

/** A link to a download as a page shows it: the page, the link, its text and the "(pdf, 1,2 MB)" beside it. */
export interface FileLinkSeen {
  page: string;
  href: string;
  title: string;
  facts: string;
}

const sizeUnits: Record<string, number> = { byte: 1, bytes: 1, kB: 1e3, MB: 1e6, GB: 1e9 };

/**
 * Whether "1,2 MB" (as the site writes it, decimal comma, kB = 1000 bytes) can be `bytes`: the number, rounded to
 * the decimal shown, is the size in that unit.
 */
export function sizeMatches(shown: string, bytes: number): boolean {
  const match = shown.match(/^(\d+)(?:,(\d))?\s(bytes?|kB|MB|GB)$/);
  if (!match) return false;
  const [, whole, decimal, unit] = match as [string, string, string | undefined, string];
  const factor = sizeUnits[unit] ?? Number.NaN;
  if (factor === 1) return Number(whole) === bytes;
  const value = Number(`${whole}.${decimal ?? 0}`);
  const step = decimal !== undefined || value < 10 ? 0.1 : 1;
  return bytes >= (value - step / 2) * factor && bytes < (value + step / 2) * factor;
}

/**
 * Every download link (`a.file-link`) on every page of a built site, parsed, with what is wrong with it: a local
 * file must be at `/bestanden/<8 hex>/<safe name>` in the build, its type the file's extension and its size the
 * file's byte size; a remote one must be https. Also every file under `/bestanden/` must be linked from a page.
 */
export function checkFileLinks(site = distDir): { links: FileLinkSeen[]; problems: string[] } {
  const links: FileLinkSeen[] = [];
  const problems: string[] = [];
  for (const page of sitePages(site)) {
    const tree = parsePage(page, site);
    for (const item of selectAll("li:has(> a.file-link)", tree)) {
      const link = select("a.file-link", item);
      const href = String(link?.properties.href ?? "");
      const facts = textOf(select(".file-facts", item) ?? { type: "text", value: "" }).replace(/\s/g, " ");
      links.push({ page, href, title: link ? textOf(link) : "", facts });
      const [type, size] = facts.replace(/^\((.*)\)$/, "$1").split(", ") as [string, string | undefined];
      if (href.startsWith("https://")) continue;
      if (!/^\/bestanden\/[0-9a-f]{8}\/[a-z0-9][a-z0-9.-]*$/.test(href) || href.includes("..")) {
        problems.push(`${page}: ${href} is not a safe /bestanden/ address`);
        continue;
      }
      const file = join(site, href);
      if (!existsSync(file)) {
        problems.push(`${page}: ${href} is not in the build`);
        continue;
      }
      if (type !== href.split(".").pop()) problems.push(`${page}: ${href} shows the type "${type}"`);
      const bytes = statSync(file).size;
      if (!size || !sizeMatches(size, bytes)) problems.push(`${page}: ${href} shows "${facts}" for ${bytes} bytes`);
    }
  }
  const folder = join(site, "bestanden");
  const linked = new Set(links.map((link) => link.href));
  if (existsSync(folder)) {
    for (const hash of readdirSync(folder)) {
      for (const name of readdirSync(join(folder, hash))) {
        if (!linked.has(`/bestanden/${hash}/${name}`))
          problems.push(`/bestanden/${hash}/${name} is linked from no page`);
      }
    }
  }
  return { links, problems };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The axe-core violations of the page open in `page`, as `rule: targets` lines (none: `[]`). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
    const result = await (window as any).axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    ) as string[];
  });
}
