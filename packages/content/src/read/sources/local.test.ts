import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { smallExport } from "../../../test/fixtures.js";
import { ContentError } from "../../errors.js";
import { fileDownload } from "../queries.js";
import { defaultDatasetPath, embeddedDatasetPath, openLocalSource } from "./local.js";

const here = dirname(fileURLToPath(import.meta.url));
const small = smallExport;

async function fixtureWith(edit: (lines: string[]) => string[]): Promise<string> {
  const lines = (await readFile(join(small, "data.ndjson"), "utf8")).trimEnd().split("\n");
  const dir = await mkdtemp(join(tmpdir(), "gastvrij-local-"));
  const file = join(dir, "data.ndjson");
  await cp(join(small, "images"), join(dir, "images"), { recursive: true });
  await writeFile(file, `${edit(lines).join("\n")}\n`);
  return file;
}

async function openError(dataset: string): Promise<ContentError> {
  const error = await openLocalSource({ dataset }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return error as ContentError;
}

describe("local source", () => {
  const savedEnv = process.env.GASTVRIJ_DATASET;
  afterEach(() => {
    if (savedEnv === undefined) delete process.env.GASTVRIJ_DATASET;
    else process.env.GASTVRIJ_DATASET = savedEnv;
  });

  it("returns only published documents (no drafts, versions, sanity.* or system.*)", async () => {
    const source = await openLocalSource({ dataset: small });
    const ids = await source.fetch<string[]>(`*._id`);
    expect(ids).toContain("tool-huurwaarborg");
    expect(ids.filter((id) => /^(drafts|versions|sanity|system)\./.test(id))).toEqual([]);
    // The published version wins over its draft.
    expect(await source.fetch(`*[_id == "tool-huurwaarborg"][0].title`)).toBe("Huurwaarborg-wegwijzer");
    expect(await source.fetch(`count(*[_id in path("drafts.**")])`)).toBe(0);
    expect(source.kind).toBe("local");
    expect(source.description).toBe(small);
  });

  it("resolves images to asset documents with a file URL", async () => {
    const source = await openLocalSource({ dataset: small });
    const image = await source.fetch<Record<string, unknown>>(
      `*[_id == "section-3-12"][0].body[_type == "image"][0]{alt, caption, "url": asset->url, "mime": asset->mimeType}`,
    );
    expect(image).toEqual({
      alt: "Schema van een budget",
      caption: "Een budget",
      url: `file://${join(small, "images", "schema.svg")}`,
      mime: "image/svg+xml",
    });
  });

  it("rejects a duplicate published _id with both lines", async () => {
    const file = await fixtureWith((lines) => [...lines, lines[1] as string]);
    const error = await openError(file);
    expect(error.location).toMatchObject({ file, line: 29, documentId: "theme-wonen" });
    expect(error.message).toContain("first on line 2");
    const draft = await fixtureWith((lines) => [
      ...lines,
      lines.find((line) => line.includes('"drafts.tool-nieuw"')) ?? "",
    ]);
    expect((await openError(draft)).location.documentId).toBe("drafts.tool-nieuw");
  });

  it("names document and field for a reference to a missing document", async () => {
    const file = await fixtureWith((lines) => lines.filter((line) => !line.includes('"_id":"theme-werk"')));
    const error = await openError(file);
    expect(error.location.documentId).toBe("section-3-12");
    expect(error.location.path).toBe("themes[0]");
    expect(error.message).toContain('"theme-werk"');
  });

  it("names document and field for a missing image file", async () => {
    const file = await fixtureWith((lines) => lines.map((line) => line.replace("schema.svg", "gone.svg")));
    const error = await openError(file);
    expect(error.location).toMatchObject({ documentId: "section-3-12", path: "body[1]" });
    expect(error.message).toContain("gone.svg");
  });

  it("defaults to GASTVRIJ_DATASET, else the embedded dataset next to the package", async () => {
    delete process.env.GASTVRIJ_DATASET;
    expect(defaultDatasetPath()).toBe(embeddedDatasetPath);
    expect(embeddedDatasetPath).toBe(resolve(here, "../../../dataset/embedded"));
    process.env.GASTVRIJ_DATASET = small;
    expect(defaultDatasetPath()).toBe(small);
    const source = await openLocalSource();
    expect(source.dataset).toBe(small);
  });
});

describe("file assets of a local export", () => {
  /** An export with a page whose `files` are `names` (in `files/`, each written with `bytes` bytes unless missing). */
  async function exportWithFiles(
    names: string[],
    options: { missing?: string[]; assetsJson?: unknown; extra?: Record<string, unknown>[] } = {},
  ): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "gastvrij-local-files-"));
    await mkdir(join(dir, "files"));
    for (const [i, name] of names.entries()) {
      if (!options.missing?.includes(name))
        await writeFile(join(dir, "files", name), Buffer.alloc(100 * (i + 1), 0x41));
    }
    if (options.assetsJson) await writeFile(join(dir, "assets.json"), JSON.stringify(options.assetsJson));
    const page = {
      _id: "page-over-ons",
      _type: "page",
      title: "Over ons",
      files: names.map((name, i) => ({
        _type: "file",
        _key: `f${i}`,
        title: `Bestand ${i}`,
        _sanityAsset: `file@file://./files/${encodeURIComponent(name)}`,
      })),
    };
    const docs = [{ _id: "theme-wonen", _type: "theme", title: "Wonen" }, page, ...(options.extra ?? [])];
    await writeFile(join(dir, "data.ndjson"), `${docs.map((doc) => JSON.stringify(doc)).join("\n")}\n`);
    return dir;
  }
  const filesOf = async (dataset: string) => {
    const source = await openLocalSource({ dataset });
    return source.fetch<Record<string, unknown>[]>(`*[_id == "page-over-ons"][0].files[]${fileDownload}`);
  };

  it("gives each file its URL, extension, MIME type, original name and its size in bytes as on disk", async () => {
    const names = [
      "statuten.pdf",
      "Verslag 2026.DOCX",
      "ledenlijst.csv",
      "begroting.xlsx",
      "leesmij.txt",
      "pakket.zip",
      "los.bin",
    ];
    const dir = await exportWithFiles(names);
    const files = await filesOf(dir);
    expect(files.map((file) => [file.filename, file.extension, file.mimeType, file.size])).toEqual([
      ["statuten.pdf", "pdf", "application/pdf", 100],
      ["Verslag 2026.DOCX", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 200],
      ["ledenlijst.csv", "csv", "text/csv", 300],
      ["begroting.xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 400],
      ["leesmij.txt", "txt", "text/plain", 500],
      ["pakket.zip", "zip", "application/zip", 600],
      ["los.bin", "bin", "application/octet-stream", 700],
    ]);
    expect(files[0]).toMatchObject({ title: "Bestand 0", url: `file://${join(dir, "files", "statuten.pdf")}` });
    expect(files[1]?.url).toBe(`file://${join(dir, "files", "Verslag%202026.DOCX")}`);
  });

  it("takes the original file name from the export's assets.json, as Sanity writes it, as text only", async () => {
    const sha = "3f1c0a9d2b7e4f6a8c1d0e5b9a7f3c2d1e0b4a6c";
    const dir = await exportWithFiles([`${sha}.pdf`, "constructor.constructor"], {
      assetsJson: { [`file-${sha}`]: { originalFilename: "<script>alert(1)</script>.pdf", size: 1 } },
    });
    const files = await filesOf(dir);
    expect(files.map((file) => [file.filename, file.size, file.mimeType])).toEqual([
      ["<script>alert(1)</script>.pdf", 100, "application/pdf"],
      ["constructor.constructor", 200, "application/octet-stream"],
    ]);
    // The file's own (safe) name is the path; the original name is never one.
    expect(files[0]?.url).toBe(`file://${join(dir, "files", `${sha}.pdf`)}`);
  });

  it("names document and field for a missing file", async () => {
    const dir = await exportWithFiles(["statuten.pdf", "weg.pdf"], { missing: ["weg.pdf"] });
    const error = await openError(dir);
    expect(error.location).toEqual({
      file: join(dir, "data.ndjson"),
      line: 2,
      documentId: "page-over-ons",
      path: "files[1]",
    });
    expect(error.problem).toContain("weg.pdf");
  });

  it("refuses a file path that leaves the export, by file, line, document and field", async () => {
    const dir = await exportWithFiles(["statuten.pdf"]);
    const data = join(dir, "data.ndjson");
    await writeFile(data, (await readFile(data, "utf8")).replace("./files/statuten.pdf", "./../../../etc/passwd"));
    const error = await openError(dir);
    expect(error.location).toEqual({ file: data, line: 2, documentId: "page-over-ons", path: "files[0]" });
    expect(error.problem).toMatch(/leaves the export folder/);
  });

  it("refuses an asset document of the export that points at a file on the machine", async () => {
    const dir = await exportWithFiles(["statuten.pdf"], {
      extra: [
        { _id: "file-abc-pdf", _type: "sanity.fileAsset", url: "https://cdn.sanity.io/files/p/d/abc.pdf" },
        { _id: "file-passwd-txt", _type: "sanity.fileAsset", url: " FILE:///etc/passwd", originalFilename: "passwd" },
      ],
    });
    const error = await openError(dir);
    expect(error.location).toEqual({
      file: join(dir, "data.ndjson"),
      line: 4,
      documentId: "file-passwd-txt",
      path: "url",
    });
    expect(error.problem).toMatch(/not a web address/);
  });
});
