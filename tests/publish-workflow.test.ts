// The deploy workflow for static hosting (.github/workflows/publish.yml) does what docs/deploy.md tells editors and
// maintainers: Sanity's webhook (repository_dispatch "sanity-publish") and a daily run trigger it, it runs the same
// production build as the publish service with the variables the CLI reads, and it publishes the folder it built.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { sourceFromEnvironment } from "../scripts/src/build/snapshot.js";
import { repoRoot } from "./e2e/site.js";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown> & { repository_dispatch: { types: string[] }; schedule: { cron: string }[] };
  concurrency: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, { steps: Step[]; needs?: string }>;
}

const workflow = parse(readFileSync(join(repoRoot, ".github", "workflows", "publish.yml"), "utf8")) as Workflow;
const docs = readFileSync(join(repoRoot, "docs", "deploy.md"), "utf8");
const buildSteps = workflow.jobs.build?.steps ?? [];
const build = buildSteps.find((step) => step.run?.includes("gastvrij -- build")) as Step;

describe("the static-hosting workflow", () => {
  it("runs on Sanity's webhook, daily, and never two at once", () => {
    expect(workflow.on.repository_dispatch.types).toEqual(["sanity-publish"]);
    expect(docs).toContain('{"event_type": "sanity-publish"}');
    expect(workflow.on.schedule).toHaveLength(1);
    expect(workflow.concurrency["cancel-in-progress"]).toBe(false);
  });

  it("runs the production build with the live dataset's variables, and publishes what it built", () => {
    expect(build.run).toBe("npm run gastvrij -- build --production --out public");
    const env = build.env ?? {};
    const source = sourceFromEnvironment(Object.fromEntries(Object.keys(env).map((name) => [name, "x"])));
    expect(source).toMatchObject({ kind: "live", projectId: "x", dataset: "x", token: "x" });
    // The token comes from the secrets, never from a plain variable.
    expect(env.SANITY_API_READ_TOKEN).toMatch(/^\$\{\{ secrets\.SANITY_API_READ_TOKEN \}\}$/);
    expect(Object.keys(env)).toContain("GASTVRIJ_SITE_URL");
    const upload = buildSteps.find((step) => step.uses?.startsWith("actions/upload-pages-artifact"));
    expect(upload?.with?.path).toBe("public");
    expect(workflow.jobs.deploy?.needs).toBe("build");
  });

  it("is documented with every variable and secret it reads", () => {
    for (const name of Object.keys(build.env ?? {}).filter((name) => name !== "CI")) expect(docs).toContain(name);
  });
});
