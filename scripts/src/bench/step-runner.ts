/**
 * Child-process entry of the benchmark: `step-runner.ts <step> <params as JSON>` runs one measurement step and sends
 * `{ok, result, maxRssKb}` to the parent over IPC, so the peak RSS reported is this step's alone.
 */
import { measureLoad } from "./load.js";
import { measurePdfPhases } from "./pdf-phases.js";
import { measurePdfWarm } from "./pdf-warm.js";
import { writePrintHtml } from "./print-html.js";
import type { StepMessage } from "./processes.js";
import type { PublishParams } from "./publish.js";
import { measureQueries } from "./queries.js";
import { measureHtml, measureTypst } from "./render.js";

const steps: Record<string, (params: never) => Promise<unknown>> = {
  load: measureLoad,
  queries: measureQueries,
  html: measureHtml,
  typst: measureTypst,
  "print-html": writePrintHtml,
  "pdf-phases": measurePdfPhases,
  "pdf-warm": measurePdfWarm,
  // Loaded on use: the publish server and the stand-in would weigh on every other step's peak RSS.
  publish: async (params: PublishParams) => (await import("./publish.js")).measurePublish(params),
  /** Loads the modules and does nothing: the floor under every step's peak RSS. */
  noop: async () => ({}),
};

const [name = "", json = "{}"] = process.argv.slice(2);
const send = (message: StepMessage) =>
  new Promise<void>((resolve) => {
    if (process.send) process.send(message, () => resolve());
    else {
      console.log(JSON.stringify(message));
      resolve();
    }
  });

try {
  const step = steps[name];
  if (!step) throw new Error(`unknown step ${JSON.stringify(name)}; known: ${Object.keys(steps).join(", ")}`);
  const result = await step(JSON.parse(json) as never);
  await send({ ok: true, result, maxRssKb: process.resourceUsage().maxRSS });
} catch (error) {
  await send({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exitCode = 1;
}
process.disconnect?.();
