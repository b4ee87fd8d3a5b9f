import type { ObjectTypeNode, SchemaType, TypeNode } from "groq-js";
import { describe, expect, it } from "vitest";
import schemaJson from "../generated/schema.json" with { type: "json" };
import { calloutTones, documentTypes, internalLinkTypes } from "../model/index.js";
import { bodyFields, directiveNames, markdownDocumentTypes } from "./model.js";
import {
  checkBodyFields,
  checkSchemaTypes,
  isRichTextAt,
  memberTypeAt,
  objectTypeAt,
  referenceTargetsAt,
  schemaDocumentTypes,
} from "./schema-model.js";

/**
 * The converter reads the content model from the extracted Studio schema (`packages/content/src/generated/schema.json`,
 * `sanity schema extract`). Each expectation here is a fact a reader can check in that file.
 */

describe("markdown model derived from schema.json", () => {
  it("knows which fields are rich text", () => {
    expect(isRichTextAt("event", ["body"])).toBe(true);
    expect(isRichTextAt("event", ["report"])).toBe(true);
    expect(isRichTextAt("toolkitEdition", ["colophon"])).toBe(true);
    expect(isRichTextAt("signal", ["description"])).toBe(true);
    expect(isRichTextAt("practiceExample", ["body"])).toBe(true); // simpleText
    expect(isRichTextAt("event", ["summary"])).toBe(false);
    expect(isRichTextAt("theme", ["description"])).toBe(false);
    expect(isRichTextAt("event", ["nothing"])).toBe(false);
  });

  it("gives object fields the _type of their named type, or of their _type literal", () => {
    expect(objectTypeAt("event", ["location"])).toBe("location");
    expect(objectTypeAt("event", ["registration"])).toBe("registration");
    expect(objectTypeAt("event", ["recurrence"])).toBe("recurrence");
    expect(objectTypeAt("event", ["reportFile"])).toBe("file");
    expect(objectTypeAt("event", ["title"])).toBeUndefined();
    // A reference is not an object to type: it is written as ref:<id>.
    expect(objectTypeAt("event", ["organiser"])).toBeUndefined();
  });

  it("gives array members their _type: named member types and anonymous members with a _type literal", () => {
    expect(memberTypeAt("tool", ["links"])).toBe("link");
    expect(memberTypeAt("tool", ["files"])).toBe("file");
    expect(memberTypeAt("event", ["speakers"])).toBe("speaker");
    expect(memberTypeAt("toolkitEdition", ["editionHistory"])).toBe("editionHistoryEntry");
    expect(memberTypeAt("tool", ["themes"])).toBeUndefined();
    expect(memberTypeAt("tool", ["audience"])).toBeUndefined();
    expect(memberTypeAt("event", ["recurrence", "exceptions"])).toBeUndefined();
  });

  it("knows where references may point, per type and field path", () => {
    expect(referenceTargetsAt("toolkitSection", ["themes"])).toEqual(["theme"]);
    expect(referenceTargetsAt("toolkitSection", ["chapter"])).toEqual(["toolkitChapter"]);
    expect(referenceTargetsAt("toolkitChapter", ["edition"])).toEqual(["toolkitEdition"]);
    expect(referenceTargetsAt("toolkitSupplement", ["section"])).toEqual(["toolkitSection"]);
    expect(referenceTargetsAt("tool", ["publisher"])).toEqual(["organisation"]);
    expect(referenceTargetsAt("signal", ["sourceOrganisation"])).toEqual(["organisation"]);
    expect(referenceTargetsAt("person", ["organisation"])).toEqual(["organisation"]);
    expect(referenceTargetsAt("event", ["registration", "contact"])).toEqual(["person"]);
    expect(referenceTargetsAt("event", ["speakers", "organisation"])).toEqual(["organisation"]);
    expect(referenceTargetsAt("practiceExample", ["organisation"])).toEqual(["organisation"]);
    expect(referenceTargetsAt("event", ["title"])).toEqual([]);
    expect(referenceTargetsAt("event", ["nothing", "here"])).toEqual([]);
  });

  it("knows the document types, the content model's among them", () => {
    expect(schemaDocumentTypes.has("event")).toBe(true);
    expect(schemaDocumentTypes.has("location")).toBe(false);
    expect(markdownDocumentTypes).toEqual(documentTypes);
    for (const type of documentTypes) expect(schemaDocumentTypes.has(type)).toBe(true);
  });

  it("agrees with the model's internal link types and callout tones", () => {
    // The internalLink annotation, in richText and in simpleText, points to exactly the model's internal link types.
    const internalLinks = objectsWithType("internalLink");
    expect(internalLinks).toHaveLength(2);
    for (const link of internalLinks) {
      const reference = link.attributes.reference?.value;
      const targets = reference?.type === "union" ? reference.of.map(dereferencesTo) : [];
      expect(targets).toEqual([...internalLinkTypes]);
    }
    const tone = declared("callout")?.attributes.tone?.value;
    const tones = tone?.type === "union" ? tone.of.map((member) => ("value" in member ? member.value : undefined)) : [];
    expect(tones).toEqual([...calloutTones.values]);
  });
});

describe("importer conventions", () => {
  it("puts the Markdown body in a rich-text field", () => {
    for (const [type, field] of Object.entries(bodyFields)) expect(isRichTextAt(type, [field])).toBe(true);
    expect(bodyFields.signal).toBe("description");
    expect(bodyFields.toolkitEdition).toBe("intro");
  });

  it("refuses a body field that is not rich text", () => {
    expect(() => checkBodyFields({ event: "summary" })).toThrow(/event\.summary is not rich text/);
    expect(() => checkBodyFields({ event: "nothing" })).toThrow(/event\.nothing is not rich text/);
    expect(checkBodyFields({ event: "report" })).toEqual({ event: "report" });
  });

  it("names directives that are types of the schema, and refuses others", () => {
    expect(checkSchemaTypes(directiveNames, "type")).toBe(directiveNames);
    expect(() => checkSchemaTypes(["tip", "warning"], "type")).toThrow(/warning is not a type of the schema/);
    expect(() => checkSchemaTypes(["location"], "document")).toThrow(/location is not a document type/);
  });
});

const schema = schemaJson as unknown as SchemaType;

/** The object type declared under `name` in schema.json. */
function declared(name: string): ObjectTypeNode | undefined {
  const entry = schema.find((candidate) => candidate.name === name);
  return entry?.type === "type" && entry.value.type === "object" ? entry.value : undefined;
}

/** The document type a named reference type (`{type: "inline", name: "tool.reference"}`) points to. */
function dereferencesTo(node: TypeNode): string | undefined {
  return node.type === "inline" ? declared(node.name)?.dereferencesTo : undefined;
}

/** Every object type node anywhere in schema.json whose `_type` is the literal `type`. */
function objectsWithType(type: string): ObjectTypeNode[] {
  const found: ObjectTypeNode[] = [];
  const visit = (value: unknown): void => {
    if (typeof value !== "object" || value === null) return;
    const node = value as Partial<ObjectTypeNode>;
    const literal = node.type === "object" ? node.attributes?._type?.value : undefined;
    if (literal?.type === "string" && literal.value === type) found.push(node as ObjectTypeNode);
    for (const child of Object.values(value)) visit(child);
  };
  visit(schemaJson);
  return found;
}
