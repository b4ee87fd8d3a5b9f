#!/usr/bin/env node
// The `gastvrij` CLI. `npm run gastvrij` runs it as compiled JavaScript (scripts/cli-bundle.mjs); tests may run this
// file through tsx. A command's module (and the libraries it needs) is imported only when that command runs; the
// overview (`--help`, an unknown command) loads them all to list them.
import { enableCompileCache } from "node:module";
import { join } from "node:path";
import { Command } from "commander";
import { repoRoot } from "./lib/paths.js";

// Node keeps the compiled code of the modules loaded after this line, so the next start skips compiling them.
enableCompileCache(process.env.NODE_COMPILE_CACHE ?? join(repoRoot, "node_modules", ".cache", "node-compile-cache"));

type Register = (program: Command) => void;

/** Every command, in the order `--help` lists them, with the module that registers it. */
const commands: Record<string, () => Promise<Register>> = {
  validate: async () => (await import("./commands/validate.js")).registerValidate,
  "check-text": async () => (await import("./commands/validate.js")).registerCheckText,
  query: async () => (await import("./commands/query.js")).registerQuery,
  "import-markdown": async () => (await import("./commands/import-markdown.js")).registerImportMarkdown,
  calendar: async () => (await import("./commands/calendar.js")).registerCalendar,
  "export-pdf": async () => (await import("./commands/export-pdf.js")).registerExportPdf,
  build: async () => (await import("./commands/build.js")).registerBuild,
  "publish-server": async () => (await import("./commands/publish-server.js")).registerPublishServer,
  "preview-server": async () => (await import("./commands/preview-server.js")).registerPreviewServer,
};

const program = new Command("gastvrij")
  .description("Command-line jobs of the Gastvrij Netwerk content platform.")
  .showHelpAfterError()
  .enablePositionalOptions();

// The program has no options of its own: the first word that is not an option names the command.
const named = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
const wanted = named !== undefined && Object.hasOwn(commands, named) ? [named] : Object.keys(commands);
const registers = await Promise.all(wanted.map((name) => (commands[name] as () => Promise<Register>)()));
for (const register of registers) register(program);

await program.parseAsync(process.argv);
