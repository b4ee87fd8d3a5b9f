import { ContentError } from "@gastvrij/content";
import { SiteAddressError } from "../build/site-address.js";
import { SnapshotError } from "../build/snapshot.js";
import { BuildError } from "../build/steps.js";

/** Failures that are the input's, not the program's: printed as one line, without a stack trace. */
function isExpected(error: unknown): error is Error {
  return [ContentError, SiteAddressError, SnapshotError, BuildError].some((kind) => error instanceof kind);
}

/** Exit code for a command whose input or content is wrong (as opposed to a crash). */
export const EXIT_INVALID = 1;

/**
 * Wraps a command's action: a ContentError (or any expected failure) is printed as one clear message without a
 * stack trace and the process exits non-zero; an unexpected error keeps its stack for the developer.
 */
export function action<Args extends unknown[]>(run: (...args: Args) => Promise<number | undefined>) {
  return async (...args: Args): Promise<void> => {
    try {
      const code = await run(...args);
      process.exitCode = code ?? 0;
    } catch (error) {
      if (isExpected(error)) {
        console.error(`error: ${error.message}`);
        process.exitCode = EXIT_INVALID;
        return;
      }
      console.error(error);
      process.exitCode = 2;
    }
  };
}
