import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { create } from "tar";
import { describe, expect, it } from "vitest";
import { fixturesDir, smallExport } from "../../../test/fixtures.js";
import { ContentError } from "../../errors.js";
import { readExport } from "./export-reader.js";

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
