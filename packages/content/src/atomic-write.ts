/**
 * Writing output files so that readers see either the old or the new content, never half of it: the data goes to a
 * temporary file beside the target, which is renamed into place only when it is complete.
 */
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Replaces `path` with what `write` puts into the temporary file it is handed (created folders included). When
 * `write` fails, the temporary file is removed and `path` stays as it was.
 */
export async function replaceAtomically(path: string, write: (temporary: string) => Promise<void>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await write(temporary);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes `data` to `path` atomically (see {@link replaceAtomically}).
 *
 * @example
 * await writeFileAtomic("dist/agenda.ics", eventsToIcs(events, { siteUrl }));
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  return replaceAtomically(path, (temporary) => writeFile(temporary, data));
}
