// `gastvrij build` as a developer or the deploy workflow runs it, on an export on disk: a half-written draft never
// stops a build; the same problem in a published document stops it with file, line, document and field and leaves
// the previous site as it was; a production build needs an address and then has no local address anywhere; the
// calendar UIDs do not change with the address.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { embeddedDatasetPath } from "@gastvrij/content/sources";
import { selectAll } from "hast-util-select";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireBuildLock, parsePage, sizeMatches, textOf } from "./e2e/site.js";
import { runCli, stackTrace } from "./hostile/cli.js";

type Doc = Record<string, unknown> & { _id: string; _type: string };

let work: string;
let releaseLock: () => void;
const embedded = readFileSync(join(embeddedDatasetPath, "data.ndjson"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Doc);

/** An export folder with the embedded documents, changed by `edit`, and the embedded images beside it. */
function exportWith(name: string, edit: (documents: Doc[]) => Doc[]): string {
  const file = join(work, `${name}.ndjson`);
  writeFileSync(
    file,
    `${edit(structuredClone(embedded))
      .map((doc) => JSON.stringify(doc))
      .join("\n")}\n`,
  );
  return file;
}

function uids(site: string): string[] {
  return [...readFileSync(join(site, "agenda", "agenda.ics"), "utf8").matchAll(/^UID:(.+)\r$/gm)].map(
    (m) => m[1] ?? "",
  );
}

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(html|xml|txt|ics|json|js|css)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const build = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(
    ["build", ...args],
    { GASTVRIJ_SNAPSHOT_DIR: join(work, "snapshots"), GASTVRIJ_SITE_URL: "", ...env },
    300_000,
  );

describe("gastvrij build on an export", () => {
  const site = () => join(work, "site");
  beforeAll(async () => {
    releaseLock = await acquireBuildLock();
    work = mkdtempSync(join(tmpdir(), "gastvrij-build-"));
    // The exports are .ndjson files in this folder; their images and files are found beside them, as in an export folder.
    cpSync(join(embeddedDatasetPath, "images"), join(work, "images"), { recursive: true });
    cpSync(join(embeddedDatasetPath, "files"), join(work, "files"), { recursive: true });
  });
  afterAll(() => {
    releaseLock?.();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("builds with an invalid draft next to valid published documents, and says so in a note", async () => {
    const dataset = exportWith("with-draft", (documents) => {
      const chapter = documents.find((doc) => doc._id === "chapter-3") as Doc;
      return [...documents, { ...chapter, _id: "drafts.chapter-3", number: "drie", title: "Concepttitel" }];
    });
    const result = await build([
      "--dataset",
      dataset,
      "--out",
      site(),
      "--production",
      "--site-url",
      "https://www.gastvrijnetwerk.be",
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/note: .*draft/);
    expect(result.stdout).toContain("address: https://www.gastvrijnetwerk.be (from GASTVRIJ_SITE_URL)");
    expect(readFileSync(join(site(), "toolkit", "index.html"), "utf8")).not.toContain("Concepttitel");
    for (const file of textFiles(site()))
      expect(readFileSync(file, "utf8"), file).not.toMatch(/localhost|127\.0\.0\.1/);
  }, 300_000);

  it("publishes the whole toolkit and each chapter and supplement, A4 and A5, listed on /toolkit/ with their sizes", () => {
    const dir = join(site(), "toolkit");
    const pdfs = readdirSync(dir).filter((name) => name.endsWith(".pdf"));
    const count = (type: string) => embedded.filter((doc) => doc._type === type).length;
    expect(pdfs).toHaveLength(2 * (1 + count("toolkitChapter") + count("toolkitSupplement")));
    expect(pdfs).toEqual(
      expect.arrayContaining(["gastvrij-netwerk-toolkit.pdf", "gastvrij-netwerk-toolkit-a5-boekje.pdf"]),
    );
    const listed: string[] = [];
    for (const item of selectAll("ul.toolkit-pdfs li", parsePage("/toolkit/", site()))) {
      const hrefs = selectAll("a.pdf-link", item).map((a) => String(a.properties.href));
      const facts = [...textOf(item).matchAll(/\(pdf, ([^)]+)\)/g)].map((m) => (m[1] ?? "").replace(/\s/g, " "));
      expect(facts, hrefs.join(", ")).toHaveLength(2);
      hrefs.forEach((href, i) => {
        const bytes = statSync(join(site(), href)).size;
        expect(sizeMatches(facts[i] ?? "", bytes), `${href}: "${facts[i]}" for ${bytes} bytes`).toBe(true);
        listed.push(href.replace("/toolkit/", ""));
      });
    }
    expect(listed.sort()).toEqual(pdfs.sort());
    // The PDFs' staging folder is gone.
    expect(readdirSync(work).filter((name) => name.includes(".pdf-"))).toEqual([]);
  });

  it("stops on the same problem in a published document, naming file, line, document and field", async () => {
    const before = readFileSync(join(site(), "toolkit", "index.html"));
    const dataset = exportWith("published-problem", (documents) =>
      documents.map((doc) => (doc._id === "chapter-3" ? { ...doc, number: "drie" } : doc)),
    );
    const line = embedded.findIndex((doc) => doc._id === "chapter-3") + 1;
    const result = await build(["--dataset", dataset, "--out", site(), "--site-url", "https://www.gastvrijnetwerk.be"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`error: validation failed: ${dataset}:${line}: document chapter-3, field number:`);
    expect(result.stderr).toContain(`The site in ${site()} was not changed.`);
    expect(result.stderr).not.toMatch(stackTrace);
    expect(readFileSync(join(site(), "toolkit", "index.html")).equals(before)).toBe(true);
  }, 300_000);

  it("refuses a production build without an address, and keeps the calendar UIDs when the address changes", async () => {
    const first = uids(site());
    expect(first.length).toBeGreaterThan(2);
    const refused = await build(["--out", site(), "--production"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/production build needs the site's public address.*GASTVRIJ_SITE_URL/);

    const moved = await build(["--out", site(), "--production", "--site-url", "https://gastvrij.example.org"]);
    expect(moved.code).toBe(0);
    expect(uids(site())).toEqual(first);
    expect(readFileSync(join(site(), "agenda", "agenda.ics"), "utf8")).toContain(
      "https://gastvrij.example.org/agenda/",
    );
    expect(readFileSync(join(site(), "robots.txt"), "utf8")).toContain(
      "Sitemap: https://gastvrij.example.org/sitemap-index.xml",
    );
  }, 300_000);
});
