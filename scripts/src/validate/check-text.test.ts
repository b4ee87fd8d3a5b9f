import { execFile } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { defaultDatasetPath } from "@gastvrij/content/sources";
import { describe, expect, it } from "vitest";
import { checkTextOfExport, richTextFields } from "./check-text.js";
import { formatAdvice, formatProblem, formatTextSummary } from "./format-problems.js";
import { validateExport } from "./validate-export.js";

const here = dirname(fileURLToPath(import.meta.url));
/** One text with each problem once (see fixtures/text/README.md). */
const textDir = resolve(here, "fixtures/text");
const cleanDir = resolve(here, "fixtures/clean");
const repoRoot = resolve(here, "../../..");

/** `document field: message` of each finding, the message cut at its first `;` or `:`. */
const short = (report: Awaited<ReturnType<typeof checkTextOfExport>>) =>
  report.problems.map((problem) => `${problem.documentId} ${problem.path}: ${problem.message.split(/[;:]/)[0]}`);

describe("checkTextOfExport", () => {
  it("flags each problem of the fixture once, at its document, line and block", async () => {
    const report = await checkTextOfExport(textDir, { cwd: textDir });
    expect(short(report)).toEqual([
      "tool-huurgids body[2]: Kop ‘Huurwaarborg’ springt van niveau 2 naar 4",
      "tool-huurgids body[3].alt: Beschrijf de afbeelding in de alternatieve tekst",
      "tool-huurgids body[4]: Linktekst ‘hier’ zegt niet waar de link naartoe gaat",
      "tool-huurgids body[5]: Linktekst ‘https",
      "tool-huurgids body[6]: 3 alinea’s na elkaar beginnen als een opsomming (vanaf ‘- identiteitskaart’)",
      "tool-huurgids body[9]: De zin ‘Wie een woning zoekt op de private huurmarkt, …’ telt 35 woorden",
      "tool-huurgids body[10]: De zinnen van deze alinea (vanaf ‘Vrijwilligers gaan samen met het gezin mee naar …’) tellen gemiddeld 23,7 woorden",
      "signal-waarborg description[0]: Deze alinea heeft 2 regels die beginnen als een opsomming (vanaf ‘1. het huurcontract’)",
    ]);
    expect(report.problems.every((problem) => problem.level === "warning")).toBe(true);
    expect(report.problems.map((problem) => problem.line)).toEqual([1, 1, 1, 1, 1, 1, 1, 2]);
    const [first] = report.problems;
    expect(first && formatAdvice(first)).toBe(
      "data.ndjson:1: document tool-huurgids, field body[2]: Kop ‘Huurwaarborg’ springt van niveau 2 naar 4; gebruik niveau 3.",
    );
    expect(report.checked).toBe(3);
    expect(formatTextSummary(report)).toBe(
      "text: 3 documents checked; 8 findings in 2 documents (advice: they do not block publishing)",
    );
  });

  it("checks drafts only when asked, and their findings are notes", async () => {
    const report = await checkTextOfExport(textDir, { cwd: textDir, drafts: true });
    const notes = report.problems.filter((problem) => problem.level === "note");
    expect(notes.map((problem) => formatAdvice(problem))).toEqual([
      "note: data.ndjson:4: document drafts.page-huren (draft), field body[1]: Linktekst ‘Lees meer’ zegt niet waar de link naartoe gaat; schrijf bijvoorbeeld ‘inschrijvingsformulier’.",
    ]);
    expect(formatTextSummary(report)).toBe(
      "text: 4 documents checked; 8 findings in 2 documents; 1 note in 1 unpublished document (advice: they do not block publishing)",
    );
  });

  it("finds nothing in the clean fixture, nor in the embedded dataset (drafts included)", async () => {
    const clean = await checkTextOfExport(cleanDir, { drafts: true });
    expect(clean.problems.map((problem) => formatProblem(problem))).toEqual([]);
    const embedded = await checkTextOfExport(defaultDatasetPath(), { drafts: true });
    expect(embedded.problems.map((problem) => formatProblem(problem))).toEqual([]);
    expect(embedded.checked).toBeGreaterThan(50);
    expect(formatTextSummary(embedded)).toBe(`text: ${embedded.checked} documents checked; no findings`);
  });

  it("reads the rich-text fields of each type from the Studio's schema", () => {
    expect(richTextFields("event")).toEqual(["body", "report"]);
    expect(richTextFields("signal")).toEqual(["description"]);
    expect(richTextFields("toolkitEdition")).toEqual(["intro", "colophon"]);
    expect(richTextFields("theme")).toEqual([]);
  });

  it("says what `validate` says: the Studio's warnings at the same places (the image's alt text an error there)", async () => {
    const [text, validated] = await Promise.all([checkTextOfExport(textDir), validateExport(textDir)]);
    // (validate orders a document's problems by field path as text: body[10] before body[2].)
    const lines = (problems: typeof text.problems) =>
      problems.map((problem) => `${problem.documentId} ${problem.path}: ${problem.message}`).sort();
    expect(lines(validated.problems.filter((problem) => problem.level === "warning"))).toEqual(
      lines(text.problems.filter((problem) => !problem.path?.endsWith(".alt"))),
    );
    expect(lines(validated.problems.filter((problem) => problem.level === "error"))).toEqual(
      lines(text.problems.filter((problem) => problem.path?.endsWith(".alt"))),
    );
  });
});

describe("gastvrij check-text (command)", () => {
  const run = promisify(execFile);
  const cli = (dataset: string, ...extra: string[]) =>
    run(
      process.execPath,
      ["--import", "tsx", join(repoRoot, "scripts/src/cli.ts"), "check-text", "--dataset", dataset, ...extra],
      { cwd: repoRoot, env: { ...process.env, GASTVRIJ_CWD: dataset } },
    ).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  it("prints every finding as file:line, document, field and message, then the count; exit 0 unless --strict", async () => {
    const [advice, strict, cleanStrict, drafts] = await Promise.all([
      cli(textDir),
      cli(textDir, "--strict"),
      cli(cleanDir, "--strict"),
      cli(textDir, "--drafts"),
    ]);
    expect(advice.code, advice.stderr).toBe(0);
    const lines = advice.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe(
      "data.ndjson:1: document tool-huurgids, field body[2]: Kop ‘Huurwaarborg’ springt van niveau 2 naar 4; gebruik niveau 3.",
    );
    expect(lines.slice(0, -1).every((line) => /^data\.ndjson:\d+: document \S+, field \S+: \S/.test(line))).toBe(true);
    expect(lines.at(-1)).toBe(
      "text: 3 documents checked; 8 findings in 2 documents (advice: they do not block publishing)",
    );
    expect(advice.stderr).toBe("");

    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(advice.stdout);
    expect(cleanStrict.code, cleanStrict.stderr).toBe(0);
    expect(cleanStrict.stdout).toMatch(/^text: \d+ documents checked; no findings$/m);

    expect(drafts.code).toBe(0);
    expect(drafts.stdout).toMatch(/^note: data\.ndjson:4: document drafts\.page-huren \(draft\), field body\[1\]: /m);
  });
});
