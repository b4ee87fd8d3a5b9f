import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { smallExport } from "../../../test/fixtures.js";
import { ContentError } from "../../errors.js";
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
