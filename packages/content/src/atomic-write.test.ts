import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { replaceAllAtomically, replaceAtomically, writeFileAtomic } from "./atomic-write.js";

describe("atomic writes", () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), "gastvrij-atomic-"));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it("writes a file, creating its folders, and replaces an existing one whole", async () => {
    const path = join(folder, "a", "b", "out.txt");
    await writeFileAtomic(path, "eerste");
    await writeFileAtomic(path, new TextEncoder().encode("tweede"));
    expect(await readFile(path, "utf8")).toBe("tweede");
    expect(await readdir(join(folder, "a", "b"))).toEqual(["out.txt"]);
  });

  it("leaves the previous file as it was and no temporary file behind when writing fails", async () => {
    const path = join(folder, "out.pdf");
    await writeFile(path, "vorige");
    const failing = replaceAtomically(path, async (temporary) => {
      await writeFile(temporary, "half");
      throw new Error("schijf vol");
    });
    await expect(failing).rejects.toThrow("schijf vol");
    expect(await readFile(path, "utf8")).toBe("vorige");
    expect(await readdir(folder)).toEqual(["out.pdf"]);
  });

  it("replaces several files only when all were written: one failing write leaves every file as it was", async () => {
    await writeFile(join(folder, "a.pdf"), "vorige a");
    const write = (text: string) => (temporary: string) => writeFile(temporary, text);
    const failing = replaceAllAtomically([
      { path: join(folder, "a.pdf"), write: write("nieuwe a") },
      { path: join(folder, "b.pdf"), write: write("nieuwe b") },
      { path: join(folder, "c.pdf"), write: () => Promise.reject(new Error("schijf vol")) },
    ]);
    await expect(failing).rejects.toThrow("schijf vol");
    expect(await readFile(join(folder, "a.pdf"), "utf8")).toBe("vorige a");
    expect(await readdir(folder)).toEqual(["a.pdf"]);

    await replaceAllAtomically([
      { path: join(folder, "a.pdf"), write: write("nieuwe a") },
      { path: join(folder, "sub", "b.pdf"), write: write("nieuwe b") },
    ]);
    expect(await readFile(join(folder, "a.pdf"), "utf8")).toBe("nieuwe a");
    expect(await readFile(join(folder, "sub", "b.pdf"), "utf8")).toBe("nieuwe b");
    expect((await readdir(folder)).sort()).toEqual(["a.pdf", "sub"]);
  });
});
