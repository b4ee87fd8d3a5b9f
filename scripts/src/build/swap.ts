/**
 * Putting a finished build in place without a moment of half a site. `replaceFolder` swaps a folder in for another
 * (two renames on one file system; `gastvrij build --out`). `activateRelease` points the `current` symbolic link at a
 * release folder by renaming a new link over it, which is atomic: a web server (or the publish service) that serves
 * `current` sees the old site or the new one, never a mix.
 */
import { existsSync } from "node:fs";
import { readdir, readlink, rename, rm, symlink } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";

/** Replaces `target` with `next` (both on one file system); the old folder is removed once the new one is in place. */
export async function replaceFolder(next: string, target: string): Promise<void> {
  const retired = join(dirname(target), `.${basename(target)}.previous-${process.pid}`);
  await rm(retired, { recursive: true, force: true });
  if (existsSync(target)) await rename(target, retired);
  try {
    await rename(next, target);
  } catch (error) {
    if (existsSync(retired)) await rename(retired, target);
    throw error;
  }
  await rm(retired, { recursive: true, force: true });
}

/** The release folder `current` points at, if any. */
export async function currentRelease(link: string): Promise<string | undefined> {
  try {
    return resolve(dirname(link), await readlink(link));
  } catch {
    return undefined;
  }
}

/**
 * Makes `release` the served one: a new link beside `link`, renamed over it. Then removes the oldest releases of the
 * release's folder beyond `keep` (never the current one).
 */
export async function activateRelease(release: string, link: string, keep = 3): Promise<void> {
  const staging = `${link}.next-${process.pid}`;
  await rm(staging, { force: true });
  await symlink(relative(dirname(resolve(link)), resolve(release)), staging, "dir");
  await rename(staging, link);
  const releases = dirname(resolve(release));
  const names = (await readdir(releases, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort();
  for (const name of names.slice(0, Math.max(0, names.length - keep))) {
    if (join(releases, name) !== resolve(release)) await rm(join(releases, name), { recursive: true, force: true });
  }
}
