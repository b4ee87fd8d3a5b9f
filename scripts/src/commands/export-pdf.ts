import type { Command } from "commander";

/** TODO: implemented by its owner. */
export function registerExportPdf(program: Command): void {
  program.command("export-pdf").description("(not yet implemented)");
}
