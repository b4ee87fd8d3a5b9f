import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { arrayMemberTypes, objectFieldTypes, richTextFields } from "./model.js";

/** The converter's knowledge of the model must match the Studio schema (`studio/schemaTypes/index.ts`). */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");

interface StudioField {
  name: string;
  type: string;
  of?: { type: string; name?: string }[];
}
interface StudioType {
  name: string;
  type: string;
  fields?: StudioField[];
}

const builtIn = new Set([
  "string",
  "text",
  "number",
  "boolean",
  "date",
  "datetime",
  "url",
  "slug",
  "reference",
  "array",
  "richText",
  "simpleText",
  "image",
]);

describe("markdown model", () => {
  it("knows the rich-text fields, named object fields and typed array members of every document type", async () => {
    const { schemaTypes } = (await import(pathToFileURL(resolve(repoRoot, "studio/schemaTypes/index.ts")).href)) as {
      schemaTypes: StudioType[];
    };
    const rich: Record<string, string[]> = {};
    const objects: Record<string, Record<string, string>> = {};
    const members: Record<string, Record<string, string>> = {};
    for (const type of schemaTypes.filter((candidate) => candidate.type === "document")) {
      for (const field of type.fields ?? []) {
        if (field.type === "richText") rich[type.name] = [...(rich[type.name] ?? []), field.name];
        else if (!builtIn.has(field.type)) {
          objects[type.name] = { ...objects[type.name], [field.name]: field.type };
        } else if (field.type === "array") {
          const member = field.of?.[0];
          if (member && member.type !== "reference" && member.type !== "string" && member.type !== "date") {
            members[type.name] = { ...members[type.name], [field.name]: member.name ?? member.type };
          }
        }
      }
    }
    expect(rich).toEqual(richTextFields);
    expect(objects).toEqual(objectFieldTypes);
    expect(members).toEqual(arrayMemberTypes);
  });
});
