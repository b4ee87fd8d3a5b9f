import type { Command } from "commander";

/** TODO: implemented by its owner. */
export function registerImportMarkdown(program: Command): void {
  program.command("import-markdown").description("(not yet implemented)");
}
