/**
 * The site build as `pnpm --filter @gastvrij/web run build` does it (astro build, then the Pagefind index), on a
 * given dataset into a temporary folder, with wall time, peak memory and the compressed weight of each page.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchDataset } from "./datasets.js";
import { type CommandRun, runCommand } from "./processes.js";
import { median } from "./stats.js";

export interface PageWeight {
  /** Site path, e.g. `/toolkit/wonen/`. */
  path: string;
  /** gzip-compressed bytes of the HTML plus every local stylesheet it links. */
  bytes: number;
}

export interface SiteResult {
  dataset: string;
  /** Wall time of astro build + pagefind. */
  wallMs: number;
  astroMs: number;
  pagefindMs: number;
  /** Highest peak of the summed RSS of the build's process tree, bytes. */
  peakTreeRss?: number;
  /** Highest peak RSS of one process (the astro build, in practice), bytes. */
  peakProcessRss?: number;
  pages: number;
  /** Heaviest page by gzip-compressed HTML+CSS. */
  maxPage?: PageWeight;
  /** Median page weight (gzip HTML+CSS), bytes. */
  medianPageBytes?: number;
}

/** Builds the site from `dataset` into `outDir`. @throws Error when a build step fails. */
export async function measureSite(dataset: BenchDataset, outDir: string, pnpm = "pnpm"): Promise<SiteResult> {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: "1",
    GASTVRIJ_DATASET: dataset.path,
    GASTVRIJ_WEB_OUT_DIR: outDir,
  };
  // The web package's `build` script runs Pagefind on `dist`: run its two steps so the index is made of `outDir`.
  const astro = await runCommand(pnpm, ["--filter", "@gastvrij/web", "--silent", "run", "build:site"], { env });
  const pagefind = await runCommand(
    pnpm,
    ["--filter", "@gastvrij/web", "--silent", "exec", "pagefind", "--site", outDir, "--silent"],
    { env },
  );
  const peak = (key: keyof Pick<CommandRun, "peakTreeRss" | "peakProcessRss">) => {
    const values = [astro[key], pagefind[key]].filter((v): v is number => v !== undefined);
    return values.length ? Math.max(...values) : undefined;
  };
  const weights = pageWeights(outDir);
  const heaviest = weights.reduce<PageWeight | undefined>(
    (max, page) => (!max || page.bytes > max.bytes ? page : max),
    undefined,
  );
  const mid = median(weights.map((page) => page.bytes));
  const tree = peak("peakTreeRss");
  const single = peak("peakProcessRss");
  return {
    dataset: dataset.label,
    wallMs: astro.wallMs + pagefind.wallMs,
    astroMs: astro.wallMs,
    pagefindMs: pagefind.wallMs,
    ...(tree !== undefined ? { peakTreeRss: tree } : {}),
    ...(single !== undefined ? { peakProcessRss: single } : {}),
    pages: weights.length,
    ...(heaviest ? { maxPage: heaviest } : {}),
    ...(mid !== undefined ? { medianPageBytes: mid } : {}),
  };
}

/**
 * The gzip-compressed weight (HTML + the local stylesheets it links) of every HTML page under `root`, except the
 * Pagefind UI's own files.
 */
export function pageWeights(root: string): PageWeight[] {
  const cssCache = new Map<string, number>();
  const cssBytes = (href: string) => {
    const file = join(root, href.split(/[?#]/)[0] as string);
    let bytes = cssCache.get(file);
    if (bytes === undefined) {
      bytes = gzipSync(readFileSync(file)).length;
      cssCache.set(file, bytes);
    }
    return bytes;
  };
  const pages: PageWeight[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "pagefind") walk(full);
      } else if (entry.name.endsWith(".html")) {
        const html = readFileSync(full);
        let bytes = gzipSync(html).length;
        for (const href of stylesheets(html.toString("utf8"))) bytes += cssBytes(href);
        const path = `/${relative(root, full).split(sep).join("/")}`.replace(/index\.html$/, "");
        pages.push({ path, bytes });
      }
    }
  };
  walk(root);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** Local stylesheet hrefs (`/_astro/x.css`) linked by an HTML page. */
export function stylesheets(html: string): string[] {
  const hrefs: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel=["']?stylesheet\b/i.test(tag)) continue;
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href?.startsWith("/") && !href.startsWith("//")) hrefs.push(href);
  }
  return hrefs;
}
