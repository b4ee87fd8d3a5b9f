import { describe, expect, it } from "vitest";
import { ContentError } from "../errors.js";
import { markdownToDocument } from "./document.js";

const event = `---
_id: event-netwerkdag-2019
_type: event
_createdAt: "2019-06-01T10:00:00Z"
title: "Netwerkdag 2019"
slug: netwerkdag-2019
kind: networkDay
start: "2019-11-23T08:30:00.000Z"
timeZone: Europe/Brussels
location:
  name: "Kazerne Dossin"
registration:
  contact: ref:person-lotte-verhaegen
speakers:
  - name: "Sprekers van Mind-Spring"
    organisation: ref:org-mind-spring
themes:
  - ref:theme-vrijwilligerswerk
  - ref:theme-gezondheidszorg
organiser: {ref: org-gastvrij-netwerk}
subtitle:
reportFile:
  title: "Verslag"
  file: files/verslag-2019.pdf
recurrence:
  frequency: monthly
  exceptions:
    - 2019-12-05
report: |
  Een goede dag.

  Zie de [toolbox](ref:tool-toolbox-polarisering).
---

Welkom in **Mechelen**.
`;

describe("markdownToDocument", () => {
  const { document, references, assets, idLine } = markdownToDocument(event, "events/netwerkdag-2019.md");

  it("keeps _id, _type and the given _createdAt first, and no clock-made fields", () => {
    expect(Object.keys(document).slice(0, 3)).toEqual(["_id", "_type", "_createdAt"]);
    expect(document._createdAt).toBe("2019-06-01T10:00:00Z");
    expect(document._updatedAt).toBeUndefined();
    expect(idLine).toBe(2);
  });

  it("turns front matter into model fields", () => {
    expect(document.slug).toEqual({ _type: "slug", current: "netwerkdag-2019" });
    expect(document.start).toBe("2019-11-23T08:30:00.000Z");
    expect(document.location).toEqual({ _type: "location", name: "Kazerne Dossin" });
    expect(document.registration).toEqual({
      _type: "registration",
      contact: { _type: "reference", _ref: "person-lotte-verhaegen" },
    });
    expect(document.organiser).toEqual({ _type: "reference", _ref: "org-gastvrij-netwerk" });
    expect(document).not.toHaveProperty("subtitle");
    expect(document.recurrence).toEqual({ _type: "recurrence", frequency: "monthly", exceptions: ["2019-12-05"] });
    expect(document.reportFile).toEqual({
      _type: "file",
      title: "Verslag",
      _sanityAsset: "file@file://./files/verslag-2019.pdf",
    });
  });

  it("keys array members and types them per the model", () => {
    const speakers = document.speakers as Record<string, unknown>[];
    expect(speakers[0]).toMatchObject({ _type: "speaker", name: "Sprekers van Mind-Spring" });
    expect(speakers[0]?._key).toMatch(/^[0-9a-f]{12}$/);
    const themes = document.themes as Record<string, unknown>[];
    expect(themes.map((theme) => theme._ref)).toEqual(["theme-vrijwilligerswerk", "theme-gezondheidszorg"]);
    expect(themes.every((theme) => theme._type === "reference" && typeof theme._key === "string")).toBe(true);
  });

  it("converts the body and rich-text front matter to Portable Text", () => {
    const body = document.body as { _type: string; children: { text: string; marks: string[] }[] }[];
    expect(body).toHaveLength(1);
    expect(body[0]?.children.map((span) => [span.text, span.marks])).toEqual([
      ["Welkom in ", []],
      ["Mechelen", ["strong"]],
      [".", []],
    ]);
    const report = document.report as { markDefs: unknown[] }[];
    expect(report).toHaveLength(2);
    expect(report[1]?.markDefs).toMatchObject([
      { _type: "internalLink", reference: { _type: "reference", _ref: "tool-toolbox-polarisering" } },
    ]);
  });

  it("records references with their lines and allowed types", () => {
    expect(references).toContainEqual({
      id: "person-lotte-verhaegen",
      allowedTypes: ["person"],
      what: "field registration.contact",
      line: 13,
    });
    expect(references).toContainEqual({
      id: "tool-toolbox-polarisering",
      allowedTypes: ["toolkitSection", "toolkitSupplement", "tool", "event", "page", "newsItem"],
      what: "internal link",
      line: 32,
    });
    expect(assets).toEqual([
      { kind: "file", url: "files/verslag-2019.pdf", target: "files/verslag-2019.pdf", line: 24 },
    ]);
  });

  it("puts the body of a signal in description and of the edition in intro, with keyed history", () => {
    const signal = markdownToDocument("---\n_id: signal-x\n_type: signal\n---\nWat we zien.\n").document;
    expect((signal.description as unknown[]).length).toBe(1);
    const edition = markdownToDocument(
      "---\n_id: toolkit-edition-2\n_type: toolkitEdition\neditionHistory:\n  - edition: 1\n    year: 2016\n    note: Eerste\ncolophon: |\n  **Tweede** editie.\n---\nWelkom.\n",
    ).document;
    expect(edition.intro).toHaveLength(1);
    expect(edition.colophon).toHaveLength(1);
    expect(edition.editionHistory).toMatchObject([
      { _type: "editionHistoryEntry", edition: 1, year: 2016, note: "Eerste" },
    ]);
  });

  it("is byte-identical on a second run", () => {
    expect(JSON.stringify(markdownToDocument(event, "x.md").document)).toBe(
      JSON.stringify(markdownToDocument(event, "y.md").document),
    );
  });
});

describe("markdownToDocument errors", () => {
  const cases: [string, string, number, RegExp][] = [
    ["no front matter", "Gewoon tekst.\n", 1, /must start with front matter/],
    ["invalid YAML", '---\n_id: theme-x\n_type: theme\ntitle: "open\n---\n', 4, /invalid front matter \(YAML\)/],
    ["duplicate key", "---\n_id: theme-x\n_type: theme\n_type: theme\n---\n", 4, /invalid front matter/],
    ["missing _id", "---\n_type: theme\ntitle: Wonen\n---\n", 2, /needs _id/],
    ["missing _type", "---\n_id: theme-wonen\ntitle: Wonen\n---\n", 2, /needs _type/],
    ["unknown _type", "---\n_id: x\n_type: blogPost\n---\n", 3, /unknown _type "blogPost"/],
    [
      "bad ref",
      "---\n_id: x\n_type: tool\nthemes:\n  - ref:theme-wonen\n  - ref:\n---\n",
      6,
      /field themes\[1\]: "ref:" names no document/,
    ],
    ["bad slug", "---\n_id: x\n_type: theme\nslug: Wonen En Werk\n---\n", 4, /slug must be lowercase/],
    [
      "body on a theme",
      "---\n_id: theme-x\n_type: theme\n---\n\nTekst die nergens heen kan.\n",
      6,
      /a theme has no text body/,
    ],
    [
      "body twice",
      "---\n_id: s\n_type: signal\ndescription: |\n  Een.\n---\nTwee.\n",
      4,
      /description is written twice/,
    ],
    ["rich text not a string", "---\n_id: e\n_type: event\nreport:\n  - een\n---\n", 4, /report is rich text/],
    [
      "bad link in rich-text front matter",
      "---\n_id: e\n_type: event\nreport: |\n  Een.\n\n  [x](ftp://a)\n---\n",
      7,
      /uses ftp:/,
    ],
    [
      "unknown directive in the body",
      "---\n_id: e\n_type: event\n---\n\n:::waarschuwing\nX\n:::\n",
      6,
      /unknown directive :::waarschuwing/,
    ],
  ];
  for (const [name, source, line, message] of cases) {
    it(`${name}: names file and line`, () => {
      let error: unknown;
      try {
        markdownToDocument(source, "doc.md");
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).location).toMatchObject({ file: "doc.md", line });
      expect((error as ContentError).message).toMatch(message);
    });
  }
});
