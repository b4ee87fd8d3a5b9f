/** The headline goals of the pipeline, checked against one run's figures. */
import type { BenchResults } from "./results.js";
import { ratio } from "./stats.js";

export type GoalStatus = "PASS" | "MISS" | "n/a";

export interface Goal {
  id: string;
  goal: string;
  /** The figure as printed, e.g. `14.2x` or `2.31 s`. */
  measured: string;
  value?: number;
  status: GoalStatus;
  /** What was measured where, or why it was not. */
  note?: string;
}

const MB = 1024 * 1024;
/** The query goal is stated at 10,000 documents. */
export const queryGoalDocuments = 10_000;

const check = (value: number | undefined, pass: (v: number) => boolean): GoalStatus =>
  value === undefined ? "n/a" : pass(value) ? "PASS" : "MISS";

/** Evaluates every goal; a goal whose measurement did not run is `n/a`. */
export function evaluateGoals(results: BenchResults): Goal[] {
  const goals: Goal[] = [];

  // Queries: the slowest typed query's speed-up over plain groq-js, at the dataset nearest 10,000 documents.
  const queryRuns = results.queries ?? [];
  const nearest = [...queryRuns].sort(
    (a, b) => Math.abs(a.documents - queryGoalDocuments) - Math.abs(b.documents - queryGoalDocuments),
  )[0];
  if (nearest) {
    const speedups = nearest.queries.map((q) => ({ name: q.name, x: ratio(q.plain.p50, q.local.p50) ?? 0 }));
    const worst = speedups.reduce((min, q) => (q.x < min.x ? q : min));
    const cold = nearest.queries
      .map((q) => ({ name: q.name, x: ratio(q.plain.p50, q.uncached.p50) ?? 0 }))
      .reduce((min, q) => (q.x < min.x ? q : min));
    goals.push({
      id: "queries",
      goal: "typed queries ≥ 10x faster than plain groq-js at 10,000 documents",
      measured: `${worst.x.toFixed(0)}x`,
      value: worst.x,
      status: check(worst.x, (v) => v >= 10),
      note: `smallest speed-up: ${worst.name}, p50 local source vs plain groq-js, ${nearest.dataset} (${nearest.documents} documents); without the result cache: smallest ${cold.x.toFixed(1)}x (${cold.name})`,
    });
  } else goals.push({ id: "queries", goal: "typed queries ≥ 10x plain groq-js", measured: "-", status: "n/a" });

  // HTML: our pipeline against bare to-html over every section body of the biggest dataset measured.
  const html = (results.html ?? []).at(-1);
  const htmlRatio = html?.ours ? ratio(html.ours.p50, html.toHtml.p50) : undefined;
  goals.push({
    id: "html",
    goal: "Portable Text → HTML ≤ 2x the time of bare to-html",
    measured: htmlRatio !== undefined ? `${htmlRatio.toFixed(2)}x` : "-",
    ...(htmlRatio !== undefined ? { value: htmlRatio } : {}),
    status: check(htmlRatio, (v) => v <= 2),
    note: html
      ? html.ours
        ? `${html.dataset}, ${html.sections} section bodies per pass, p50`
        : "renderHtml is not exported by @gastvrij/content yet: nothing of ours to measure"
      : "not run",
  });

  // PDF against Chromium on the embedded toolkit.
  const pdf = results.pdf?.cases ?? [];
  const base = pdf.find((c) => c.dataset === "1x");
  const speed = base?.chromium ? ratio(base.chromium.wall.p50, base.exportPdf.wall.p50) : undefined;
  goals.push({
    id: "pdf-vs-chromium",
    goal: "export-pdf ≥ 3x faster than Chromium printing the embedded toolkit",
    measured: speed !== undefined ? `${speed.toFixed(2)}x` : "-",
    ...(speed !== undefined ? { value: speed } : {}),
    status: check(speed, (v) => v >= 3),
    note: base
      ? base.chromium
        ? `whole processes, p50 wall: export-pdf ${(base.exportPdf.wall.p50 / 1000).toFixed(2)} s, Chromium ${(base.chromium.wall.p50 / 1000).toFixed(2)} s`
        : (base.chromiumError ?? "Chromium not measured")
      : "not run",
  });

  const big = pdf.find((c) => c.dataset === "10x");
  const bigSeconds = big ? big.exportPdf.wall.p50 / 1000 : undefined;
  goals.push({
    id: "pdf-10x",
    goal: "export-pdf of the 10x toolkit ≤ 3 s",
    measured: bigSeconds !== undefined ? `${bigSeconds.toFixed(2)} s` : "-",
    ...(bigSeconds !== undefined ? { value: bigSeconds } : {}),
    status: check(bigSeconds, (v) => v <= 3),
    note: big
      ? `${big.sections || "?"} sections, ${big.exportPdf.pages ?? "?"} pages, p50 wall of the whole command`
      : "not run",
  });

  const peaks = pdf.map((c) => c.exportPdf.peakTreeRss).filter((v): v is number => v !== undefined);
  const peak = peaks.length ? Math.max(...peaks) / MB : undefined;
  goals.push({
    id: "pdf-memory",
    goal: "export-pdf peak memory ≤ 400 MB",
    measured: peak !== undefined ? `${peak.toFixed(0)} MB` : "-",
    ...(peak !== undefined ? { value: peak } : {}),
    status: check(peak, (v) => v <= 400),
    note:
      peak !== undefined
        ? `summed RSS of the command's process tree, highest of ${pdf.map((c) => c.dataset).join(" and ")}`
        : "not run",
  });

  // Site build.
  const site = results.site ?? [];
  const one = site.find((s) => s.dataset === "1x");
  const ten = site.find((s) => s.dataset === "10x");
  const oneSeconds = one ? one.wallMs / 1000 : undefined;
  goals.push({
    id: "site-1x",
    goal: "site build ≤ 20 s (1x)",
    measured: oneSeconds !== undefined ? `${oneSeconds.toFixed(1)} s` : "-",
    ...(oneSeconds !== undefined ? { value: oneSeconds } : {}),
    status: check(oneSeconds, (v) => v <= 20),
    note: one ? `astro build + pagefind, ${one.pages} pages` : "not run",
  });
  const growth = one && ten ? ratio(ten.wallMs, one.wallMs) : undefined;
  goals.push({
    id: "site-10x",
    goal: "site build at 10x ≤ 3x the time of 1x",
    measured: growth !== undefined ? `${growth.toFixed(2)}x` : "-",
    ...(growth !== undefined ? { value: growth } : {}),
    status: check(growth, (v) => v <= 3),
    note: ten ? `${(ten.wallMs / 1000).toFixed(1)} s for ${ten.pages} pages` : "not run",
  });
  const heaviest = one?.maxPage ? one.maxPage.bytes / 1024 : undefined;
  goals.push({
    id: "page-weight",
    goal: "≤ 40 KB HTML+CSS per page (gzip)",
    measured: heaviest !== undefined ? `${heaviest.toFixed(1)} KB` : "-",
    ...(heaviest !== undefined ? { value: heaviest } : {}),
    status: check(heaviest, (v) => v <= 40),
    note: one?.maxPage
      ? `heaviest page of the 1x site: ${one.maxPage.path}; median ${((one.medianPageBytes ?? 0) / 1024).toFixed(1)} KB${
          ten?.maxPage
            ? `; at 10x the heaviest is ${ten.maxPage.path}, ${(ten.maxPage.bytes / 1024).toFixed(1)} KB`
            : ""
        }`
      : "not run",
  });
  return goals;
}
