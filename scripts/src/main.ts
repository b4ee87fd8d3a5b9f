/**
 * The main job behind `npm start`: one snapshot of the content (the embedded dataset, GASTVRIJ_DATASET, or the live
 * dataset when the Sanity variables are set), validated, then the website and the printable toolkit built from it
 * (`gastvrij build`), and the site served on 127.0.0.1 with the PDF downloadable from it. Links point where it serves
 * unless GASTVRIJ_SITE_URL names the public address.
 *
 * Options: `--no-serve` stops after building (used by tests), `--port <n>` picks the port (default 4321).
 */
import { parseArgs } from "node:util";
import { toolkitPdfPath } from "@gastvrij/content/model";
import { SiteAddressError } from "./build/site-address.js";
import { SnapshotError } from "./build/snapshot.js";
import { BuildError } from "./build/steps.js";
import { buildInto, defaultSiteDir } from "./commands/build.js";
import { serveStatic } from "./lib/static-server.js";

const { values } = parseArgs({
  options: {
    serve: { type: "boolean", default: true },
    "no-serve": { type: "boolean", default: false },
    port: { type: "string", default: process.env.PORT ?? "4321" },
  },
});

console.log("▶ Build: snapshot → validation → PDFs → site");
try {
  const report = await buildInto(defaultSiteDir, { port: values.port, siteUrl: process.env.GASTVRIJ_SITE_URL });
  for (const note of report.notes) console.log(note);
  const { manifest } = report.snapshot;
  console.log(
    `✓ Built from ${manifest.source} content (${manifest.documentCount} documents) in ${(report.durationMs / 1000).toFixed(1)} s; links point to ${report.site.address}`,
  );
} catch (error) {
  if (error instanceof BuildError || error instanceof SiteAddressError || error instanceof SnapshotError) {
    console.error(`\n✗ ${error.message}\nNothing was served.`);
    process.exit(1);
  }
  throw error;
}

if (values["no-serve"] || !values.serve) {
  console.log(`\nBuilt the site in ${defaultSiteDir}`);
} else {
  const { url } = await serveStatic(defaultSiteDir, { port: Number(values.port), host: "127.0.0.1" });
  console.log(`\nGastvrij Netwerk is served at ${url}`);
  console.log(`The printable toolkit: ${new URL(toolkitPdfPath, url).href}`);
  console.log("Stop with Ctrl+C.");
}
