import { ContentError } from "@gastvrij/content";
import { openLocalSource } from "@gastvrij/content/sources";
import type { Command } from "commander";
import { userPath } from "../lib/paths.js";
import { action } from "../lib/run-command.js";

interface QueryOptions {
  param: string[];
  dataset?: string;
}

/** `gastvrij query '<GROQ>'`: runs a GROQ query against the published documents of a local export, prints JSON. */
export function registerQuery(program: Command): void {
  program
    .command("query")
    .description("Run a GROQ query against the published content (no drafts) and print the result as JSON.")
    .argument("<groq>", "the GROQ query, e.g. '*[_type == \"theme\"]{title}'")
    .option(
      "--param <name=value>",
      "a query parameter $name (repeatable); the value is parsed as JSON when it is JSON, else taken as a string",
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option(
      "--dataset <path>",
      "export to read (.ndjson, export folder or .tar.gz); default: GASTVRIJ_DATASET or the embedded dataset",
    )
    .addHelpText(
      "after",
      `
Examples:
  gastvrij query '*[_type == "theme"] | order(order asc){title, "slug": slug.current}'
  gastvrij query '*[_type == "toolkitSection" && slug.current == $slug][0]{number, title}' --param slug=wonen
  gastvrij query 'count(*[_type == $type])' --param type=tool --dataset ./export.tar.gz`,
    )
    .action(
      action(async (groq: string, options: QueryOptions) => {
        const params = parseParams(options.param);
        const source = await openLocalSource(options.dataset ? { dataset: userPath(options.dataset) } : {});
        let result: unknown;
        try {
          result = await source.fetch(groq, params);
        } catch (error) {
          if (error instanceof ContentError) throw error;
          throw new ContentError(`GROQ query failed: ${(error as Error).message}`, {}, { cause: error });
        }
        process.stdout.write(`${JSON.stringify(result ?? null, null, 2)}\n`);
        return 0;
      }),
    );
}

/** `["slug=wonen", "n=3", "ids=[\"a\"]"]` → `{slug: "wonen", n: 3, ids: ["a"]}`. */
export function parseParams(pairs: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    const name = eq === -1 ? "" : pair.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new ContentError(`--param expects name=value with a GROQ parameter name, got ${JSON.stringify(pair)}`);
    }
    const raw = pair.slice(eq + 1);
    try {
      params[name] = JSON.parse(raw);
    } catch {
      params[name] = raw;
    }
  }
  return params;
}
