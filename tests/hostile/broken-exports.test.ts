/**
 * The hostile input suite, input side: broken and strange exports through the `gastvrij` commands a user runs
 * (`validate`, `query`, `export-pdf`) and through the site build. Each bad export (bad lines, bad references, a missing
 * file asset, a file path out of the export, an unsafe file name) gives a clear error (file, line, document id and
 * field where they apply; no stack trace), a non-zero exit, and no half-written output: the previous
 * PDF stays byte-identical and the previous site build stays as it was. Strange but valid exports (reference cycles,
 * an unknown type, a BOM) work and do not hang. The unit tests of the export reader, the local source and the
 * validator cover the same faults in-process; this file covers what the user sees.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../e2e/site.js";
import { type CliResult, runCli, runScript, stackTrace } from "./cli.js";
import { type Doc, embeddedDocuments, writeDataset } from "./hostile-dataset.js";

let work: string;
let counter = 0;
const previousPdf = Buffer.from("%PDF-1.7\n% the previous toolkit, which a failed export must not touch\n");

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "gastvrij-broken-"));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const lines = () => embeddedDocuments().map((doc) => JSON.stringify(doc));

/** Writes a dataset folder (images included) whose data.ndjson is `content`; returns the data file. */
async function dataset(content: string | Buffer): Promise<string> {
  const dir = join(work, `case-${++counter}`);
  const file = writeDataset(dir, []);
  await writeFile(file, content);
  return file;
}

/** Runs validate, query and export-pdf on a dataset; export-pdf writes over a copy of `previousPdf`. */
async function runAll(
  file: string,
): Promise<{ validate: CliResult; query: CliResult; pdf: CliResult; pdfAfter: Buffer }> {
  const out = join(work, `out-${++counter}`, "toolkit.pdf");
  await mkdir(join(out, ".."), { recursive: true });
  await writeFile(out, previousPdf);
  const [validate, query, pdf] = await Promise.all([
    runCli(["validate", "--dataset", file]),
    runCli([
      "query",
      '*[_type == "toolkitSection"]{_id, "refs": body[].markDefs[].reference->{_id, title}}',
      "--dataset",
      file,
    ]),
    runCli(["export-pdf", "--dataset", file, "--out", out]),
  ]);
  const after = await readFile(out);
  // Nothing else was written beside the PDF (no temporary file left behind).
  expect(await readdir(join(out, ".."))).toEqual(["toolkit.pdf"]);
  return { validate, query, pdf, pdfAfter: after };
}

/** Every command failed with exit 1, one clear `error:` message matching `pattern`, and the PDF untouched. */
function expectClearFailure(
  results: Awaited<ReturnType<typeof runAll>>,
  pattern: RegExp,
  commands = ["validate", "query", "pdf"] as const,
) {
  for (const name of commands) {
    const result = results[name];
    expect(result.code, `${name}: ${result.stderr}`).toBe(1);
    expect(result.stderr, name).toMatch(pattern);
    expect(result.stderr, `${name} prints no stack trace`).not.toMatch(stackTrace);
  }
  expect(Buffer.compare(results.pdfAfter, previousPdf), "the previous PDF is byte-identical").toBe(0);
}

/** `text` as a regular expression that matches it literally. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** 1-based line of the first document matching `pick` in `base`. */
const lineOf = (base: Doc[], pick: (doc: Doc) => boolean) => base.findIndex(pick) + 1;
const ndjson = (docs: Doc[]) => `${docs.map((doc) => JSON.stringify(doc)).join("\n")}\n`;
const linkTo = (target: string, key: string): Doc => ({
  _type: "block",
  _key: key,
  style: "normal",
  markDefs: [{ _type: "internalLink", _key: `${key}m`, reference: { _type: "reference", _ref: target } }],
  children: [{ _type: "span", _key: `${key}s`, text: `zie ${target}`, marks: [`${key}m`] }],
});

describe("broken exports through the CLI (validate, query, export-pdf)", { timeout: 120_000 }, () => {
  it("a truncated last line: file and line, 'incomplete', exit 1, previous PDF kept", async () => {
    const base = lines();
    const results = await runAll(await dataset(`${base.join("\n")}\n${(base[5] ?? "").slice(0, 40)}`));
    expectClearFailure(results, new RegExp(`data\\.ndjson:${base.length + 1}: last line is incomplete`));
  });

  it("invalid JSON in the middle: file and line", async () => {
    const base = lines();
    base[9] = '{"_id": "tool-kapot", "_type": "tool", oeps}';
    expectClearFailure(await runAll(await dataset(`${base.join("\n")}\n`)), /data\.ndjson:10: invalid JSON/);
  });

  it("a duplicate _id: both lines and the document id", async () => {
    const base = embeddedDocuments();
    const copy = base[4] as Doc;
    const results = await runAll(await dataset(ndjson([...base, copy])));
    expectClearFailure(
      results,
      new RegExp(`data\\.ndjson:${base.length + 1}[:,] document ${String(copy._id)}: duplicate _id[^\\n]*line 5`),
    );
  });

  it("a dangling reference: line, document id and field", async () => {
    const base = embeddedDocuments();
    const section = base.find((doc) => doc._type === "toolkitSection") as Doc;
    section.chapter = { _type: "reference", _ref: "chapter-bestaat-niet" };
    const line = lineOf(base, (doc) => doc === section);
    expectClearFailure(
      await runAll(await dataset(ndjson(base))),
      new RegExp(
        `data\\.ndjson:${line}[:,] document ${String(section._id)}, field chapter: reference to missing document "?chapter-bestaat-niet`,
      ),
    );
  });

  it("a missing file asset: line, document id and field", async () => {
    const base = embeddedDocuments();
    const tool = base.find((doc) => doc._type === "tool") as Doc;
    tool.files = [{ _type: "file", _key: "weg", title: "Weg", _sanityAsset: "file@file://./files/bestaat-niet.pdf" }];
    const line = lineOf(base, (doc) => doc === tool);
    expectClearFailure(
      await runAll(await dataset(ndjson(base))),
      new RegExp(
        `data\\.ndjson:${line}[:,] document ${String(tool._id)}, field files\\[0\\]: asset file not found: \\S*bestaat-niet\\.pdf`,
      ),
    );
  });

  it("a file path out of the export (../../etc/passwd): refused, never read, by line, document id and field", async () => {
    const base = embeddedDocuments();
    const tool = base.find((doc) => doc._type === "tool") as Doc;
    const ref = "file@file://./../../../../etc/passwd";
    tool.files = [{ _type: "file", _key: "uit", title: "Uit", _sanityAsset: ref }];
    const line = lineOf(base, (doc) => doc === tool);
    expectClearFailure(
      await runAll(await dataset(ndjson(base))),
      new RegExp(
        `data\\.ndjson:${line}[:,] document ${String(tool._id)}, field files\\[0\\]: asset path ${literal(JSON.stringify(ref))} leaves the export folder`,
      ),
    );
  });

  it("a file name with a NUL or markup: refused as an unsafe file name, by line, document id and field", async () => {
    const base = embeddedDocuments();
    const tool = base.find((doc) => doc._type === "tool") as Doc;
    const event = base.find((doc) => doc._type === "event") as Doc;
    // The file name with markup comes first in the export, so it is the one named.
    const [first, second] = [tool, event].sort((a, b) => base.indexOf(a) - base.indexOf(b)) as [Doc, Doc];
    first.files = [{ _type: "file", _key: "m", title: "Opmaak", _sanityAsset: "file@file://./files/<script>.pdf" }];
    second.files = [{ _type: "file", _key: "n", title: "Nul", _sanityAsset: "file@file://./files/a\u0000b.pdf" }];
    expectClearFailure(
      await runAll(await dataset(ndjson(base))),
      new RegExp(
        `data\\.ndjson:${lineOf(base, (doc) => doc === first)}[:,] document ${String(first._id)}, field files\\[0\\]: unsafe file name "<script>\\.pdf"`,
      ),
    );
    first.files = [];
    expectClearFailure(
      await runAll(await dataset(ndjson(base))),
      new RegExp(
        `data\\.ndjson:${lineOf(base, (doc) => doc === second)}[:,] document ${String(second._id)}, field files\\[0\\]: unsafe file name "a\\\\u0000b\\.pdf"[^\\n]*control character`,
      ),
    );
  });

  it("Latin-1 instead of UTF-8: the first line that is not UTF-8", async () => {
    const text = embeddedDocuments()
      .map((doc) => JSON.stringify(doc))
      .join("\n");
    const line = text.split("\n").findIndex((l) => [...l].some((c) => c.charCodeAt(0) > 0x7f)) + 1;
    expect(line).toBeGreaterThan(0);
    expectClearFailure(
      await runAll(await dataset(Buffer.from(text, "latin1"))),
      new RegExp(`data\\.ndjson:${line}: invalid UTF-8`),
    );
  });

  it("UTF-16, with or without a byte order mark: line 1, named as UTF-16, must be UTF-8", async () => {
    for (const bom of ["\uFEFF", ""]) {
      const text = `${bom}${lines().join("\n")}\n`;
      expectClearFailure(
        await runAll(await dataset(Buffer.from(text, "utf16le"))),
        /data\.ndjson:1: not UTF-8: the file looks like UTF-16; save it as UTF-8/,
      );
    }
  });

  it("a UTF-8 byte order mark is fine", async () => {
    const results = await runAll(await dataset(`\uFEFF${lines().join("\n")}\n`));
    expectWorked(results);
  });

  it("reference cycles (a section linking to itself, A and B linking to each other) work and do not hang", async () => {
    const base = embeddedDocuments();
    const [a, b] = base.filter((doc) => doc._type === "toolkitSection") as [Doc, Doc];
    a.body = [...(a.body as Doc[]), linkTo(String(a._id), "self"), linkTo(String(b._id), "ab")];
    b.body = [...(b.body as Doc[]), linkTo(String(a._id), "ba")];
    const results = await runAll(await dataset(ndjson(base)));
    expect(results.validate.code, results.validate.stderr).toBe(0);
    expectWorked(results);
    const rows = JSON.parse(results.query.stdout) as { _id: string; refs: ({ _id: string } | null)[] | null }[];
    const refsOf = (id: unknown) => (rows.find((row) => row._id === id)?.refs ?? []).map((ref) => ref?._id);
    expect(refsOf(a._id)).toEqual(expect.arrayContaining([a._id, b._id]));
    expect(refsOf(b._id)).toContain(a._id);
  });

  it("an unknown _type: validate names line and document; query and export-pdf leave it out", async () => {
    const base = embeddedDocuments();
    const results = await runAll(await dataset(ndjson([...base, { _id: "raadsel-1", _type: "raadsel", title: "?" }])));
    expect(results.validate.code).toBe(1);
    expect(results.validate.stderr).toMatch(
      new RegExp(`data\\.ndjson:${base.length + 1}: document raadsel-1: unknown _type "raadsel"`),
    );
    expectWorked(results, ["query", "pdf"]);
  });

  it("a 50 MB document (one huge text field) works or fails clearly, without a crash or running out of memory", async () => {
    const base = embeddedDocuments();
    const section = base.find((doc) => doc._type === "toolkitSection") as Doc;
    section.body = [...(section.body as Doc[]), linkTo("x", "huge")];
    const huge = (section.body as Doc[]).at(-1) as Doc;
    huge.markDefs = [];
    huge.children = [{ _type: "span", _key: "hs", text: "lang ".repeat(10_000_000), marks: [] }];
    const results = await runAll(await dataset(ndjson(base)));
    for (const [name, result] of Object.entries({
      validate: results.validate,
      query: results.query,
      pdf: results.pdf,
    })) {
      expect(result.signal, name).toBeNull();
      expect(result.stderr, name).not.toMatch(stackTrace);
      expect(result.stderr, name).not.toMatch(/heap out of memory|RangeError|FATAL/i);
    }
    // Reading and querying work; printing 50 MB in one field is refused by name, the previous PDF stays.
    expect(results.validate.code, results.validate.stderr).toBe(0);
    expect(results.query.code, results.query.stderr).toBe(0);
    expect(results.pdf.code).toBe(1);
    expect(results.pdf.stderr).toMatch(
      new RegExp(`^error: document ${String(section._id)}, field body: too much text to print`, "m"),
    );
    expect(Buffer.compare(results.pdfAfter, previousPdf)).toBe(0);
  }, 180_000);
});

/** Every command in `commands` exited 0; export-pdf replaced the previous PDF with a new one. */
function expectWorked(
  results: Awaited<ReturnType<typeof runAll>>,
  commands: readonly ("validate" | "query" | "pdf")[] = ["query", "pdf"],
) {
  for (const name of commands) expect(results[name].code, `${name}: ${results[name].stderr}`).toBe(0);
  if (commands.includes("pdf")) {
    expect(Buffer.compare(results.pdfAfter, previousPdf)).not.toBe(0);
    expect(results.pdfAfter.subarray(0, 5).toString()).toBe("%PDF-");
  }
}

describe("npm start's main job on a broken export", () => {
  it("stops at validation with file and line, before building anything", async () => {
    const base = lines();
    const file = await dataset(`${base.join("\n")}\n${(base[3] ?? "").slice(0, 25)}`);
    const run = await runScript("scripts/src/main.ts", ["--no-serve"], { GASTVRIJ_DATASET: file });
    const result = { code: run.code, output: run.stdout + run.stderr };
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(new RegExp(`data\\.ndjson:${base.length + 1}: last line is incomplete`));
    // The user's own file is named (not the snapshot's copy), and nothing after validation ran.
    expect(result.output).toContain(`✗ validation failed: ${file}:${base.length + 1}: last line is incomplete`);
    expect(result.output).toMatch(/Nothing was served/);
    expect(result.output).not.toMatch(/✓ site\b/);
    expect(result.output).not.toMatch(stackTrace);
  });
});

describe("a site build on a broken export", () => {
  it("fails with file, line, document and field and leaves the previous build intact", async () => {
    const base = embeddedDocuments();
    const tool = base.find((doc) => doc._type === "tool") as Doc;
    tool.links = [{ _type: "link", _key: "kwaad", label: "Klik", url: "javascript:alert(1)" }];
    const file = await dataset(ndjson(base));
    const outDir = join(work, "previous-site");
    await mkdir(join(outDir, "toolkit"), { recursive: true });
    await writeFile(join(outDir, "index.html"), "<!doctype html><title>vorige</title>");
    await writeFile(join(outDir, "toolkit", "gastvrij-netwerk-toolkit.pdf"), previousPdf);
    const error = await buildSite({ env: { GASTVRIJ_DATASET: file }, outDir }).then(
      () => undefined,
      (e: Error) => e,
    );
    // The last lines repeat the content error and say that nothing changed.
    expect(error?.message).toMatch(
      new RegExp(
        `\\nerror: \\S*data\\.ndjson:${lineOf(base, (doc) => doc === tool)}, document ${String(tool._id)}, field links\\[0\\]\\.url: .*http.*\\n\\s+astro build failed: the site was not built; .* is unchanged`,
      ),
    );
    expect(await readFile(join(outDir, "index.html"), "utf8")).toBe("<!doctype html><title>vorige</title>");
    expect(Buffer.compare(await readFile(join(outDir, "toolkit", "gastvrij-netwerk-toolkit.pdf")), previousPdf)).toBe(
      0,
    );
    expect((await readdir(outDir)).sort()).toEqual(["index.html", "toolkit"]);
    // No staging folder left beside it.
    expect((await readdir(work)).filter((name) => name.includes("staging"))).toEqual([]);
    expect(existsSync(join(outDir, "_astro"))).toBe(false);
  }, 180_000);
});
