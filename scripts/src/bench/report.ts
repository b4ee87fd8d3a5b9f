/** The printed report of a benchmark run (plain-text tables) and the JSON file. */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { otherPrinters, type ProcessMeasurement, printerLabels } from "./pdf.js";
import type { BenchResults } from "./results.js";
import { ratio, type Timing } from "./stats.js";

const MB = 1024 * 1024;

/**
 * A plain-text table. `align` has one letter per column, `l` or `r`; default: the first column left, the others
 * right.
 */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], align = ""): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? "").length)));
  const left = (i: number) => (align[i] ?? (i === 0 ? "l" : "r")) === "l";
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (left(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].map((l) => `  ${l}`).join("\n");
}

/** Milliseconds with sensible precision: `0.012`, `1.35`, `48.2`, `1234`. */
export function ms(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "-";
  if (value < 0.1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

/** `p50 / p95` of a timing, in ms. */
export const p50p95 = (timing: Timing | undefined) => (timing ? `${ms(timing.p50)} / ${ms(timing.p95)}` : "-");
/** Bytes as MB with one decimal. */
export const mb = (bytes: number | undefined) => (bytes === undefined ? "-" : `${(bytes / MB).toFixed(1)} MB`);
/** A speed-up or slow-down factor. */
export const times = (value: number | undefined) =>
  value === undefined ? "-" : value >= 100 ? `${value.toFixed(0)}x` : `${value.toFixed(1)}x`;
const seconds = (value: number | undefined) => (value === undefined ? "-" : `${(value / 1000).toFixed(2)} s`);

/** The whole report as text. */
export function formatReport(results: BenchResults): string {
  const out: string[] = [];
  const m = results.machine;
  out.push(
    `gastvrij bench, ${results.date} — ${m.cpus} CPUs (${m.cpuModel}), ${mb(m.memoryBytes)}, Node ${m.node}, load ${m.loadStart.toFixed(1)}${
      m.loadEnd !== undefined ? ` → ${m.loadEnd.toFixed(1)}` : ""
    }${results.options.quick ? ", --quick" : ""}`,
  );
  out.push(
    "",
    "Datasets (Nx = N copies of every document; the toolkit is one edition with N times the sections)",
    table(
      ["dataset", "documents", "data.ndjson", "generated in"],
      results.datasets.map((d) => [
        d.label,
        String(d.documents),
        mb(d.bytes),
        d.generateMs ? seconds(d.generateMs) : "-",
      ]),
    ),
  );
  if (results.stepBaselineRss !== undefined) {
    out.push(
      `  Each in-process measurement runs in its own Node process; one that only loads the modules peaks at ${mb(results.stepBaselineRss)} RSS.`,
    );
  }

  if (results.load?.length) {
    out.push(
      "",
      "Load and parse the export, p50 / p95 ms",
      table(
        ["dataset", "documents", "readExport", "publishedDocuments", "index", "openLocalSource", "peak RSS"],
        results.load.map((l) => [
          l.dataset,
          String(l.documents),
          p50p95(l.read),
          p50p95(l.published),
          p50p95(l.index),
          p50p95(l.open),
          mb(l.peakRss),
        ]),
      ),
    );
  }

  for (const run of results.queries ?? []) {
    out.push(
      "",
      `Typed queries at ${run.dataset} (${run.documents} documents), p50 / p95 ms — local source (cached, as shipped), engine without result cache, typed function (zod), plain groq-js; peak RSS ${mb(run.peakRss)}`,
      table(
        ["query", "local", "uncached", "typed fn", "groq-js", "groq-js runs", "vs local", "vs uncached", "same"],
        run.queries.map((q) => [
          q.name,
          p50p95(q.local),
          p50p95(q.uncached),
          p50p95(q.typed),
          p50p95(q.plain),
          String(q.plain.runs),
          times(ratio(q.plain.p50, q.local.p50)),
          times(ratio(q.plain.p50, q.uncached.p50)),
          q.agrees ? "yes" : "NO",
        ]),
      ),
    );
  }

  if (results.html?.length) {
    out.push(
      "",
      "Portable Text → HTML, every section body per pass, p50 / p95 ms",
      table(
        ["dataset", "sections", "blocks", "to-html (bare)", "ours (renderHtml)", "ours / to-html", "peak RSS"],
        results.html.map((h) => [
          h.dataset,
          String(h.sections),
          String(h.blocks),
          p50p95(h.toHtml),
          h.ours ? p50p95(h.ours) : "not yet",
          h.ours ? times(ratio(h.ours.p50, h.toHtml.p50)) : "-",
          mb(h.peakRss),
        ]),
      ),
    );
  }

  if (results.typst?.length) {
    out.push(
      "",
      "Portable Text → Typst print tree, p50 / p95 ms",
      table(
        [
          "dataset",
          "sections",
          "supplements",
          "buildPrintBook",
          "toPrintBlocks (all sections)",
          "tree JSON",
          "peak RSS",
        ],
        results.typst.map((t) => [
          t.dataset,
          String(t.sections),
          String(t.supplements),
          p50p95(t.book),
          p50p95(t.sectionBlocks),
          mb(t.bookBytes),
          mb(t.peakRss),
        ]),
      ),
    );
  }

  if (results.pdf) {
    const { cliStartup, cases } = results.pdf;
    const row = (name: string, p: ProcessMeasurement | undefined, sections?: number, why?: string) =>
      p
        ? [
            name,
            String(sections || "-"),
            String(p.pages ?? (p.files !== undefined ? `${p.files} files` : "-")),
            `${seconds(p.wall.p50)} / ${seconds(p.wall.p95)}`,
            String(p.wall.runs),
            mb(p.peakTreeRss),
            mb(p.peakProcessRss),
          ]
        : [
            name,
            String(sections || "-"),
            "-",
            why?.startsWith("not available") ? "n/a" : "missing/failed",
            "-",
            "-",
            "-",
          ];
    out.push(
      "",
      "PDF of the toolkit, whole process (start, read, lay out, write), same content, wall p50 / p95",
      table(
        ["command", "sections", "pages", "wall", "runs", "peak RSS (tree)", "peak RSS (1 process)"],
        [
          row("gastvrij --help (compiled CLI start-up only)", cliStartup),
          ...cases.flatMap((c) => [
            row(`export-pdf ${c.dataset}`, c.exportPdf, c.sections),
            ...otherPrinters
              .filter((name) => c.printers[name])
              .map((name) =>
                row(`${printerLabels[name]} ${c.dataset}`, c.printers[name]?.run, c.sections, c.printers[name]?.error),
              ),
            ...(c.allParts
              ? [
                  row(
                    `export-pdf --all ${c.dataset} (parts + book, A4 + A5)`,
                    c.allParts.run,
                    c.sections,
                    c.allParts.error,
                  ),
                ]
              : []),
          ]),
        ],
      ),
    );
    for (const c of cases) {
      const compared = otherPrinters.flatMap((name) => {
        const run = c.printers[name]?.run;
        return run ? [`${printerLabels[name]} ${times(ratio(run.wall.p50, c.exportPdf.wall.p50))}`] : [];
      });
      if (compared.length) {
        out.push(
          `  ${c.dataset}: the time of export-pdf taken by ${compared.join(", ")} (their HTML made with ${c.printHtml?.renderer ?? "?"}, ${mb(c.printHtml?.bytes)}, beforehand and not timed)`,
        );
      }
      const errors = [
        ...otherPrinters.map((name) => {
          const error = c.printers[name]?.error;
          return error && `${printerLabels[name]}: ${error}`;
        }),
        c.allParts?.error && `export-pdf --all: ${c.allParts.error}`,
        ...(c.stepErrors ?? []),
      ];
      for (const error of errors) if (error) out.push(`  ${c.dataset}: ${error.split("\n")[0]}`);
    }
    /** A table with a row for each case that has `rows`' figures; nothing when none has. */
    const perCase = (title: string, headers: readonly string[], rows: string[][]) => {
      if (rows.length) out.push("", title, table(headers, rows));
    };
    perCase(
      "Inside export-pdf, one process: ms per phase",
      ["dataset", "open export", "query toolkit", "print tree", "Typst compile + PDF", "again, warm", "peak RSS"],
      cases.flatMap(({ dataset, phases: p }) =>
        p
          ? [
              [
                dataset,
                ms(p.openMs),
                ms(p.queryMs),
                ms(p.buildMs),
                ms(p.compileMs),
                ms(p.compileAgainMs),
                mb(p.peakRss),
              ],
            ]
          : [],
      ),
    );
    perCase(
      "A long-running process: the book once, then one section edited and the book made again (print tree + Typst + PDF), ms",
      ["dataset", "first book", "after each edit (section: ms)", "read content again", "peak RSS"],
      cases.flatMap(({ dataset, warm: w }) =>
        w
          ? [
              [
                dataset,
                ms(w.coldMs),
                w.edits.map((e) => `${e.section}: ${ms(e.ms)}`).join(", "),
                ms(w.readAgainMs),
                mb(w.peakRss),
              ],
            ]
          : [],
      ),
    );
  }

  if (results.site?.length) {
    out.push(
      "",
      "Site build (astro build + pagefind), gzip HTML+CSS per page",
      table(
        [
          "dataset",
          "pages",
          "wall",
          "astro",
          "pagefind",
          "peak RSS (tree)",
          "peak RSS (1 process)",
          "median page",
          "max page",
        ],
        results.site.map((s) => [
          s.dataset,
          String(s.pages),
          seconds(s.wallMs),
          seconds(s.astroMs),
          seconds(s.pagefindMs),
          mb(s.peakTreeRss),
          mb(s.peakProcessRss),
          s.medianPageBytes !== undefined ? `${(s.medianPageBytes / 1024).toFixed(1)} KB` : "-",
          s.maxPage ? `${(s.maxPage.bytes / 1024).toFixed(1)} KB ${s.maxPage.path}` : "-",
        ]),
      ),
    );
  }

  if (results.publish?.length) {
    const first = results.publish[0];
    const stepNames = [...new Set(results.publish.flatMap((p) => p.steps.map((s) => s.step)))];
    out.push(
      "",
      `Publish: signed webhook → the new section page and PDF served, from the webhook's 202 (publish server on a local stand-in of the Sanity API, quiet time ${first?.quietMs ?? "?"} ms, polled every ${first?.pollMs ?? "?"} ms), p50 of the runs; then the build's own steps, p50`,
      table(
        ["dataset", "documents", "runs", "→ page", "→ PDF", "→ both", "build", ...stepNames, "first build", "peak RSS"],
        results.publish.map((p) => [
          p.dataset,
          String(p.documents),
          String(p.toServed.runs),
          seconds(p.toPage.p50),
          seconds(p.toPdf.p50),
          seconds(p.toServed.p50),
          seconds(p.build.p50),
          ...stepNames.map((name) => seconds(p.steps.find((s) => s.step === name)?.ms)),
          seconds(p.firstBuildMs),
          mb(p.peakRss),
        ]),
      ),
      "  peak RSS: the step process (stand-in, server and the build's PDF step); validation and the site build are child processes",
      "",
      "Snapshot of the live dataset (@sanity/export from the stand-in over HTTP, assets included) against the same export read from disk, p50 / p95",
      table(
        ["dataset", "documents live / disk", "assets live / disk", "live", "disk", "live / disk", "runs"],
        results.publish.map(({ dataset, snapshot: s }) => [
          dataset,
          `${s.liveManifest.documentCount} / ${s.diskManifest.documentCount}`,
          `${s.liveManifest.assetCount} / ${s.diskManifest.assetCount}`,
          p50p95(s.live),
          p50p95(s.disk),
          times(s.liveOverDisk),
          String(s.live.runs),
        ]),
      ),
    );
  }

  out.push(
    "",
    "Goals",
    table(
      ["goal", "measured", "status", "how"],
      results.goals.map((g) => [g.goal, g.measured, g.status, g.note ?? ""]),
      "lrll",
    ),
  );
  if (results.errors.length) {
    out.push("", "Errors");
    for (const e of results.errors) out.push(`  ${e.measurement}: ${e.message}`);
  }
  return out.join("\n");
}

/** Writes the results as JSON (temporary file, then rename). */
export async function writeResults(results: BenchResults, file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(results, null, 2)}\n`);
  await rename(temporary, file);
}
