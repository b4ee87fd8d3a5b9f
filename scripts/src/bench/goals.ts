/** The headline goals of the pipeline, checked against one run's figures. */
import { type OtherPrinter, type PdfCase, printerLabels } from "./pdf.js";
import type { BenchResults } from "./results.js";
import { median, ratio } from "./stats.js";

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

  goals.push(...pdfGoals(results));

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

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * The PDF goals of issue 12 ("Done when"), each from one run: export-pdf (whole command) against the other printers
 * of the same content, its memory at 10x, the warm path after an edit, and all parts from one command.
 */
export function pdfGoals(results: BenchResults): Goal[] {
  const cases = results.pdf?.cases ?? [];
  const byLabel = (label: string) => cases.find((c) => c.dataset === label);
  const goals: Goal[] = [];
  /** Adds a goal; `format` prints the measured value, `-` when there is none. */
  const push = (
    id: string,
    goal: string,
    value: number | undefined,
    format: (v: number) => string,
    pass: (v: number) => boolean,
    note: string,
  ) =>
    goals.push({
      id,
      goal,
      measured: value !== undefined ? format(value) : "-",
      ...(value !== undefined ? { value } : {}),
      status: check(value, pass),
      note,
    });
  /** How many times faster export-pdf is than `printer` on `c`, or why that is unknown. */
  const speedup = (c: PdfCase | undefined, printer: OtherPrinter): { x?: number; note: string } => {
    if (!c) return { note: "not run" };
    const other = c.printers[printer];
    if (!other?.run) return { note: `${printerLabels[printer]}: ${other?.error ?? "not measured"}` };
    return {
      x: ratio(other.run.wall.p50, c.exportPdf.wall.p50),
      note: `${c.dataset}: export-pdf ${seconds(c.exportPdf.wall.p50)}, ${printerLabels[printer]} ${seconds(other.run.wall.p50)}`,
    };
  };
  /** The smallest speed-up over the 1x and 10x toolkits (both must be faster). */
  const worstOf = (printer: OtherPrinter) => {
    const each = ["1x", "10x"].map((label) => speedup(byLabel(label), printer));
    const known = each.filter((s): s is { x: number; note: string } => s.x !== undefined);
    return {
      x: known.length ? Math.min(...known.map((s) => s.x)) : undefined,
      note: each.map((s) => s.note).join("; "),
    };
  };

  for (const [id, label, goal, least] of [
    ["pdf-vs-chromium", "1x", "export-pdf ≥ 3x faster than Chromium's plain print (embedded toolkit)", 3],
    ["pdf-vs-chromium-10x", "10x", "export-pdf ≥ 2x faster than Chromium's plain print at 10x", 2],
  ] as const) {
    const chromium = speedup(byLabel(label), "chromium");
    push(
      id,
      goal,
      chromium.x,
      (v) => `${v.toFixed(2)}x`,
      (v) => v >= least,
      `whole processes, p50 wall; ${chromium.note}`,
    );
  }

  const big = byLabel("10x");
  const peak = big?.exportPdf.peakTreeRss !== undefined ? big.exportPdf.peakTreeRss / MB : undefined;
  push(
    "pdf-memory",
    "export-pdf at 10x: peak memory of the process tree ≤ 400 MB",
    peak,
    (v) => `${v.toFixed(0)} MB`,
    (v) => v <= 400,
    big ? `summed RSS of the command's process tree, ${big.exportPdf.pages ?? "?"} pages` : "not run",
  );

  for (const [id, printer, goal, least, note] of [
    [
      "pdf-vs-weasyprint",
      "weasyprint",
      "export-pdf ≥ 5x faster than WeasyPrint at 1x and 10x",
      5,
      "smallest of the two",
    ],
    ["pdf-vs-pagedjs", "pagedjs", "export-pdf ≥ 10x faster than Chromium with Paged.js", 10, "smallest of 1x and 10x"],
  ] as const) {
    const worst = worstOf(printer);
    push(
      id,
      goal,
      worst.x,
      (v) => `${v.toFixed(1)}x`,
      (v) => v >= least,
      `${note}; ${worst.note}`,
    );
  }

  for (const [label, limit] of [
    ["1x", 300],
    ["10x", 1000],
  ] as const) {
    const warm = byLabel(label)?.warm;
    const edits = warm?.edits.map((e) => e.ms) ?? [];
    const typical = median(edits);
    push(
      `pdf-warm-${label}`,
      `after a one-section edit, a new PDF in ≤ ${seconds(limit)} in a warm process (${label})`,
      typical,
      seconds,
      (v) => v <= limit,
      warm
        ? `median of ${edits.length} edits (sections ${warm.edits.map((e) => e.section).join(", ")}; slowest ${seconds(Math.max(...edits))}): print tree + Typst + PDF with the process's compiler; the first book took ${seconds(warm.coldMs)}, reading the content again ${seconds(warm.readAgainMs)}`
        : "not run",
    );
  }

  const parts = cases
    .map((c) => ({ c, x: ratio(c.allParts?.run?.wall.p50, c.exportPdf.wall.p50) }))
    .filter((p): p is { c: PdfCase; x: number } => p.x !== undefined);
  const worstParts = parts.length ? parts.reduce((a, b) => (b.x > a.x ? b : a)) : undefined;
  const partsError = cases.find((c) => c.allParts?.error)?.allParts?.error;
  push(
    "pdf-all-parts",
    "all parts + the whole book, A4 and A5, from one command ≤ 2x the time of the whole book alone",
    worstParts?.x,
    (v) => `${v.toFixed(2)}x`,
    (v) => v <= 2,
    worstParts
      ? parts
          .map(
            ({ c, x }) =>
              `${c.dataset}: ${seconds(c.allParts?.run?.wall.p50 ?? 0)} for ${c.allParts?.run?.files ?? "?"} files, ${x.toFixed(2)}x the whole book`,
          )
          .join("; ")
      : (partsError ?? "not run"),
  );
  return goals;
}
