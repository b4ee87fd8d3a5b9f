/**
 * `gastvrij validate` refuses a character the printed toolkit cannot show (an emoji, a CJK character) in a published
 * chapter, section or supplement, naming file, line, document and field, so a build stops there and not in the PDF
 * step; in a draft it is a note. The Studio's error for the same character is not repeated. `gastvrij check-text`
 * lists them as advice.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkText } from "./check-text.js";
import { formatAdvice, formatProblem } from "./format-problems.js";
import { runValidate } from "./validate-cli.test-helper.js";
import { validateExport } from "./validate-export.js";

const here = dirname(fileURLToPath(import.meta.url));
const cleanDir = resolve(here, "fixtures/clean");

type Doc = Record<string, unknown> & { _id: string; _type: string; body: Array<Record<string, unknown>> };

const message =
  "Het teken 😀 (U+1F600) kan niet gedrukt worden in de pdf van de toolkit: haal het weg of vervang het door tekst.";

let work: string;
let lines: string[];
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "gastvrij-printable-"));
  lines = (await readFile(join(cleanDir, "data.ndjson"), "utf8")).trimEnd().split("\n");
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const lineOf = (id: string) => lines.findIndex((line) => (JSON.parse(line) as Doc)._id === id) + 1;

/** The section 3.12 of the clean fixture with an emoji in its third block and in its title. */
function withEmoji(id: string): string {
  const section = JSON.parse(lines[lineOf("section-3-12") - 1] ?? "{}") as Doc;
  const block = section.body[2] as { children: Array<{ text: string }> };
  const span = block.children[0];
  if (span) span.text = `${span.text} 😀`;
  return JSON.stringify({ ...section, _id: id, title: `${section.title} 😀` });
}

/** A copy of the clean export (with its files) whose data.ndjson is `data`. */
async function copyWith(name: string, data: string[]): Promise<string> {
  const dir = join(work, name);
  await cp(cleanDir, dir, { recursive: true });
  await writeFile(join(dir, "data.ndjson"), `${data.join("\n")}\n`);
  return dir;
}

const cli = runValidate;

describe("an unprintable character in a printed document", () => {
  it("is an error in a published section, at its field, without the Studio's error again", async () => {
    const line = lineOf("section-3-12");
    const dir = await copyWith(
      "published",
      lines.map((text, index) => (index === line - 1 ? withEmoji("section-3-12") : text)),
    );
    const report = await validateExport(dir, { cwd: dir });
    expect(report.problems.map(formatProblem)).toEqual([
      `data.ndjson:${line}: document section-3-12, field body[2]: ${message}`,
      `data.ndjson:${line}: document section-3-12, field title: ${message}`,
    ]);
    expect(report.problems.every((problem) => problem.level === "error")).toBe(true);
  });

  it("stops `gastvrij validate` (exit 1) when published, and is a note (exit 0) in a draft", async () => {
    const line = lineOf("section-3-12");
    const [published, draft] = await Promise.all([
      copyWith(
        "cli-published",
        lines.map((text, index) => (index === line - 1 ? withEmoji("section-3-12") : text)),
      ),
      copyWith("cli-draft", [...lines, withEmoji("drafts.section-3-12")]),
    ]);
    const [failed, passed] = await Promise.all([cli(published), cli(draft, "--drafts")]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`data.ndjson:${line}: document section-3-12, field body[2]: ${message}`);
    expect(failed.stdout).toMatch(/^invalid: .*; 2 errors, 0 warnings$/m);

    expect(passed.code, passed.stderr).toBe(0);
    expect(passed.stderr).toContain(
      `note: data.ndjson:${lines.length + 1}: document drafts.section-3-12 (draft), field body[2]: ${message}`,
    );
    expect(passed.stdout).toMatch(/^valid: .*; 0 errors, 0 warnings$/m);
  });
});

describe("gastvrij check-text", () => {
  it("flags an emoji and a CJK character in a printed document's text and title, and nothing in a tool", () => {
    const section = JSON.parse(withEmoji("section-3-12")) as Doc;
    const chapter = JSON.parse(lines[lineOf("chapter-3") - 1] ?? "{}") as Doc;
    chapter.summary = "Wonen in 東京.";
    const tool = { ...section, _id: "tool-x", _type: "tool", title: "Tool 😀" };
    const report = checkText({
      file: "data.ndjson",
      documents: [
        { document: section, line: 7 },
        { document: chapter, line: 8 },
        { document: tool, line: 9 },
      ],
    });
    expect(report.problems.map(formatAdvice)).toEqual([
      `data.ndjson:7: document section-3-12, field body[2]: ${message}`,
      `data.ndjson:7: document section-3-12, field title: ${message}`,
      "data.ndjson:8: document chapter-3, field summary: Het teken 東 (U+6771) kan niet gedrukt worden in de pdf van de toolkit: haal het weg of vervang het door tekst.",
      "data.ndjson:8: document chapter-3, field summary: Het teken 京 (U+4EAC) kan niet gedrukt worden in de pdf van de toolkit: haal het weg of vervang het door tekst.",
    ]);
  });
});
