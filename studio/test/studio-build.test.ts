import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The Studio builds offline (`sanity build`, no project id, no network) with everything editors get besides the
 * forms: the Presentation tool (the preview server's preview mode), the document view Afdrukvoorbeeld and the actions
 * Bekijk op de site / Bekijk de pdf.
 */

const studioDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const sanityBin = join(studioDir, "node_modules/sanity/bin/sanity");
const run = promisify(execFile);

let out: string;
let bundle: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "gastvrij-studio-build-"));
  await run(process.execPath, [sanityBin, "build", out, "--yes"], {
    cwd: studioDir,
    env: {
      ...process.env,
      SANITY_TELEMETRY_DISABLED: "1",
      SANITY_STUDIO_PROJECT_ID: "",
      SANITY_STUDIO_PREVIEW_URL: "https://voorbeeld.gastvrijnetwerk.example",
    },
    maxBuffer: 32 * 1024 * 1024,
  });
  const scripts = (await readdir(join(out, "static"))).filter((name) => name.endsWith(".js"));
  bundle = (await Promise.all(scripts.map((name) => readFile(join(out, "static", name), "utf8")))).join("\n");
}, 300_000);

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe("sanity build (offline)", () => {
  it("builds the Studio", async () => {
    expect(await readFile(join(out, "index.html"), "utf8")).toContain("<script");
    expect(bundle.length).toBeGreaterThan(1_000_000);
  });

  it("holds the Presentation tool pointed at the preview server, the print preview and the document actions", () => {
    for (const text of [
      "https://voorbeeld.gastvrijnetwerk.example",
      "/_preview/enable",
      "/_preview/pdf/",
      "Afdrukvoorbeeld",
      "gastvrij-afdrukvoorbeeld",
      "Bekijk op de site",
      "Bekijk de pdf",
    ]) {
      expect(bundle, text).toContain(text);
    }
  });
});
