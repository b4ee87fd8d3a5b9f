import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openLocalSource } from "@gastvrij/content/sources";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDraftSummary, formatProblem, formatSummary } from "./format-problems.js";
import { runValidate } from "./validate-cli.test-helper.js";
import type { DatasetProblem, DatasetReport } from "./validate-dataset.js";
import { validateExport } from "./validate-export.js";

const here = dirname(fileURLToPath(import.meta.url));
const cleanDir = resolve(here, "fixtures/clean");
/** Half-written drafts and a release version (see fixtures/drafts/README.md), appended to the clean export. */
const draftsFile = resolve(here, "fixtures/drafts/drafts.ndjson");

type Doc = Record<string, unknown> & { _id: string; _type: string };

let work: string;
let cleanLines: string[];
let draftLines: string[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "gastvrij-validate-"));
  cleanLines = (await readFile(join(cleanDir, "data.ndjson"), "utf8")).trimEnd().split("\n");
  draftLines = (await readFile(draftsFile, "utf8")).trimEnd().split("\n");
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

let copies = 0;
/** A copy of the clean export (with its images) whose data.ndjson lines are changed by `edit`. */
async function brokenCopy(edit: (lines: string[]) => string[]): Promise<string> {
  const dir = join(work, `copy-${++copies}`);
  await cp(cleanDir, dir, { recursive: true });
  await writeFile(join(dir, "data.ndjson"), `${edit([...cleanLines]).join("\n")}\n`);
  return dir;
}

/** Changes the document with `id` (keeping it on its line). */
function editDoc(id: string, change: (doc: Doc) => void) {
  return (lines: string[]) =>
    lines.map((line) => {
      const doc = JSON.parse(line) as Doc;
      if (doc._id !== id) return line;
      change(doc);
      return JSON.stringify(doc);
    });
}

const lineOf = (id: string) => cleanLines.findIndex((line) => (JSON.parse(line) as Doc)._id === id) + 1;
const errors = (report: DatasetReport) => report.problems.filter((problem) => problem.level === "error");
const notes = (report: DatasetReport) => report.problems.filter((problem) => problem.level === "note");

async function check(dir: string): Promise<DatasetReport> {
  return validateExport(dir, { cwd: dir });
}

describe("validateExport", () => {
  it("passes the clean fixture: every type, custom blocks, a series, a draft and a system document", async () => {
    const report = await check(cleanDir);
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.validated).toBe(cleanLines.length - 1);
    expect(report.skipped).toBe(1);
    expect(formatSummary(report)).toBe(
      `valid: ${cleanLines.length - 1} documents checked, 1 system document skipped; 0 errors, 0 warnings`,
    );
  });

  it("names file and line of a malformed NDJSON line, without a stack trace", async () => {
    const dir = await brokenCopy((lines) => [...lines.slice(0, 3), '{"_id": "theme-x", "_type": ', ...lines.slice(3)]);
    const report = await check(dir);
    expect(report.problems).toHaveLength(1);
    const [problem] = report.problems as [DatasetProblem];
    expect(problem).toMatchObject({ level: "error", file: "data.ndjson", line: 4 });
    expect(formatProblem(problem)).toMatch(/^data\.ndjson:4: /);
    expect(formatProblem(problem)).not.toMatch(/\n\s+at /);
  });

  it("reports a missing required field with document id and field path", async () => {
    const dir = await brokenCopy(editDoc("chapter-3", (doc) => delete doc.title));
    const [problem, ...rest] = errors(await check(dir));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: lineOf("chapter-3"), documentId: "chapter-3", path: "title" });
    expect(formatProblem(problem as DatasetProblem)).toBe(
      `data.ndjson:${lineOf("chapter-3")}: document chapter-3, field title: Vul de titel van het hoofdstuk in.`,
    );
  });

  it("reports a bad slug and a slug used twice (as errors, not warnings)", async () => {
    const dir = await brokenCopy((lines) =>
      editDoc("theme-budgetbeheer", (doc) => {
        doc.slug = { _type: "slug", current: "Budget Beheer" };
      })([
        ...lines,
        JSON.stringify({
          _id: "tool-tweede",
          _type: "tool",
          title: "Tweede",
          slug: { _type: "slug", current: "budgetplanner" },
          summary: "Nog een planner.",
        }),
      ]),
    );
    const report = await check(dir);
    const found = errors(report);
    expect(found).toEqual([
      expect.objectContaining({
        documentId: "theme-budgetbeheer",
        path: "slug",
        message: expect.stringMatching(/kleine letters/),
      }),
      expect.objectContaining({
        documentId: "tool-budgetplanner",
        path: "slug",
        message: expect.stringMatching(/al in gebruik/),
      }),
      expect.objectContaining({ documentId: "tool-tweede", line: cleanLines.length + 1, path: "slug" }),
    ]);
    // The draft that uses the same slug is told so too, as a note (drafts never block).
    const [draft, ...others] = notes(report);
    expect(others).toEqual([]);
    expect(draft).toMatchObject({ documentId: "drafts.tool-budgetplanner", draft: true, path: "slug" });
    expect(formatProblem(draft as DatasetProblem)).toMatch(
      /^note: data\.ndjson:\d+: document drafts\.tool-budgetplanner \(draft\), field slug: .*al in gebruik/,
    );
  });

  it("reports a dangling reference (weak references excepted) and a reference to a draft-only document", async () => {
    const dir = await brokenCopy((lines) =>
      editDoc("section-3-12", (doc) => {
        (doc.themes as Array<Record<string, unknown>>).push({
          _type: "reference",
          _ref: "theme-weg",
          _key: "t2",
          _weak: true,
        });
        const body = doc.body as Array<{ markDefs?: Array<{ reference?: { _ref: string } }> }>;
        const mark = body[1]?.markDefs?.[0];
        if (mark?.reference) mark.reference._ref = "tool-bestaat-niet";
      })(
        editDoc("event-intervisie", (doc) => {
          doc.organiser = { _type: "reference", _ref: "org-nieuw" };
        })([
          ...lines,
          JSON.stringify({
            _id: "drafts.org-nieuw",
            _type: "organisation",
            name: "Nieuw",
            slug: { _type: "slug", current: "nieuw" },
            kind: "member",
          }),
        ]),
      ),
    );
    const found = errors(await check(dir));
    expect(found.map(formatProblem)).toEqual([
      `data.ndjson:${lineOf("section-3-12")}: document section-3-12, field body[1].markDefs[0].reference: reference to missing document tool-bestaat-niet`,
      `data.ndjson:${lineOf("event-intervisie")}: document event-intervisie, field organiser: reference to document org-nieuw, which exists only as an unpublished draft`,
    ]);
  });

  it("reports a duplicate _id and an unknown _type on their own lines", async () => {
    const dir = await brokenCopy((lines) => [
      ...lines,
      lines[lineOf("theme-budgetbeheer") - 1] as string,
      JSON.stringify({ _id: "recipe-soep", _type: "recipe", title: "Soep" }),
    ]);
    const found = errors(await check(dir));
    expect(found.map(formatProblem)).toEqual([
      `data.ndjson:${cleanLines.length + 1}: document theme-budgetbeheer: duplicate _id: the same id is already used on line ${lineOf("theme-budgetbeheer")}`,
      `data.ndjson:${cleanLines.length + 2}: document recipe-soep: unknown _type "recipe" (the Studio has no document type with that name)`,
    ]);
  });

  it("blocks a public signal with an e-mail address and only warns for an internal one", async () => {
    const addEmail = (doc: Doc) => {
      const body = doc.description as Array<{ children: Array<{ text: string }> }>;
      const span = body[0]?.children[0];
      if (span) span.text += " Meer info bij jan.peeters@voorbeeld.be.";
    };
    const dir = await brokenCopy((lines) =>
      editDoc("signal-intern", addEmail)(editDoc("signal-huurwaarborg", addEmail)(lines)),
    );
    const report = await check(dir);
    expect(report.problems).toEqual([
      expect.objectContaining({
        level: "error",
        line: lineOf("signal-huurwaarborg"),
        documentId: "signal-huurwaarborg",
        path: "description",
        message: expect.stringMatching(/publiek.*e-mailadres \(jan\.peeters@voorbeeld\.be\)/),
      }),
      expect.objectContaining({ level: "warning", documentId: "signal-intern", path: "description" }),
    ]);
  });

  it("reports rule failures deep in Portable Text and objects: link scheme, image alt, series, end before start", async () => {
    const dir = await brokenCopy((lines) =>
      editDoc("section-3-12", (doc) => {
        const body = doc.body as Array<Record<string, unknown>>;
        const defs = body[2]?.markDefs as Array<{ href: string }>;
        if (defs[0]) defs[0].href = "javascript:alert(1)";
        delete body[7]?.alt;
      })(
        editDoc("event-intervisie", (doc) => {
          doc.end = "2026-12-03T17:00:00Z";
          (doc.recurrence as Record<string, unknown>).weekday = "TU";
        })(lines),
      ),
    );
    const found = errors(await check(dir)).map((problem) => `${problem.documentId} ${problem.path}`);
    expect(found).toEqual([
      "section-3-12 body[2].markDefs[0].href",
      "section-3-12 body[7].alt",
      "event-intervisie end",
      "event-intervisie recurrence",
    ]);
  });

  it("reports a missing file asset (files and a report file) naming file:line, document and field", async () => {
    const dir = await brokenCopy((lines) => lines);
    await rm(join(dir, "files/statuten.pdf"));
    await rm(join(dir, "files/verslag-intervisie.pdf"));
    expect(errors(await check(dir)).map(formatProblem)).toEqual([
      `data.ndjson:${lineOf("event-intervisie")}: document event-intervisie, field reportFile: asset file not found: file@file://./files/verslag-intervisie.pdf`,
      `data.ndjson:${lineOf("page-over-ons")}: document page-over-ons, field files[0]: asset file not found: file@file://./files/statuten.pdf`,
    ]);
  });

  it("refuses a file path that leaves the export or has an unsafe name: one error naming file:line, document and field", async () => {
    const cases: [string, string][] = [
      ["file@file://./../../etc/passwd", "leaves the export folder"],
      ["file@file:///etc/passwd", "is absolute"],
      ["file@file://./files/<script>.pdf", 'unsafe file name "<script>.pdf"'],
      ["file@file://./files/a\u0000b.pdf", "control character"],
    ];
    for (const [ref, reason] of cases) {
      const dir = await brokenCopy(
        editDoc("news-projectoproep", (doc) => {
          (doc.files as Doc[])[1] = { ...(doc.files as Doc[])[1], _sanityAsset: ref } as Doc;
        }),
      );
      const report = await check(dir);
      expect(report.problems, ref).toHaveLength(1);
      const line = formatProblem(report.problems[0] as DatasetProblem);
      expect(line, ref).toMatch(
        new RegExp(`^data\\.ndjson:${lineOf("news-projectoproep")}: document news-projectoproep, field files\\[1\\]: `),
      );
      expect(line, ref).toContain(reason);
    }
  });

  it("reports an asset document whose URL is a file on the machine", async () => {
    const asset = { _id: "file-passwd", _type: "sanity.fileAsset", url: "file:///etc/passwd" };
    const report = await check(await brokenCopy((lines) => [...lines, JSON.stringify(asset)]));
    expect(errors(report).map(formatProblem)).toEqual([
      `data.ndjson:${cleanLines.length + 1}: document file-passwd, field url: asset document with a URL that is not a web address ("file:///etc/passwd"): an export's own files are given by _sanityAsset`,
    ]);
  });

  it("reports a missing image file of the export", async () => {
    const dir = await brokenCopy((lines) => lines);
    await rm(join(dir, "images/schema.svg"));
    expect(errors(await check(dir)).map(formatProblem)).toEqual([
      `data.ndjson:${lineOf("section-3-12")}: document section-3-12, field body[7]: asset file not found: image@file://./images/schema.svg`,
    ]);
  });
});

/** The clean export with the half-written drafts of fixtures/drafts appended (lines after the clean ones). */
const withDrafts = (lines: string[]) => [...lines, ...draftLines];
const draftLineOf = (id: string) =>
  cleanLines.length + draftLines.findIndex((line) => (JSON.parse(line) as Doc)._id === id) + 1;

describe("drafts and release versions never block", () => {
  it("valid published documents with half-written drafts: no errors, every draft problem a note", async () => {
    const report = await check(await brokenCopy(withDrafts));
    expect(errors(report)).toEqual([]);
    expect(report.problems.filter((problem) => problem.level === "warning")).toEqual([]);
    const found = notes(report);
    expect(found.every((problem) => problem.draft === true)).toBe(true);
    expect(found.map((problem) => `${problem.line} ${problem.documentId} ${problem.path}`)).toEqual([
      `${draftLineOf("drafts.chapter-3")} drafts.chapter-3 number`,
      `${draftLineOf("drafts.chapter-3")} drafts.chapter-3 number`,
      `${draftLineOf("drafts.section-3-13")} drafts.section-3-13 body`,
      `${draftLineOf("drafts.section-3-13")} drafts.section-3-13 themes[0]`,
      `${draftLineOf("drafts.section-3-13")} drafts.section-3-13 title`,
      `${draftLineOf("versions.rvoorjaar.theme-budgetbeheer")} versions.rvoorjaar.theme-budgetbeheer slug`,
    ]);
    expect(formatProblem(found[0] as DatasetProblem)).toBe(
      `note: data.ndjson:${draftLineOf("drafts.chapter-3")}: document drafts.chapter-3 (draft), field number: Vul het nummer van het hoofdstuk in als geheel getal van 1 of meer.`,
    );
    // A draft may point at a document that does not exist (yet): a note, never an error.
    expect(formatProblem(found[3] as DatasetProblem)).toBe(
      `note: data.ndjson:${draftLineOf("drafts.section-3-13")}: document drafts.section-3-13 (draft), field themes[0]: reference to missing document theme-bestaat-niet`,
    );
    expect(formatProblem(found[5] as DatasetProblem)).toMatch(
      /^note: data\.ndjson:\d+: document versions\.rvoorjaar\.theme-budgetbeheer \(release version\), field slug: /,
    );
    expect(formatDraftSummary(report)).toBe(
      "note: 6 problems in 2 drafts and 1 release version (not published; they do not block a build). See them with --drafts.",
    );
    expect(formatSummary(report)).toMatch(/^valid: .*; 0 errors, 0 warnings$/);
  });

  it("the readers of an export leave the half-written drafts out (the local source answers from published ones)", async () => {
    const source = await openLocalSource({ dataset: await brokenCopy(withDrafts) });
    const ids = await source.fetch<string[]>("*[]._id");
    expect(ids).toContain("chapter-3");
    expect(ids.filter((id) => id.startsWith("drafts.") || id.startsWith("versions."))).toEqual([]);
    expect(await source.fetch<number>(`*[_id == "chapter-3"][0].number`)).toBe(3);
  });

  it("a draft's id used twice is still an error: every reader of the export refuses it", async () => {
    const draft = cleanLines[lineOf("drafts.tool-budgetplanner") - 1] as string;
    const report = await check(await brokenCopy((lines) => [...lines, draft]));
    expect(errors(report).map(formatProblem)).toEqual([
      `data.ndjson:${cleanLines.length + 1}: document drafts.tool-budgetplanner (draft): duplicate _id: the same id is already used on line ${lineOf("drafts.tool-budgetplanner")}`,
    ]);
  });

  it("the same problem in the published document is an error naming file:line, document and field", async () => {
    const report = await check(await brokenCopy(editDoc("chapter-3", (doc) => (doc.number = "drie"))));
    expect(errors(report).map(formatProblem)).toEqual([
      `data.ndjson:${lineOf("chapter-3")}: document chapter-3, field number: Vul het nummer van het hoofdstuk in als geheel getal van 1 of meer.`,
      `data.ndjson:${lineOf("chapter-3")}: document chapter-3, field number: Expected type "Number", got "String"`,
    ]);
    expect(notes(report)).toEqual([]);
    expect(formatDraftSummary(report)).toBeUndefined();
  });

  it("a draft's missing file is a note; the same file missing from the published document is an error", async () => {
    const news = JSON.parse(cleanLines[lineOf("news-projectoproep") - 1] as string) as Doc;
    const draft = JSON.stringify({ ...news, _id: "drafts.news-projectoproep" }).replace(
      "./files/begroting.ods",
      "./files/nog-niet-opgeladen.ods",
    );
    const report = await check(await brokenCopy((lines) => [...lines, draft]));
    expect(errors(report)).toEqual([]);
    expect(notes(report).map(formatProblem)).toEqual([
      `note: data.ndjson:${cleanLines.length + 1}: document drafts.news-projectoproep (draft), field files[1]: asset file not found: file@file://./files/nog-niet-opgeladen.ods`,
    ]);
    const published = await check(
      await brokenCopy((lines) => lines.map((line) => line.replace("./files/begroting.ods", "./files/weg.ods"))),
    );
    expect(errors(published).map(formatProblem)).toEqual([
      `data.ndjson:${lineOf("news-projectoproep")}: document news-projectoproep, field files[1]: asset file not found: file@file://./files/weg.ods`,
    ]);
  });

  it("a draft cannot make a published document invalid: a renumbered chapter, a slug taken, a missing image", async () => {
    const chapter = JSON.parse(cleanLines[lineOf("chapter-3") - 1] as string) as Doc;
    const section = JSON.parse(cleanLines[lineOf("section-3-12") - 1] as string) as Doc;
    const draftSection = JSON.stringify({ ...section, _id: "drafts.section-3-12" }).replace(
      "./images/schema.svg",
      "./images/nog-niet-opgeladen.svg",
    );
    const dir = await brokenCopy((lines) => [
      ...lines,
      // In the Studio, the published section 3.12 would now sit in chapter 4: published, it is still in chapter 3.
      JSON.stringify({ ...chapter, _id: "drafts.chapter-3", number: 4 }),
      // A new theme in a draft that takes a published theme's slug.
      JSON.stringify({
        _id: "drafts.theme-nieuw",
        _type: "theme",
        title: "Budget",
        slug: { _type: "slug", current: "budgetbeheer" },
        kind: "dailyLife",
        order: 20,
      }),
      draftSection,
    ]);
    const report = await check(dir);
    expect(errors(report).map(formatProblem)).toEqual([]);
    expect(notes(report).map((problem) => `${problem.documentId} ${problem.path}: ${problem.message}`)).toEqual([
      expect.stringMatching(/^drafts\.theme-nieuw slug: .*al in gebruik/),
      expect.stringMatching(/^drafts\.section-3-12 body\[7\]: asset file not found: .*nog-niet-opgeladen\.svg$/),
      // The draft of the section is checked as the Studio checks it: against the draft of its chapter.
      expect.stringMatching(/^drafts\.section-3-12 number: Het nummer 3\.12 begint met 3, maar .* hoofdstuk 4/),
    ]);
  });
});

describe("gastvrij validate (command)", () => {
  const cli = runValidate;

  it("exits 0 on half-written drafts with one note; --drafts lists each; the same problem published exits 1", async () => {
    const drafts = await brokenCopy(withDrafts);
    const published = await brokenCopy(editDoc("chapter-3", (doc) => (doc.number = "drie")));
    const [summary, listed, failed] = await Promise.all([
      cli(drafts),
      cli(drafts, "--drafts"),
      cli(published, "--drafts"),
    ]);

    expect(summary.code, summary.stderr).toBe(0);
    expect(summary.stderr.trimEnd().split("\n")).toEqual([
      "note: 6 problems in 2 drafts and 1 release version (not published; they do not block a build). See them with --drafts.",
    ]);
    expect(summary.stdout).toMatch(/^valid: .*; 0 errors, 0 warnings$/m);

    expect(listed.code, listed.stderr).toBe(0);
    const lines = listed.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(7);
    expect(lines.every((line) => line.startsWith("note: "))).toBe(true);
    expect(lines).toContain(
      `note: data.ndjson:${draftLineOf("drafts.chapter-3")}: document drafts.chapter-3 (draft), field number: Vul het nummer van het hoofdstuk in als geheel getal van 1 of meer.`,
    );
    expect(lines.at(-1)).toBe(
      "note: 6 problems in 2 drafts and 1 release version (not published; they do not block a build).",
    );

    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(
      `data.ndjson:${lineOf("chapter-3")}: document chapter-3, field number: Vul het nummer van het hoofdstuk in als geheel getal van 1 of meer.`,
    );
    expect(failed.stderr).not.toMatch(/^note:/m);
    expect(failed.stdout).toMatch(/^invalid: .*; 2 errors, 0 warnings$/m);
  });

  it("--strict fails on warnings of published documents, not on notes", async () => {
    const result = await cli(await brokenCopy(withDrafts), "--strict");
    expect(result.code, result.stderr).toBe(0);
  });

  it("exits 1 on a published document's missing file and on a file path out of the export, without a stack trace", async () => {
    const missing = await brokenCopy((lines) => lines);
    await rm(join(missing, "files/statuten.pdf"));
    const escaping = await brokenCopy((lines) =>
      lines.map((line) => line.replace("./files/programma.pdf", "./../../../etc/passwd")),
    );
    const [lost, out] = await Promise.all([cli(missing), cli(escaping)]);
    expect(lost.code).toBe(1);
    expect(lost.stderr.trimEnd()).toBe(
      `data.ndjson:${lineOf("page-over-ons")}: document page-over-ons, field files[0]: asset file not found: file@file://./files/statuten.pdf`,
    );
    expect(out.code).toBe(1);
    expect(out.stderr.trimEnd()).toBe(
      `data.ndjson:${lineOf("event-intervisie")}: document event-intervisie, field files[0]: asset path "file@file://./../../../etc/passwd" leaves the export folder`,
    );
    expect(out.stdout).toMatch(/^invalid: /m);
  });

  it("exits 0 on the clean fixture and 1 with file:line output on a broken copy", async () => {
    const dir = await brokenCopy(editDoc("chapter-3", (doc) => delete doc.title));
    const [clean, broken] = await Promise.all([cli(cleanDir), cli(dir)]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^valid: \d+ documents checked/m);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(
      `data.ndjson:${lineOf("chapter-3")}: document chapter-3, field title: Vul de titel`,
    );
    expect(broken.stdout).toMatch(/^invalid: .*; 1 error, 0 warnings$/m);
  });
});
