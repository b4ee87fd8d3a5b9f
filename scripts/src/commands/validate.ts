import type { Command } from "commander";

/** TODO: implemented by its owner. */
export function registerValidate(program: Command): void {
  program.command("validate").description("(not yet implemented)");
}
