import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixturesDir } from "../../test/fixtures.js";
import { normalizeKeys } from "../../test/normalize-keys.js";
import { ContentError } from "../errors.js";
import { markdownToPortableText } from "./portable-text.js";

const fixtures = join(fixturesDir, "markdown");
const cases = readdirSync(fixtures)
  .filter((name) => name.endsWith(".md"))
  .sort();

describe("markdownToPortableText fixtures", () => {
  it("has a fixture for every construct", () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
  });
  for (const name of cases) {
    it(name, () => {
      const markdown = readFileSync(join(fixtures, name), "utf8");
      const expected = JSON.parse(readFileSync(join(fixtures, name.replace(/\.md$/, ".json")), "utf8"));
      const { blocks } = markdownToPortableText(markdown, { documentId: "fixture" });
      expect(normalizeKeys(blocks)).toEqual(expected);
    });
  }
});

function keysOf(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) keysOf(item, found);
  else if (typeof value === "object" && value !== null) {
    for (const [field, child] of Object.entries(value)) {
      if (field === "_key") found.push(child as string);
      else keysOf(child, found);
    }
  }
  return found;
}

describe("markdownToPortableText keys", () => {
  const markdown =
    readFileSync(join(fixtures, "008-tip.md"), "utf8") + readFileSync(join(fixtures, "004-links.md"), "utf8");

  it("gives the same output for the same input", () => {
    const first = markdownToPortableText(markdown, { documentId: "section-3-12" });
    const second = markdownToPortableText(markdown, { documentId: "section-3-12" });
    expect(JSON.stringify(second.blocks)).toBe(JSON.stringify(first.blocks));
  });

  it("makes unique 12-character keys that depend on the document", () => {
    const keys = keysOf(markdownToPortableText(markdown, { documentId: "section-3-12" }).blocks);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{12}$/);
    const other = keysOf(markdownToPortableText(markdown, { documentId: "section-3-13" }).blocks);
    expect(other.filter((key) => keys.includes(key))).toEqual([]);
  });

  it("keeps the keys of earlier blocks when text is added at the end", () => {
    const before = markdownToPortableText("Een.\n\nTwee.", { documentId: "d" }).blocks;
    const after = markdownToPortableText("Een.\n\nTwee.\n\nDrie.", { documentId: "d" }).blocks;
    expect(after.slice(0, 2)).toEqual(before);
  });
});

describe("markdownToPortableText uses and checks", () => {
  it("lists the references and images it uses, with their lines", () => {
    const result = markdownToPortableText(
      "Zie [hier](ref:section-3-2).\n\n![Schema](images/a.svg)\n\n:::practiceExample[X]{organisation=org-cera}\nTekst.\n:::\n",
      { documentId: "d", file: "x.md" },
    );
    expect(result.references).toEqual([
      {
        id: "section-3-2",
        allowedTypes: ["toolkitSection", "toolkitSupplement", "tool", "event", "page", "newsItem"],
        what: "internal link",
        line: 1,
      },
      { id: "org-cera", allowedTypes: ["organisation"], what: "organisation of :::practiceExample", line: 5 },
    ]);
    expect(result.assets).toEqual([{ kind: "image", url: "images/a.svg", target: "images/a.svg", line: 3 }]);
  });

  it("keeps HTML as literal text, never as markup", () => {
    const { blocks } = markdownToPortableText(
      '<iframe src="https://evil.example"></iframe>\n\nA <script>x</script> b',
      {
        documentId: "d",
      },
    );
    const json = JSON.stringify(blocks);
    expect(blocks.every((block) => block._type === "block")).toBe(true);
    expect(json).toContain('"text":"<iframe src=\\"https://evil.example\\"></iframe>"');
    expect(json).toContain('"text":"A <script>x</script> b"');
  });

  const errors: [string, string, number, RegExp][] = [
    ["unknown directive", "Tekst.\n\n:::warning\nLet op.\n:::\n", 3, /unknown directive :::warning/],
    ["leaf directive", "::tip[Kort]\n", 1, /unknown directive ::tip/],
    ["bad internal link", "Zie [dit](ref:).\n", 1, /bad internal link.*names no document/],
    ["id with a space", "Zie [dit](<ref:section 3>).\n", 1, /"ref:section 3" is not a valid reference/],
    ["javascript link", "\n[klik](javascript:alert(1))\n", 2, /uses javascript:.*only http, https, mailto and tel/],
    ["relative link", "[klik](/toolkit/wonen/)\n", 1, /not a full URL.*ref:<document id>/],
    ["h1", "# Titel\n", 1, /# heading is not allowed/],
    ["h5", "\n\n##### Diep\n", 3, /heading level 5 is too deep/],
    ["image without alt", "![](images/a.svg)\n", 1, /needs an alt text/],
    ["remote image", "![Foto](https://example.org/a.png)\n", 1, /must be a file next to the Markdown/],
    ["image inside text", "Kijk ![Foto](images/a.svg) hier.\n", 1, /must stand alone/],
    ["heading in a tip", ":::tip\n## Kop\n:::\n", 2, /a heading is not allowed inside a tip/],
    ["practice example without title", ":::practiceExample\nTekst.\n:::\n", 1, /needs a title/],
    ["unknown callout tone", ":::callout{tone=red}\nTekst.\n:::\n", 1, /tone "red" is unknown/],
    ["unknown attribute", ":::tip{kleur=rood}\nTekst.\n:::\n", 1, /:::tip has no attribute kleur/],
    ["checklist without a list", ":::checklist\nGewoon tekst.\n:::\n", 2, /exactly one list/],
    ["empty tip", ":::tip[Leeg]\n:::\n", 1, /:::tip is empty/],
    ["table", "| a | b |\n| - | - |\n| 1 | 2 |\n", 1, /tables are not part of the content model/],
  ];
  for (const [name, markdown, line, message] of errors) {
    it(`rejects ${name} with file and line`, () => {
      let error: unknown;
      try {
        markdownToPortableText(markdown, { documentId: "section-3-4", file: "toolkit/section-3-4.md", lineOffset: 10 });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ContentError);
      const contentError = error as ContentError;
      expect(contentError.location).toMatchObject({
        file: "toolkit/section-3-4.md",
        line: line + 10,
        documentId: "section-3-4",
      });
      expect(contentError.message).toMatch(message);
      expect(contentError.message.startsWith(`toolkit/section-3-4.md:${line + 10}, document section-3-4: `)).toBe(true);
    });
  }
});
