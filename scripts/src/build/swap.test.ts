import { existsSync } from "node:fs";
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { activateRelease, currentRelease, replaceFolder } from "./swap.js";

let base: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), "gastvrij-swap-"));
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

/** A folder with the given files (name → content). */
async function folder(path: string, files: Record<string, string>): Promise<string> {
  await mkdir(path, { recursive: true });
  for (const [name, content] of Object.entries(files)) await writeFile(join(path, name), content);
  return path;
}

describe("replaceFolder", () => {
  it("replaces a folder's contents with the new folder's and leaves nothing else behind", async () => {
    const target = await folder(join(base, "site"), { "index.html": "oud", "weg.html": "verdwijnt" });
    const next = await folder(join(base, "site.next"), { "index.html": "nieuw", "agenda.html": "agenda" });
    await replaceFolder(next, target);
    expect((await readdir(target)).sort()).toEqual(["agenda.html", "index.html"]);
    expect(await readFile(join(target, "index.html"), "utf8")).toBe("nieuw");
    expect((await readdir(base)).sort()).toEqual(["site"]);
  });

  it("puts the new folder in place when there was none yet", async () => {
    const next = await folder(join(base, "site.next"), { "index.html": "nieuw" });
    await replaceFolder(next, join(base, "site"));
    expect(await readFile(join(base, "site", "index.html"), "utf8")).toBe("nieuw");
    expect(await readdir(base)).toEqual(["site"]);
  });

  it("keeps the old folder when the new one does not exist", async () => {
    const target = await folder(join(base, "site"), { "index.html": "oud" });
    await expect(replaceFolder(join(base, "bestaat-niet"), target)).rejects.toThrow();
    expect(await readFile(join(target, "index.html"), "utf8")).toBe("oud");
    expect(await readdir(base)).toEqual(["site"]);
  });

  it("clears a folder left behind by an interrupted earlier swap", async () => {
    await folder(join(base, `.site.previous-${process.pid}`), { "index.html": "heel oud" });
    const target = await folder(join(base, "site"), { "index.html": "oud" });
    await replaceFolder(await folder(join(base, "site.next"), { "index.html": "nieuw" }), target);
    expect(await readFile(join(target, "index.html"), "utf8")).toBe("nieuw");
    expect(await readdir(base)).toEqual(["site"]);
  });
});

describe("activateRelease and currentRelease", () => {
  const releases = () => join(base, "releases");
  const link = () => join(base, "current");
  const release = (name: string) => folder(join(releases(), name), { "index.html": name });
  const names = async () => (await readdir(releases())).sort();

  it("has no current release before one is activated", async () => {
    expect(await currentRelease(link())).toBeUndefined();
  });

  it("makes current a relative symbolic link to the release", async () => {
    const first = await release("2026-05-01T10-00-00");
    await activateRelease(first, link());
    expect((await lstat(link())).isSymbolicLink()).toBe(true);
    const target = await readlink(link());
    expect(isAbsolute(target)).toBe(false);
    expect(target).toBe(join("releases", "2026-05-01T10-00-00"));
    expect(await currentRelease(link())).toBe(first);
    expect(await readFile(join(link(), "index.html"), "utf8")).toBe("2026-05-01T10-00-00");
  });

  it("switches current to a second release with no temporary link left", async () => {
    await activateRelease(await release("2026-05-01T10-00-00"), link());
    const second = await release("2026-05-01T11-00-00");
    await activateRelease(second, link());
    expect(await currentRelease(link())).toBe(second);
    expect(await readFile(join(link(), "index.html"), "utf8")).toBe("2026-05-01T11-00-00");
    expect((await readdir(base)).sort()).toEqual(["current", "releases"]);
    expect(existsSync(join(releases(), "2026-05-01T10-00-00"))).toBe(true);
  });

  it("keeps the site reachable through a relative link when the whole folder moves", async () => {
    await activateRelease(await release("r1"), link());
    const moved = `${base}-verplaatst`;
    await rm(moved, { recursive: true, force: true });
    await rename(base, moved);
    try {
      expect(await readFile(join(moved, "current", "index.html"), "utf8")).toBe("r1");
    } finally {
      await rename(moved, base);
    }
  });

  it("keeps only the newest releases", async () => {
    for (const name of ["r1", "r2", "r3", "r4", "r5"]) await activateRelease(await release(name), link(), 3);
    expect(await names()).toEqual(["r3", "r4", "r5"]);
    expect(await currentRelease(link())).toBe(join(releases(), "r5"));
  });

  it("keeps three releases by default", async () => {
    for (const name of ["r1", "r2", "r3", "r4"]) await activateRelease(await release(name), link());
    expect(await names()).toEqual(["r2", "r3", "r4"]);
  });

  it("never deletes the release it makes current, even an older one", async () => {
    for (const name of ["r1", "r2", "r3", "r4"]) await release(name);
    await activateRelease(join(releases(), "r1"), link(), 2);
    expect(await currentRelease(link())).toBe(join(releases(), "r1"));
    expect(await readFile(join(link(), "index.html"), "utf8")).toBe("r1");
    expect(await names()).toEqual(["r1", "r3", "r4"]);
  });

  it("leaves hidden folders in the releases folder alone", async () => {
    await folder(join(releases(), ".r0-unfinished"), { "index.html": "half" });
    for (const name of ["r1", "r2"]) await activateRelease(await release(name), link(), 1);
    expect(await names()).toEqual([".r0-unfinished", "r2"]);
  });
});
