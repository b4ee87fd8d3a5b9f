import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { embeddedDatasetPath } from "@gastvrij/content/sources";
import * as tar from "tar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redact, SnapshotError, type SnapshotManifest, sourceFromEnvironment, takeSnapshot } from "./snapshot.js";

let base: string;
let counter = 0;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), "gastvrij-snapshot-"));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/** A new empty folder under the test's temporary folder. */
async function fresh(name: string): Promise<string> {
  const dir = join(base, `${name}-${++counter}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

const documents = [
  { _id: "event-netwerkdag-2026", _type: "event", title: "Netwerkdag" },
  { _id: "theme-wonen", _type: "theme", title: "Wonen" },
  { _id: "drafts.theme-wonen", _type: "theme", title: "Wonen (concept)" },
];
const ndjson = `${documents.map((document) => JSON.stringify(document)).join("\n")}\n`;
const images = { "logo.svg": "<svg/>", "foto.png": "\x89PNG fake" };

/** An export in Sanity's layout: `<dir>/<file>` with `images/` beside it (and `assets.json` when asked). */
async function writeExport(
  dir: string,
  file = "data.ndjson",
  data = ndjson,
  pictures: Record<string, string> = images,
): Promise<string> {
  await mkdir(join(dir, "images"), { recursive: true });
  await writeFile(join(dir, file), data);
  for (const [name, content] of Object.entries(pictures)) await writeFile(join(dir, "images", name), content);
  return join(dir, file);
}

/** A `.tar.gz` the way `sanity dataset export` writes it: everything inside one top-level folder. */
async function writeTarball(data = ndjson, pictures: Record<string, string> = images): Promise<string> {
  const source = await fresh("tar-source");
  await writeExport(join(source, "gastvrij-export-2026-05-01"), "data.ndjson", data, pictures);
  await writeFile(join(source, "gastvrij-export-2026-05-01", "assets.json"), "{}\n");
  const file = join(await fresh("tarball"), "production.tar.gz");
  await tar.c({ gzip: true, file, cwd: source }, ["gastvrij-export-2026-05-01"]);
  return file;
}

async function manifestOnDisk(dir: string): Promise<SnapshotManifest> {
  return JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as SnapshotManifest;
}

const lines = (text: string) => text.split("\n").filter((line) => line.trim() !== "").length;

describe("takeSnapshot", () => {
  it("copies the embedded dataset into a new folder with its manifest", async () => {
    const cacheDir = await fresh("cache");
    const now = new Date("2026-05-01T10:00:00.000Z");
    const snapshot = await takeSnapshot({ kind: "local", path: embeddedDatasetPath }, { cacheDir, now });
    expect(basename(snapshot.dir).startsWith("2026-05-01T10-00-00-000Z-")).toBe(true);
    expect(await readdir(cacheDir)).toEqual([basename(snapshot.dir)]);
    const original = await readFile(join(embeddedDatasetPath, "data.ndjson"), "utf8");
    expect(await readFile(join(snapshot.dir, "data.ndjson"), "utf8")).toBe(original);
    const imageNames = (await readdir(join(embeddedDatasetPath, "images"))).sort();
    expect((await readdir(join(snapshot.dir, "images"))).sort()).toEqual(imageNames);
    const fileNames = (await readdir(join(embeddedDatasetPath, "files"))).sort();
    expect((await readdir(join(snapshot.dir, "files"))).sort()).toEqual(fileNames);
    expect(snapshot.manifest).toEqual(await manifestOnDisk(snapshot.dir));
    expect(snapshot.manifest).toMatchObject({
      source: "embedded",
      takenAt: "2026-05-01T10:00:00.000Z",
      documentCount: lines(original),
      assetCount: imageNames.length + fileNames.length,
    });
    expect(snapshot.manifest.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(basename(snapshot.dir).endsWith(snapshot.manifest.contentHash.slice(0, 12))).toBe(true);
  });

  it("recognises the embedded dataset however its path is written", async () => {
    const snapshot = await takeSnapshot(
      { kind: "local", path: `${embeddedDatasetPath}/` },
      { cacheDir: await fresh("cache") },
    );
    expect(snapshot.manifest.source).toBe("embedded");
  });

  it("copies a single .ndjson file with the images folder beside it", async () => {
    const file = await writeExport(await fresh("export"), "production.ndjson", `${ndjson}\n\n`);
    const snapshot = await takeSnapshot({ kind: "local", path: file }, { cacheDir: await fresh("cache") });
    expect((await readdir(snapshot.dir)).sort()).toEqual(["data.ndjson", "images", "manifest.json"]);
    expect(await readFile(join(snapshot.dir, "data.ndjson"), "utf8")).toBe(`${ndjson}\n\n`);
    expect((await readdir(join(snapshot.dir, "images"))).sort()).toEqual(["foto.png", "logo.svg"]);
    expect(await readFile(join(snapshot.dir, "images", "foto.png"), "utf8")).toBe(images["foto.png"]);
    expect(snapshot.manifest).toMatchObject({ source: "export", dataset: file, documentCount: 3, assetCount: 2 });
    expect(snapshot.manifest).toEqual(await manifestOnDisk(snapshot.dir));
  });

  it("extracts a .tar.gz export whose files sit in a top-level folder", async () => {
    const file = await writeTarball();
    const snapshot = await takeSnapshot({ kind: "local", path: file }, { cacheDir: await fresh("cache") });
    expect((await readdir(snapshot.dir)).sort()).toEqual(["assets.json", "data.ndjson", "images", "manifest.json"]);
    expect(await readFile(join(snapshot.dir, "data.ndjson"), "utf8")).toBe(ndjson);
    expect((await readdir(join(snapshot.dir, "images"))).sort()).toEqual(["foto.png", "logo.svg"]);
    expect(snapshot.manifest).toMatchObject({ source: "export", dataset: file, documentCount: 3, assetCount: 2 });
    expect(snapshot.manifest.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshot.manifest).toEqual(await manifestOnDisk(snapshot.dir));
  });

  it("reads an export folder, and one whose export sits one folder down", async () => {
    const flat = await fresh("export");
    await writeExport(flat);
    const nested = await fresh("export");
    await writeExport(join(nested, "gastvrij-export"));
    const a = await takeSnapshot({ kind: "local", path: flat }, { cacheDir: await fresh("cache") });
    const b = await takeSnapshot({ kind: "local", path: nested }, { cacheDir: await fresh("cache") });
    expect(a.manifest).toMatchObject({ documentCount: 3, assetCount: 2 });
    expect(b.manifest.contentHash).toBe(a.manifest.contentHash);
  });

  it("gives the same content the same hash, whatever form the export takes and whenever it is taken", async () => {
    const cacheDir = await fresh("cache");
    const file = await writeExport(await fresh("export"), "data.ndjson");
    const first = await takeSnapshot({ kind: "local", path: file }, { cacheDir, now: new Date("2026-05-01T10:00Z") });
    const again = await takeSnapshot({ kind: "local", path: file }, { cacheDir, now: new Date("2026-05-02T10:00Z") });
    const fromTarball = await takeSnapshot(
      { kind: "local", path: await writeTarball() },
      { cacheDir, now: new Date("2026-05-03T10:00Z") },
    );
    expect(again.manifest.contentHash).toBe(first.manifest.contentHash);
    expect(fromTarball.manifest.contentHash).toBe(first.manifest.contentHash);
  });

  it("gives another hash when one byte of the documents or of an image changes", async () => {
    const hashOf = async (data: string, pictures: Record<string, string>) => {
      const file = await writeExport(await fresh("export"), "data.ndjson", data, pictures);
      return (await takeSnapshot({ kind: "local", path: file }, { cacheDir: await fresh("cache") })).manifest
        .contentHash;
    };
    const original = await hashOf(ndjson, images);
    expect(await hashOf(ndjson.replace("Netwerkdag", "Netwerkdah"), images)).not.toBe(original);
    expect(await hashOf(ndjson, { ...images, "logo.svg": "<svg/ " })).not.toBe(original);
    expect(await hashOf(ndjson, { "logo.svg": images["logo.svg"], "foto2.png": images["foto.png"] })).not.toBe(
      original,
    );
  });

  it("rejects a missing path with a SnapshotError naming it, and leaves no folder behind", async () => {
    for (const name of ["bestaat-niet", "bestaat-niet.ndjson", "bestaat-niet.tar.gz"]) {
      const cacheDir = await fresh("cache");
      const path = join(base, name);
      const taking = takeSnapshot({ kind: "local", path }, { cacheDir });
      await expect(taking).rejects.toThrow(SnapshotError);
      await expect(taking).rejects.toThrow(path);
      expect(await readdir(cacheDir)).toEqual([]);
    }
  });

  it("rejects a folder without data.ndjson, and leaves no folder behind", async () => {
    const cacheDir = await fresh("cache");
    const empty = await fresh("leeg");
    const taking = takeSnapshot({ kind: "local", path: empty }, { cacheDir });
    await expect(taking).rejects.toThrow(SnapshotError);
    await expect(taking).rejects.toThrow(`${empty}: the export has no data.ndjson`);
    expect(await readdir(cacheDir)).toEqual([]);
  });

  it("rejects a .tar.gz that is not one, and leaves no folder behind", async () => {
    const cacheDir = await fresh("cache");
    const file = join(await fresh("tarball"), "kapot.tar.gz");
    await writeFile(file, "dit is geen tar-bestand");
    const taking = takeSnapshot({ kind: "local", path: file }, { cacheDir });
    await expect(taking).rejects.toThrow(SnapshotError);
    await expect(taking).rejects.toThrow(`${file}: not a readable .tar.gz export`);
    expect(await readdir(cacheDir)).toEqual([]);
  });

  it("keeps only the newest snapshots", async () => {
    const cacheDir = await fresh("cache");
    const file = await writeExport(await fresh("export"));
    const dirs: string[] = [];
    for (const day of ["01", "02", "03", "04"]) {
      const now = new Date(`2026-05-${day}T10:00:00.000Z`);
      dirs.push((await takeSnapshot({ kind: "local", path: file }, { cacheDir, now, keep: 2 })).dir);
    }
    expect((await readdir(cacheDir)).sort()).toEqual(dirs.slice(2).map((dir) => basename(dir)));
    expect(existsSync(join(dirs[3] ?? "", "data.ndjson"))).toBe(true);
  });

  it("keeps five snapshots by default", async () => {
    const cacheDir = await fresh("cache");
    const file = await writeExport(await fresh("export"));
    for (let day = 1; day <= 7; day++) {
      await takeSnapshot({ kind: "local", path: file }, { cacheDir, now: new Date(Date.UTC(2026, 4, day, 10)) });
    }
    const left = (await readdir(cacheDir)).sort();
    expect(left).toHaveLength(5);
    expect(left[0]?.startsWith("2026-05-03T10")).toBe(true);
  });
});

describe("sourceFromEnvironment", () => {
  const live = {
    SANITY_PROJECT_ID: "abc123",
    SANITY_DATASET: "staging",
    SANITY_API_READ_TOKEN: "sk-geheim",
    GASTVRIJ_SANITY_API_HOST: "http://127.0.0.1:4000",
  };

  it("takes --dataset before everything else", () => {
    expect(sourceFromEnvironment({ ...live, GASTVRIJ_DATASET: "uit-env.ndjson" }, "cli.tar.gz")).toEqual({
      kind: "local",
      path: "cli.tar.gz",
    });
  });

  it("takes GASTVRIJ_DATASET before the live dataset", () => {
    expect(sourceFromEnvironment({ ...live, GASTVRIJ_DATASET: "uit-env.ndjson" })).toEqual({
      kind: "local",
      path: "uit-env.ndjson",
    });
  });

  it("reads the live dataset when SANITY_PROJECT_ID is set", () => {
    expect(sourceFromEnvironment(live)).toEqual({
      kind: "live",
      projectId: "abc123",
      dataset: "staging",
      token: "sk-geheim",
      apiHost: "http://127.0.0.1:4000",
    });
  });

  it("reads the production dataset without a token or API host when only the project is given", () => {
    expect(sourceFromEnvironment({ SANITY_PROJECT_ID: "abc123" })).toEqual({
      kind: "live",
      projectId: "abc123",
      dataset: "production",
      token: undefined,
      apiHost: undefined,
    });
    expect(
      sourceFromEnvironment({
        SANITY_PROJECT_ID: "abc123",
        SANITY_DATASET: "",
        SANITY_API_READ_TOKEN: "",
        GASTVRIJ_SANITY_API_HOST: "",
      }),
    ).toMatchObject({ dataset: "production", token: undefined, apiHost: undefined });
  });

  it("falls back to the embedded dataset, also when the variables are empty", () => {
    const embedded = { kind: "local", path: embeddedDatasetPath };
    expect(sourceFromEnvironment({})).toEqual(embedded);
    expect(sourceFromEnvironment({ GASTVRIJ_DATASET: "", SANITY_PROJECT_ID: "" }, "")).toEqual(embedded);
  });
});

describe("redact", () => {
  it("replaces every occurrence of the token", () => {
    expect(redact("GET ?token=sk-geheim failed; Authorization: Bearer sk-geheim", "sk-geheim")).toBe(
      "GET ?token=[token] failed; Authorization: Bearer [token]",
    );
  });

  it("leaves a message alone without a token", () => {
    expect(redact("export failed: 401", undefined)).toBe("export failed: 401");
    expect(redact("export failed: 401", "")).toBe("export failed: 401");
  });
});
