import type { Command } from "commander";

/** TODO: implemented by its owner. */
export function registerQuery(program: Command): void {
  program.command("query").description("(not yet implemented)");
}
