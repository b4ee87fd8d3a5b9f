import type { Command } from "commander";

/** TODO: implemented by its owner. */
export function registerCalendar(program: Command): void {
  program.command("calendar").description("(not yet implemented)");
}
