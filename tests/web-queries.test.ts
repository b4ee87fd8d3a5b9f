/**
 * One site build evaluates each GROQ query once: the site opens the content once and maps the package's results onto
 * its pages, instead of asking again per page. The build logs every query it runs (`GASTVRIJ_QUERY_LOG`).
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "./e2e/site.js";

let temp: string;
let queries: { query: string; params: unknown }[];

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "gastvrij-queries-"));
  const log = join(temp, "queries.ndjson");
  await buildSite({ outDir: join(temp, "site"), env: { GASTVRIJ_QUERY_LOG: log } });
  queries = (await readFile(log, "utf8"))
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
});

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe("one site build", () => {
  it("evaluates each GROQ query at most once", () => {
    const seen = new Map<string, number>();
    for (const entry of queries) {
      const key = JSON.stringify(entry);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const repeated = [...seen].filter(([, count]) => count > 1).map(([key, count]) => `${count}x ${key.slice(0, 120)}`);
    expect(repeated).toEqual([]);
    // Settings, edition, tools, events, signals, themes, pages, news and link targets: the whole site from nine
    // queries.
    expect(queries.map((entry) => entry.query.slice(0, entry.query.indexOf("]") + 1))).toEqual(
      expect.arrayContaining([
        '*[_type == "siteSettings" && _id == "siteSettings"]',
        '*[_type == "toolkitEdition" && ($edition == null || editionNumber == $edition)]',
        '*[_type == "event"]',
        '*[_type == "page"]',
        '*[_type == "newsItem"]',
      ]),
    );
    expect(queries).toHaveLength(9);
  });
});
