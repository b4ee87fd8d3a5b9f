/**
 * The other printers the PDF benchmark compares `gastvrij export-pdf` with, besides Chromium's plain print: WeasyPrint
 * (Debian's `weasyprint`, installed with apt-get when the bench runs as root and it is missing) and Chromium with
 * Paged.js (the `pagedjs` package's polyfill injected into the same print HTML). Each is found or said to be missing;
 * a missing printer is reported, never a reason to fail the run.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/** Where a printer is, or why it is not there. */
export type Found = { path: string } | { missing: string };

const onPath = (command: string): string | undefined => {
  const found = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() || undefined : undefined;
};

/**
 * Debian's WeasyPrint: `GASTVRIJ_BENCH_WEASYPRINT`, else `weasyprint` on PATH, else installed with apt-get when this
 * process is root (once; `log` says so), else missing with the command that installs it.
 */
export function findWeasyprint(log: (line: string) => void): Found {
  const configured = process.env.GASTVRIJ_BENCH_WEASYPRINT;
  if (configured) return { path: configured };
  const found = onPath("weasyprint");
  if (found) return { path: found };
  const canApt = process.getuid?.() === 0 && onPath("apt-get") !== undefined;
  if (!canApt) return { missing: "weasyprint is not installed (as root: apt-get install weasyprint)" };
  log("bench: apt-get install weasyprint (once)");
  const aptGet = (...args: string[]) =>
    spawnSync("apt-get", args, {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      stdio: ["ignore", 2, 2],
    }).status === 0;
  const install = () => aptGet("install", "-y", "-qq", "--no-install-recommends", "weasyprint");
  if (!install()) {
    // The package lists may be missing on a fresh machine: update them once and try again.
    aptGet("update", "-qq");
    install();
  }
  const installed = onPath("weasyprint");
  return installed ? { path: installed } : { missing: "weasyprint could not be installed with apt-get (see above)" };
}

/** The polyfill of the `pagedjs` package (a devDependency of scripts), or why it is missing. */
export function findPagedJs(): Found {
  try {
    // The package exports no subpaths: its polyfill sits in dist/, beside lib/ where its entry for require() is.
    const entry = createRequire(import.meta.url).resolve("pagedjs");
    const polyfill = join(dirname(entry), "..", "dist", "paged.polyfill.js");
    if (!existsSync(polyfill)) return { missing: `pagedjs has no ${polyfill}` };
    return { path: polyfill };
  } catch {
    return { missing: "pagedjs is not installed (pnpm install in the workspace installs it)" };
  }
}

/**
 * The print HTML with Paged.js: a configuration that raises `window.__pagedDone` when Paged.js has laid out every
 * page, and the polyfill itself, both at the end of the head (the polyfill starts when the document is parsed).
 */
export function withPagedJs(html: string, polyfill: string): string {
  const scripts = `<script>window.PagedConfig={auto:true,after:()=>{window.__pagedDone=true}}</script><script src="${pathToFileURL(polyfill).href}"></script>`;
  if (!html.includes("</head>")) throw new Error("the print HTML has no </head> to put Paged.js before");
  return html.replace("</head>", () => `${scripts}</head>`);
}

/** Writes the Paged.js variant of the print HTML file `html` to `out`. */
export async function writePagedHtml(html: string, out: string, polyfill: string): Promise<void> {
  await writeFile(out, withPagedJs(await readFile(html, "utf8"), polyfill));
}
