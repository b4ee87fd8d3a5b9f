import { execFile } from "node:child_process";
import { appendFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../lib/paths.js";

const run = promisify(execFile);
const fixture = resolve(repoRoot, "packages/content/test/fixtures/small");
const tsx = resolve(repoRoot, "node_modules/.bin/tsx");
const cli = resolve(repoRoot, "scripts/src/cli.ts");

async function gastvrij(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, GASTVRIJ_SITE_URL: "" };
  delete env.GASTVRIJ_DATASET;
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { cwd: repoRoot, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const summaries = (ics: string) => [...ics.matchAll(/^SUMMARY:(.*)\r$/gm)].map((match) => match[1]);

describe("gastvrij calendar", () => {
  let dir: string;
  let dataset: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "gastvrij-calendar-"));
    // The small fixture plus a draft event, which must never reach the feed.
    dataset = join(dir, "dataset");
    await cp(fixture, dataset, { recursive: true });
    const draft = {
      _id: "drafts.event-geheim",
      _type: "event",
      title: "Geheim concept",
      slug: { _type: "slug", current: "geheim" },
      kind: "training",
      start: "2026-06-01T08:00:00Z",
      timeZone: "Europe/Brussels",
    };
    await appendFile(join(dataset, "data.ndjson"), `${JSON.stringify(draft)}\n`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("prints the feed of the published events to stdout, with links to the given site", async () => {
    const result = await gastvrij("calendar", "--dataset", dataset, "--site-url", "https://gastvrij.example");
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(result.stdout.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(summaries(result.stdout)).toEqual(["Opleiding 2025", "Intervisie Leuven", "Netwerkdag 2026"]);
    expect(result.stdout).not.toContain("Geheim");
    expect(result.stdout).toContain("X-WR-CALNAME:Gastvrij Netwerk — agenda\r\n");
    expect(result.stdout).toContain("URL;VALUE=URI:https://gastvrij.example/agenda/intervisie-leuven/\r\n");
    expect(result.stdout).toMatch(/^RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=2;COUNT=10\r$/m);
    expect(result.stdout).toContain("EXDATE;TZID=Europe/Brussels:20260714T193000\r\n");
  });

  it("writes --out atomically and leaves the previous file alone when it fails", async () => {
    const out = join(dir, "out", "agenda.ics");
    const ok = await gastvrij("calendar", "--dataset", dataset, "--out", out);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/calendar written \(3 events\): .*agenda\.ics/);
    const written = await readFile(out, "utf8");
    expect(summaries(written)).toHaveLength(3);
    expect(written).toContain("URL;VALUE=URI:http://127.0.0.1:4321/agenda/netwerkdag-2026/\r\n");

    await writeFile(out, "previous");
    const missing = await gastvrij("calendar", "--dataset", join(dir, "missing"), "--out", out);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/^error: .*missing.*cannot read export/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const badUrl = await gastvrij("calendar", "--dataset", dataset, "--out", out, "--site-url", "example.be");
    expect(badUrl.code).not.toBe(0);
    expect(badUrl.stderr).toBe(
      'error: GASTVRIJ_SITE_URL/--site-url "example.be" is not a site address: give the origin only, like https://www.gastvrijnetwerk.be\n',
    );
    expect(await readFile(out, "utf8")).toBe("previous");
    expect((await readdir(join(dir, "out"))).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
