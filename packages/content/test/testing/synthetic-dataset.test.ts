import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContent } from "../../src/read/content.js";
import { embeddedDatasetPath, openLocalSource } from "../../src/read/sources/local.js";
import { type SyntheticDocument, syntheticDataset } from "./synthetic-dataset.js";
import { writeSyntheticExport } from "./synthetic-export.js";

type Doc = SyntheticDocument & Record<string, unknown>;
const ref = (id: string) => ({ _type: "reference", _ref: id });
const slug = (current: string) => ({ _type: "slug", current });

const sample: Doc[] = [
  { _id: "siteSettings", _type: "siteSettings", title: "Gastvrij Netwerk" },
  { _id: "toolkit-edition-2", _type: "toolkitEdition", editionNumber: 2, slug: slug("toolkit") },
  { _id: "chapter-3", _type: "toolkitChapter", edition: ref("toolkit-edition-2"), number: 3, slug: slug("huiswerk") },
  { _id: "section-3-1", _type: "toolkitSection", chapter: ref("chapter-3"), number: "3.1", slug: slug("inleiding") },
  {
    _id: "section-3-2",
    _type: "toolkitSection",
    chapter: ref("chapter-3"),
    number: "3.2",
    slug: slug("wonen"),
    body: [{ _type: "block", markDefs: [{ _type: "internalLink", reference: ref("tool-x") }] }],
  },
  { _id: "supplement-a", _type: "toolkitSupplement", section: ref("section-3-2"), slug: slug("bijlage"), order: 1 },
  { _id: "tool-x", _type: "tool", slug: slug("tool-x"), partner: ref("elsewhere") },
];
const byId = (docs: Doc[], id: string) => docs.find((doc) => doc._id === id);

describe("syntheticDataset", () => {
  it("keeps copy 0 as the base and the site settings once", () => {
    const scaled = syntheticDataset(sample, { factor: 3 });
    expect(scaled.slice(0, sample.length)).toEqual(sample);
    expect(scaled.filter((doc) => doc._type === "siteSettings")).toHaveLength(1);
    expect(scaled).toHaveLength(1 + (sample.length - 1) * 3);
  });

  it("gives every copy its own ids and slugs, with references inside the copy", () => {
    const scaled = syntheticDataset(sample, { factor: 3 });
    const ids = scaled.map((doc) => doc._id);
    expect(new Set(ids).size).toBe(ids.length);
    const section = byId(scaled, "section-3-2-c2");
    expect(section?.chapter).toEqual(ref("chapter-3-c2"));
    expect(section?.slug).toEqual(slug("wonen-c2"));
    expect(JSON.stringify(section?.body)).toContain('"_ref":"tool-x-c2"');
    expect(byId(scaled, "chapter-3-c1")?.edition).toEqual(ref("toolkit-edition-2-c1"));
    // A reference to a document outside the dataset is left as it is.
    expect(byId(scaled, "tool-x-c1")?.partner).toEqual(ref("elsewhere"));
  });

  it("numbers the copied editions apart and is deterministic", () => {
    const scaled = syntheticDataset(sample, { factor: 2 });
    expect(byId(scaled, "toolkit-edition-2-c1")?.editionNumber).toBe(102);
    expect(syntheticDataset(sample, { factor: 2 })).toEqual(scaled);
  });

  it("stops at exactly `size` documents", () => {
    const scaled = syntheticDataset(sample, { size: 20 });
    expect(scaled).toHaveLength(20);
    expect(scaled.map((doc) => doc._id)).toContain("tool-x-c2");
    expect(syntheticDataset(sample, { size: 3 }).map((doc) => doc._id)).toEqual([
      "siteSettings",
      "toolkit-edition-2",
      "chapter-3",
    ]);
  });

  it("toolkit ×N: one edition whose chapters hold every copy's sections, renumbered", () => {
    const scaled = syntheticDataset(sample, { factor: 3, toolkit: "one" });
    expect(scaled.filter((doc) => doc._type === "toolkitEdition")).toHaveLength(1);
    expect(scaled.filter((doc) => doc._type === "toolkitChapter")).toHaveLength(1);
    const sections = scaled.filter((doc) => doc._type === "toolkitSection");
    expect(sections.map((doc) => doc.number)).toEqual(["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]);
    expect(new Set(sections.map((doc) => (doc.slug as { current: string }).current)).size).toBe(6);
    expect(byId(scaled, "section-3-2-c2")?.chapter).toEqual(ref("chapter-3"));
    expect(byId(scaled, "supplement-a-c2")?.section).toEqual(ref("section-3-2-c2"));
    expect(scaled.filter((doc) => doc._type === "tool")).toHaveLength(3);
  });

  it("rejects a factor or size that is not a whole number >= 1", () => {
    expect(() => syntheticDataset(sample, { factor: 0 })).toThrow(RangeError);
    expect(() => syntheticDataset(sample, { factor: 1.5 })).toThrow(RangeError);
    expect(() => syntheticDataset(sample, { size: -1 })).toThrow(RangeError);
  });
});

describe("writeSyntheticExport of the embedded dataset", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "gastvrij-synthetic-"));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const available = () => {
    if (existsSync(embeddedDatasetPath)) return true;
    if (process.env.CI === "true") throw new Error(`embedded dataset missing: ${embeddedDatasetPath}`);
    console.warn(`no embedded dataset at ${embeddedDatasetPath}; skipped`);
    return false;
  };

  it("at 10x is an export whose references all resolve (the local source checks them)", async () => {
    if (!available()) return;
    const base = await openLocalSource({ dataset: embeddedDatasetPath });
    const written = await writeSyntheticExport(embeddedDatasetPath, join(folder, "10x"), { factor: 10 });
    const source = await openLocalSource({ dataset: written.folder });
    const count = (docs: readonly SyntheticDocument[], type: string) => docs.filter((d) => d._type === type).length;
    for (const type of ["toolkitSection", "tool", "event", "signal", "theme", "toolkitEdition"]) {
      expect(count(source.documents, type), type).toBe(count(base.documents, type) * 10);
    }
    const content = createContent(source);
    // The newest edition is the last copy's, a complete toolkit of its own.
    const edition = await content.getToolkitEdition();
    const baseEdition = await createContent(base).getToolkitEdition();
    expect(edition.editionNumber).toBe(baseEdition.editionNumber + 900);
    expect(edition.chapters.flatMap((c) => c.sections)).toHaveLength(count(base.documents, "toolkitSection"));
  });

  it("toolkit ×10 is one edition with ten times the sections, numbered on in each chapter", async () => {
    if (!available()) return;
    const base = createContent(await openLocalSource({ dataset: embeddedDatasetPath }));
    const written = await writeSyntheticExport(embeddedDatasetPath, join(folder, "toolkit-10x"), {
      factor: 10,
      toolkit: "one",
    });
    const content = createContent(await openLocalSource({ dataset: written.folder }));
    const [before, after] = [await base.getToolkitEdition(), await content.getToolkitEdition()];
    expect(after.chapters.map((c) => c.number)).toEqual(before.chapters.map((c) => c.number));
    for (const [index, chapter] of after.chapters.entries()) {
      const n = before.chapters[index]?.sections.length ?? 0;
      expect(chapter.sections.map((s) => s.number)).toEqual(
        Array.from({ length: n * 10 }, (_, i) => `${chapter.number}.${i + 1}`),
      );
    }
    const sections = await content.getToolkitSections();
    expect(new Set(sections.map((s) => s.slug)).size).toBe(sections.length);
    const supplements = after.chapters.flatMap((c) => c.sections.flatMap((s) => s.supplements));
    expect(supplements).toHaveLength(
      before.chapters.flatMap((c) => c.sections.flatMap((s) => s.supplements)).length * 10,
    );
  });
});
