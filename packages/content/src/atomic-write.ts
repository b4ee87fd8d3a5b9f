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
export function replaceAtomically(path: string, write: (temporary: string) => Promise<void>): Promise<void> {
  return replaceAllAtomically([{ path, write }]);
}

/**
 * Replaces several files together (see {@link replaceAtomically}): every file is written to its temporary name first,
 * and they are renamed into place only when all were written. When a write fails, every temporary file is removed and
 * all the files stay as they were.
 */
export async function replaceAllAtomically(
  files: readonly { path: string; write: (temporary: string) => Promise<void> }[],
): Promise<void> {
  const staged = files.map(({ path, write }) => ({
    path,
    write,
    temporary: join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`),
  }));
  for (const folder of new Set(staged.map(({ path }) => dirname(path)))) await mkdir(folder, { recursive: true });
  try {
    for (const file of staged) await file.write(file.temporary);
    for (const file of staged) await rename(file.temporary, file.path);
  } catch (error) {
    await Promise.all(staged.map((file) => rm(file.temporary, { force: true })));
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
