import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { create } from "tar";
import { describe, expect, it } from "vitest";
import { fixturesDir, smallExport } from "../../../test/fixtures.js";
import { ContentError } from "../../errors.js";
import { readExport, unsafeFileName } from "./export-reader.js";

const fixtures = fixturesDir;
const small = smallExport;

async function tempFile(name: string, content: string | Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "gastvrij-reader-"));
  const file = join(dir, name);
  await writeFile(file, content);
  return file;
}

async function readError(path: string): Promise<ContentError> {
  const error = await readExport(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return error as ContentError;
}

describe("readExport", () => {
  it("reads an export folder with line numbers, drafts included, and asset uses", async () => {
    const data = await readExport(small);
    expect(data.documents[0]).toMatchObject({ line: 1, document: { _id: "siteSettings" } });
    const ids = data.documents.map((d) => d.document._id);
    expect(ids).toContain("drafts.tool-huurwaarborg");
    expect(ids).toContain("versions.r1.tool-cv-sjabloon");
    const section = data.documents.find((d) => d.document._id === "section-3-12");
    expect(section?.line).toBe(ids.indexOf("section-3-12") + 1);
    expect(data.assets).toHaveLength(1);
    expect(data.assets[0]).toMatchObject({
      kind: "image",
      documentId: "section-3-12",
      fieldPath: "body[1]",
      exists: true,
      path: join(small, "images", "schema.svg"),
    });
    expect(data.assets[0]?.url).toMatch(/^file:\/\/.*\/images\/schema\.svg$/);
    expect(data.assetsMeta).toHaveProperty("image-schema");
  });

  it("reads a bare .ndjson file", async () => {
    const data = await readExport(join(small, "data.ndjson"));
    expect(data.documents.length).toBeGreaterThan(20);
  });

  it("reads a .tar.gz export with <name>/data.ndjson and images", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gastvrij-tar-"));
    const archive = join(dir, "export.tar.gz");
    // Pack the fixture folder as `production/…`, the way `sanity dataset export` lays it out.
    await create({ gzip: true, file: archive, cwd: fixtures, portable: true }, ["small"]);
    const data = await readExport(archive);
    expect(data.source).toBe(archive);
    expect(data.dataFileLabel).toBe(`${archive}!/small/data.ndjson`);
    expect(data.documents.length).toBe((await readExport(small)).documents.length);
    expect(data.assets[0]?.exists).toBe(true);
    // A second read reuses the extracted copy.
    expect((await readExport(archive)).dataFile).toBe(data.dataFile);
  });

  it("names file and line for malformed JSON", async () => {
    const file = await tempFile("bad.ndjson", '{"_id":"a","_type":"t"}\n{"_id": "b", oops}\n');
    const error = await readError(file);
    expect(error.location).toMatchObject({ file, line: 2 });
    expect(error.message).toContain(`${file}:2`);
    expect(error.message).toContain("invalid JSON");
  });

  it("reports a truncated last line", async () => {
    const file = await tempFile("cut.ndjson", '{"_id":"a","_type":"t"}\n\n{"_id":"b","_ty');
    const error = await readError(file);
    expect(error.location.line).toBe(3);
    expect(error.message).toContain("incomplete");
  });

  it("reports invalid UTF-8 with its line", async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"_id":"a","_type":"t"}\n{"_id":"b","_type":"t","title":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}\n'),
    ]);
    const error = await readError(await tempFile("latin.ndjson", bytes));
    expect(error.location.line).toBe(2);
    expect(error.message).toContain("UTF-8");
  });

  it("rejects lines that are not documents", async () => {
    expect((await readError(await tempFile("arr.ndjson", "[1,2]\n"))).message).toContain("not a JSON object");
    expect((await readError(await tempFile("noid.ndjson", '{"_type":"t"}\n'))).message).toContain("_id");
    expect((await readError(await tempFile("notype.ndjson", '{"_id":"x"}\n'))).message).toContain("_type");
  });

  it("accepts CRLF line ends, a BOM and blank lines", async () => {
    const file = await tempFile("crlf.ndjson", '\uFEFF{"_id":"a","_type":"t"}\r\n\r\n{"_id":"b","_type":"t"}');
    const data = await readExport(file);
    expect(data.documents.map((d) => [d.document._id, d.line])).toEqual([
      ["a", 1],
      ["b", 3],
    ]);
  });

  it("streams a document of tens of megabytes", async () => {
    const big = "x".repeat(30 * 1024 * 1024);
    const file = await tempFile("big.ndjson", `{"_id":"a","_type":"t"}\n{"_id":"big","_type":"t","blob":"${big}"}\n`);
    const data = await readExport(file);
    expect(String(data.documents[1]?.document.blob).length).toBe(big.length);
  });

  it("fails clearly for a missing path", async () => {
    expect((await readError("/nonexistent/export.ndjson")).message).toContain("cannot read export");
  });
});

/** An export folder with `files/` (and the given extra files) whose one published document has `files[0]` = `ref`. */
async function exportWithFile(ref: string, extra: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "gastvrij-assets-"));
  await mkdir(join(dir, "files"));
  await writeFile(join(dir, "files", "statuten.pdf"), "%PDF-1.7\n");
  for (const [name, content] of Object.entries(extra)) await writeFile(join(dir, name), content);
  const docs = [
    { _id: "theme-wonen", _type: "theme", title: "Wonen" },
    {
      _id: "page-over-ons",
      _type: "page",
      title: "Over ons",
      files: [{ _type: "file", _key: "f1", title: "Statuten", _sanityAsset: ref }],
    },
  ];
  await writeFile(join(dir, "data.ndjson"), `${docs.map((doc) => JSON.stringify(doc)).join("\n")}\n`);
  return dir;
}

describe("asset files of an export (images and files alike)", () => {
  const where = { line: 2, documentId: "page-over-ons", path: "files[0]" };

  it("collects a file asset inside the export as a file that exists", async () => {
    const dir = await exportWithFile("file@file://./files/statuten.pdf");
    const { assets } = await readExport(dir);
    expect(assets).toEqual([
      expect.objectContaining({
        kind: "file",
        path: join(dir, "files", "statuten.pdf"),
        exists: true,
        ...{ documentId: "page-over-ons", fieldPath: "files[0]", line: 2 },
      }),
    ]);
  });

  it("says a missing file does not exist (the local source and the validator decide)", async () => {
    const { assets } = await readExport(await exportWithFile("file@file://./files/weg.pdf"));
    expect(assets[0]?.exists).toBe(false);
  });

  it("refuses a path that leaves the export folder, naming file, line, document and field", async () => {
    for (const ref of [
      "file@file://./../../etc/passwd",
      "file@file://./files/../../../etc/passwd",
      "file@file://./files/%2e%2e/%2e%2e/etc/passwd",
      "image@file://./../buiten.svg",
    ]) {
      const dir = await exportWithFile(ref);
      const error = await readError(dir);
      expect(error.location, ref).toEqual({ file: join(dir, "data.ndjson"), ...where });
      expect(error.message, ref).toBe(
        `${join(dir, "data.ndjson")}:2, document page-over-ons, field files[0]: asset path ${JSON.stringify(ref)} leaves the export folder`,
      );
    }
  });

  it("refuses an absolute path", async () => {
    for (const ref of ["file@file:///etc/passwd", "file@file://C:\\Windows\\win.ini", "file@file://%2Fetc%2Fpasswd"]) {
      const error = await readError(await exportWithFile(ref));
      expect(error.location, ref).toMatchObject(where);
      expect(error.problem, ref).toMatch(/^asset path .* is absolute/);
    }
  });

  it("refuses a symbolic link that points out of the export, and follows one that stays inside", async () => {
    const outside = await tempFile("geheim.pdf", "%PDF geheim");
    const dir = await exportWithFile("file@file://./files/link.pdf");
    await symlink(outside, join(dir, "files", "link.pdf"));
    const error = await readError(dir);
    expect(error.location).toMatchObject(where);
    expect(error.problem).toBe(
      'asset path "file@file://./files/link.pdf" leaves the export folder through a symbolic link',
    );

    const folder = await exportWithFile("file@file://./gedeeld/geheim.pdf");
    await symlink(join(outside, ".."), join(folder, "gedeeld"));
    expect((await readError(folder)).problem).toMatch(/through a symbolic link/);

    const inside = await exportWithFile("file@file://./files/alias.pdf");
    await symlink("statuten.pdf", join(inside, "files", "alias.pdf"));
    expect((await readExport(inside)).assets[0]?.exists).toBe(true);
  });

  it("refuses unsafe file names: control characters, markup, hidden files, text-direction tricks", async () => {
    const cases: [string, RegExp][] = [
      ["file@file://./files/a\u0000b.pdf", /"a\\u0000b\.pdf".*control character/],
      ["file@file://./files/a%00b.pdf", /control character/],
      ["file@file://./files/regel\nbreuk.pdf", /control character/],
      ["file@file://./files/<script>.pdf", /"<script>\.pdf".*"<"/],
      ["file@file://./files/.htaccess", /hidden file/],
      ["file@file://./files/factuur\u202Efdp.exe", /text-direction/],
      ["file@file://./files/nul.pdf", /device/],
      ["file@file://./files/100%.pdf", /% that does not start an escape/],
    ];
    for (const [ref, message] of cases) {
      const error = await readError(await exportWithFile(ref));
      expect(error.location, ref).toMatchObject(where);
      expect(error.problem, ref).toMatch(message);
    }
  });

  it("refuses them in drafts too: a path out of the export is never followed", async () => {
    const dir = await exportWithFile("file@file://./files/statuten.pdf");
    await writeFile(
      join(dir, "data.ndjson"),
      `${JSON.stringify({ _id: "drafts.page-x", _type: "page", files: [{ _type: "file", _key: "f", _sanityAsset: "file@file://./../../etc/passwd" }] })}\n`,
    );
    expect((await readError(dir)).location).toMatchObject({ line: 1, documentId: "drafts.page-x", path: "files[0]" });
  });

  it("accepts the names Sanity's exports and editors use", () => {
    for (const name of [
      "3f1c0a9d2b7e4f6a8c1d0e5b9a7f3c2d1e0b4a6c.pdf",
      "Statuten 2026 (versie 2).pdf",
      "één-été_ß.docx",
      "files",
    ]) {
      expect(unsafeFileName(name), name).toBeUndefined();
    }
    expect(unsafeFileName("x".repeat(256))).toMatch(/255 bytes/);
    expect(unsafeFileName("verslag.")).toMatch(/ends with a dot/);
  });
});
