#!/usr/bin/env node
import { Command } from "commander";
import { registerBuild } from "./commands/build.js";
import { registerCalendar } from "./commands/calendar.js";
import { registerExportPdf } from "./commands/export-pdf.js";
import { registerImportMarkdown } from "./commands/import-markdown.js";
import { registerPublishServer } from "./commands/publish-server.js";
import { registerQuery } from "./commands/query.js";
import { registerCheckText, registerValidate } from "./commands/validate.js";

const program = new Command("gastvrij")
  .description("Command-line jobs of the Gastvrij Netwerk content platform.")
  .showHelpAfterError()
  .enablePositionalOptions();

registerValidate(program);
registerCheckText(program);
registerQuery(program);
registerImportMarkdown(program);
registerCalendar(program);
registerExportPdf(program);
registerBuild(program);
registerPublishServer(program);

await program.parseAsync(process.argv);
