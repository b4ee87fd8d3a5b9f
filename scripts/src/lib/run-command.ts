import { ContentError } from "@gastvrij/content";

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
      if (error instanceof ContentError) {
        console.error(`error: ${error.message}`);
        process.exitCode = EXIT_INVALID;
        return;
      }
      console.error(error);
      process.exitCode = 2;
    }
  };
}
