import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The offline schema tooling, each CLI call run once (they take seconds): `sanity schema validate` finds no
 * problems, and `schema extract` + `typegen generate` into a temp folder give exactly the committed files.
 */

const studioDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const sanityBin = join(studioDir, "node_modules/sanity/bin/sanity");
const committedSchema = resolve(studioDir, "../packages/content/src/generated/schema.json");
const committedTypes = resolve(studioDir, "../packages/content/src/generated/sanity.types.ts");
const staleHint =
  "stale generated files: run pnpm --filter gastvrij-studio run typegen (and commit packages/content/src/generated/: schema.json and sanity.types.ts)";

const run = promisify(execFile);
function sanity(args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, [sanityBin, ...args], {
    cwd: studioDir,
    env: { ...process.env, SANITY_TELEMETRY_DISABLED: "1", SANITY_STUDIO_PROJECT_ID: "", ...env },
    maxBuffer: 32 * 1024 * 1024,
  });
}

let temp: string;
let validation: Array<{ problems?: Array<{ severity: string; message: string }> }>;

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "gastvrij-studio-"));
  // The CLI resolves --path against the studio folder, even an absolute one.
  const extractTo = relative(studioDir, join(temp, "schema.json"));
  const extract = sanity(["schema", "extract", "--enforce-required-fields", "--path", extractTo]);
  const validate = sanity(["schema", "validate", "--format", "json", "--level", "warning"]);
  const [validated] = await Promise.all([validate, extract]);
  validation = JSON.parse(validated.stdout);
  // typegen reads the committed schema.json (so its "Source:" comment matches); the test above proves that file current.
  await sanity(["typegen", "generate"], { GASTVRIJ_TYPEGEN_OUT: join(temp, "sanity.types.ts") });
});

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe("Studio schema tooling (offline)", () => {
  it("sanity schema validate reports no errors and no warnings", () => {
    const problems = validation.flatMap((group) => group.problems ?? []);
    expect(problems).toEqual([]);
  });

  it("the committed schema.json is what sanity schema extract gives now", async () => {
    const fresh = await readFile(join(temp, "schema.json"), "utf8");
    const committed = await readFile(committedSchema, "utf8");
    expect(fresh === committed, staleHint).toBe(true);
  });

  it("the committed generated types are what sanity typegen generate gives now", async () => {
    const fresh = await readFile(join(temp, "sanity.types.ts"), "utf8");
    const committed = await readFile(committedTypes, "utf8");
    expect(fresh === committed, staleHint).toBe(true);
    expect(committed).toContain("export type ToolkitSection = {");
  });
});
