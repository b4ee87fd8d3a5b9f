// The content package as someone outside this repository gets it: `pnpm pack` (which builds dist/ first), installed
// from the tarball into a scratch project in the system's temp folder, then imported by a plain ES module on Node 24
// and type-checked with tsc. Dependencies come from the pnpm store or the npm registry, nothing from the workspace.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { eventsToIcs, openContent, renderHtml } from "@gastvrij/content";
import { toolkitTemplatePath } from "@gastvrij/content/print";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const packageName = "@gastvrij/content";
/** The Typst template, the one file under src/ the package ships (where the print entry looks for it). */
const templateFile = relative(join(repoRoot, "packages/content"), toolkitTemplatePath);
/** The public entries and the built files they point to (the `./testing` entry is for this workspace only). */
const entries = {
  ".": "index",
  "./model": "model/index",
  "./print": "print/index",
  "./sources": "read/sources/index",
  "./markdown": "markdown/index",
} as const;

/** pnpm as the test was started with (`pnpm exec vitest`, `pnpm run task:test`), else the one on PATH. */
const pnpm = basename(process.env.npm_execpath ?? "").startsWith("pnpm")
  ? (process.env.npm_execpath as string)
  : "pnpm";
/** Node 24: the one running the tests when it is new enough (the package wants >= 22.12), else the repo's own. */
const node =
  Number(process.versions.node.split(".")[0]) >= 24 ? process.execPath : join(repoRoot, "node_modules/node/bin/node");

/** The environment of a project that knows nothing of this workspace (no npm_* settings of the running pnpm). */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_|PNPM_)/i.test(key) && key !== "INIT_CWD"),
);

function run(command: string, args: string[], cwd: string, timeout = 240_000) {
  const result = spawnSync(command, args, { cwd, env: cleanEnv, encoding: "utf8", timeout });
  if (result.error) throw result.error;
  return result;
}

const versionOf = (name: string) =>
  (JSON.parse(readFileSync(join(repoRoot, "node_modules", name, "package.json"), "utf8")) as { version: string })
    .version;

let temp: string;
let scratch: string;
let tarball: string;
let installed: string;

describe("@gastvrij/content from its tarball, in a project outside the repository", () => {
  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), "gastvrij-pack-"));
    expect(relative(repoRoot, temp).startsWith("..")).toBe(true);
    const packed = run(pnpm, ["--filter", packageName, "pack", "--pack-destination", join(temp, "tarball")], repoRoot);
    expect(packed.status, `${packed.stdout}\n${packed.stderr}`).toBe(0);
    const [file] = readdirSync(join(temp, "tarball")).filter((name) => name.endsWith(".tgz"));
    if (!file) throw new Error(`pnpm pack wrote no tarball:\n${packed.stdout}`);
    tarball = join(temp, "tarball", file);

    scratch = join(temp, "scratch");
    run("mkdir", ["-p", scratch], temp);
    const manifest = {
      name: "scratch",
      private: true,
      type: "module",
      dependencies: { [packageName]: `file:${tarball}` },
      devDependencies: { typescript: versionOf("typescript"), "@types/node": versionOf("@types/node") },
    };
    writeFileSync(join(scratch, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    // pnpm may run on an older Node than the one the scripts use: check engines against the Node that runs them.
    writeFileSync(
      join(scratch, "pnpm-workspace.yaml"),
      `nodeVersion: ${run(node, ["-p", "process.versions.node"], scratch).stdout.trim()}\n`,
    );
    const install = run(pnpm, ["install", "--prefer-offline"], scratch);
    expect(install.status, `${install.stdout}\n${install.stderr}`).toBe(0);
    installed = join(scratch, "node_modules", packageName);
  });

  afterAll(() => {
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  it("holds the built JS and types, the embedded dataset, the fonts and the Typst template, and no workspace paths", () => {
    for (const file of [
      "dist/index.js",
      "dist/index.d.ts",
      "dist/calendar/ics.js",
      "dataset/embedded/data.ndjson",
      "fonts/SourceSans3_400Regular.ttf",
      "fonts/OFL-SourceSans3.txt",
      templateFile,
      "README.md",
    ]) {
      expect(existsSync(join(installed, file)), file).toBe(true);
    }
    const text = readFileSync(join(installed, "package.json"), "utf8");
    const manifest = JSON.parse(text) as { exports: Record<string, unknown> };
    // Every public entry points at built JS and its types, and both are in the tarball; nothing else is exported.
    for (const [entry, file] of Object.entries(entries)) {
      expect(manifest.exports[entry], entry).toEqual({ types: `./dist/${file}.d.ts`, default: `./dist/${file}.js` });
      for (const built of [`dist/${file}.js`, `dist/${file}.d.ts`]) {
        expect(existsSync(join(installed, built)), built).toBe(true);
      }
    }
    expect(Object.keys(manifest.exports).sort()).toEqual([...Object.keys(entries), "./package.json"].sort());
    expect(text).not.toContain("workspace:");
    // No TypeScript sources or tests: only the template lives under src/.
    expect(readdirSync(join(installed, "src"), { recursive: true }).filter((f) => /\.\w+$/.test(String(f)))).toEqual([
      relative("src", templateFile),
    ]);
    const dist = readdirSync(join(installed, "dist"), { recursive: true }).map(String);
    expect(dist.filter((f) => /\.test\.|fixture|synthetic/.test(f))).toEqual([]);
  });

  it("runs on Node 24: opens the embedded dataset, answers typed queries, writes a calendar and prints the PDF", async () => {
    writeFileSync(
      join(scratch, "smoke.mjs"),
      `import { eventsToIcs, openContent, renderHtml } from "${packageName}";
import { exportToolkitPdf } from "${packageName}/print";
const content = await openContent();
const edition = await content.getToolkitEdition();
const [first] = await content.getToolkitSections();
const section = await content.getToolkitSection(first.slug);
const resolveLink = await content.linkResolver();
const { html } = renderHtml(section.section.body, { resolveLink, documentId: section.section._id });
const events = await content.getEvents();
const ics = eventsToIcs(events, { siteUrl: "https://example.be" });
const { pdf, pages } = await exportToolkitPdf({});
const pdfText = Buffer.from(pdf).toString("latin1");
console.log(JSON.stringify({
  edition: edition.title,
  section: section?.section.title,
  html,
  events: events.length,
  vevents: ics.split("BEGIN:VEVENT").length - 1,
  pdf: pdfText.slice(0, 5),
  pages,
  fonts: [...new Set(pdfText.match(/SourceSans3-\\w+|SourceSerif4-\\w+|Amiri-\\w+/g))].sort(),
}));
`,
    );
    const smoke = run(node, ["smoke.mjs"], scratch);
    expect(smoke.status, smoke.stderr).toBe(0);
    const result = JSON.parse(smoke.stdout) as Record<string, unknown>;

    // The same answers as the package gives inside the workspace.
    const content = await openContent();
    const [first] = await content.getToolkitSections();
    const events = await content.getEvents();
    expect(result.edition).toBe((await content.getToolkitEdition()).title);
    const page = await content.getToolkitSection(first?.slug ?? "");
    expect(result.section).toBe(page?.section.title);
    // The section renders to the same HTML as inside the workspace.
    expect(result.html).toBe(
      renderHtml(page?.section.body, { resolveLink: await content.linkResolver(), documentId: page?.section._id }).html,
    );
    expect(result.html).toContain("<p>");
    expect(result.events).toBe(events.length);
    expect(result.vevents).toBe(
      eventsToIcs(events, { siteUrl: "https://example.be" }).split("BEGIN:VEVENT").length - 1,
    );
    // The Typst template and the committed fonts are found inside the installed package.
    expect(result.pdf).toBe("%PDF-");
    expect(result.pages).toBeGreaterThan(10);
    expect(result.fonts).toEqual(
      expect.arrayContaining(["Amiri-Regular", "SourceSans3-Regular", "SourceSerif4-Regular"]),
    );
  });

  it("type-checks a TypeScript file that uses the package (tsc, strict, library types checked)", () => {
    writeFileSync(
      join(scratch, "check.ts"),
      `import { type Event, eventsToIcs, openContent, type ToolkitEdition } from "${packageName}";
import { eventKinds } from "${packageName}/model";
import { buildPrintBook, type ExportToolkitPdfOptions, loadPrintToolkit, type PrintContext } from "${packageName}/print";
import { type LocalSource, openLocalSource } from "${packageName}/sources";

const content = await openContent();
const edition: ToolkitEdition = await content.getToolkitEdition();
const events: Event[] = await content.getEvents();
const ics: string = eventsToIcs(events, { siteUrl: "https://example.be" });
// @ts-expect-error the title is a string
const wrong: number = edition.title;
const { context }: { context: PrintContext } = await loadPrintToolkit(content);
const chapters: number = buildPrintBook(edition, context).book.chapters.length;
const options: ExportToolkitPdfOptions = { content, pdfStandard: "ua-1" };
const source: LocalSource = await openLocalSource();
const kinds: readonly string[] = eventKinds.values;
console.log(ics.length, wrong, chapters, options, source.documents.length, kinds);
`,
    );
    writeFileSync(
      join(scratch, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2023",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ["node"],
        },
        include: ["check.ts"],
      }),
    );
    const tsc = run(node, [join(scratch, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], scratch);
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
  });
});
