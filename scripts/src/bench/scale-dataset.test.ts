import { describe, expect, it } from "vitest";
import { type Document, scaleDataset } from "./scale-dataset.js";

const sample: Document[] = [
  { _id: "siteSettings", _type: "siteSettings", title: "Gastvrij Netwerk" },
  { _id: "toolkit-edition-2", _type: "toolkitEdition", editionNumber: 2, slug: { _type: "slug", current: "toolkit" } },
  {
    _id: "chapter-3",
    _type: "toolkitChapter",
    edition: { _type: "reference", _ref: "toolkit-edition-2" },
    slug: { _type: "slug", current: "huiswerk" },
  },
  {
    _id: "section-3-4",
    _type: "toolkitSection",
    chapter: { _type: "reference", _ref: "chapter-3" },
    body: [
      { _type: "block", markDefs: [{ _type: "internalLink", reference: { _type: "reference", _ref: "tool-x" } }] },
    ],
  },
  { _id: "tool-x", _type: "tool", partner: { _type: "reference", _ref: "elsewhere" } },
];

describe("scaleDataset", () => {
  it("keeps copy 0 as the original and the singleton once", () => {
    const scaled = scaleDataset(sample, 3);
    expect(scaled.slice(0, sample.length)).toEqual(sample);
    expect(scaled.filter((document) => document._type === "siteSettings")).toHaveLength(1);
    expect(scaled).toHaveLength(1 + 4 * 3);
  });

  it("gives every copy unique ids and slugs, and references that stay inside the copy", () => {
    const scaled = scaleDataset(sample, 3);
    const ids = scaled.map((document) => document._id);
    expect(new Set(ids).size).toBe(ids.length);
    const section = scaled.find((document) => document._id === "section-3-4-x2");
    expect(section?.chapter).toEqual({ _type: "reference", _ref: "chapter-3-x2" });
    expect(JSON.stringify(section?.body)).toContain('"_ref":"tool-x-x2"');
    const chapter = scaled.find((document) => document._id === "chapter-3-x1");
    expect(chapter?.slug).toEqual({ _type: "slug", current: "huiswerk-x1" });
    // A reference to a document outside the dataset is left as it is.
    expect(scaled.find((document) => document._id === "tool-x-x1")?.partner).toEqual({
      _type: "reference",
      _ref: "elsewhere",
    });
  });

  it("numbers the copied editions apart and is deterministic", () => {
    const scaled = scaleDataset(sample, 2);
    expect(scaled.find((document) => document._id === "toolkit-edition-2-x1")?.editionNumber).toBe(102);
    expect(scaleDataset(sample, 2)).toEqual(scaled);
    expect(() => scaleDataset(sample, 0)).toThrow(RangeError);
  });
});
