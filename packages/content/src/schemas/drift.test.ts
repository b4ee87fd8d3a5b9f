import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { documentSchemas } from "./documents.js";

/**
 * The zod document schemas and the Studio schema must describe the same fields per document type, with the same
 * required-ness. The Studio schema is read from `studio/schemaTypes/index.ts` (the `schemaTypes` array) or, failing
 * that, from `studio/schema.json` (`sanity schema extract`).
 */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const schemaTypesFile = resolve(repoRoot, "studio/schemaTypes/index.ts");
const extractedFile = resolve(repoRoot, "studio/schema.json");

/** Field name → required, per document type. */
type FieldMap = Record<string, Record<string, boolean>>;

const systemFields = new Set(["_id", "_type", "_rev", "_createdAt", "_updatedAt"]);

function zodFields(): FieldMap {
  const out: FieldMap = {};
  for (const [type, schema] of Object.entries(documentSchemas)) {
    const fields: Record<string, boolean> = {};
    for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (systemFields.has(name)) continue;
      fields[name] = !field.safeParse(undefined).success;
    }
    out[type] = fields;
  }
  return out;
}

/** Whether a Studio `validation` calls `required()` on the rule it is given (recorded with a stand-in rule). */
function callsRequired(validation: unknown): boolean {
  if (validation === undefined) return false;
  let required = false;
  const rule = (): unknown =>
    new Proxy(() => {}, {
      get: (_target, property) =>
        property === "then"
          ? undefined
          : (..._args: unknown[]) => {
              if (property === "required") required = true;
              return rule();
            },
      apply: () => rule(),
    });
  const run = (value: unknown) => {
    if (typeof value === "function") value(rule());
    else if (Array.isArray(value)) for (const item of value) run(item);
  };
  run(validation);
  return required;
}

interface StudioField {
  name: string;
  validation?: unknown;
}
interface StudioType {
  name: string;
  type: string;
  fields?: StudioField[];
}

/** Document types and their fields from the Studio's `schemaTypes` array. */
function studioFields(schemaTypes: readonly StudioType[]): FieldMap {
  const out: FieldMap = {};
  for (const type of schemaTypes) {
    if (type.type !== "document") continue;
    out[type.name] = Object.fromEntries(
      (type.fields ?? []).map((field) => [field.name, callsRequired(field.validation)]),
    );
  }
  return out;
}

interface ExtractedType {
  name: string;
  type: string;
  attributes?: Record<string, { optional?: boolean }>;
}

/** Document types and their fields from `sanity schema extract` output. */
function extractedFields(schema: readonly ExtractedType[]): FieldMap {
  const out: FieldMap = {};
  for (const type of schema) {
    if (type.type !== "document") continue;
    const fields: Record<string, boolean> = {};
    for (const [name, attribute] of Object.entries(type.attributes ?? {})) {
      if (!systemFields.has(name)) fields[name] = attribute.optional !== true;
    }
    out[type.name] = fields;
  }
  return out;
}

/** Human-readable differences between two field maps (empty when they agree). */
function drift(zod: FieldMap, studio: FieldMap): string[] {
  const problems: string[] = [];
  for (const type of new Set([...Object.keys(zod), ...Object.keys(studio)])) {
    const a = zod[type];
    const b = studio[type];
    if (!a) {
      problems.push(`${type}: in the Studio schema, not in the zod schemas`);
      continue;
    }
    if (!b) {
      problems.push(`${type}: in the zod schemas, not in the Studio schema`);
      continue;
    }
    for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!(field in b)) problems.push(`${type}.${field}: only in zod`);
      else if (!(field in a)) problems.push(`${type}.${field}: only in the Studio`);
      else if (a[field] !== b[field]) {
        problems.push(`${type}.${field}: required in ${a[field] ? "zod" : "the Studio"} only`);
      }
    }
  }
  return problems.sort();
}

async function loadStudio(): Promise<FieldMap | undefined> {
  if (existsSync(schemaTypesFile)) {
    const module = (await import(pathToFileURL(schemaTypesFile).href)) as { schemaTypes?: StudioType[] };
    if (module.schemaTypes) return studioFields(module.schemaTypes);
  }
  if (existsSync(extractedFile)) return extractedFields(JSON.parse(await readFile(extractedFile, "utf8")));
  return undefined;
}

describe("zod schemas and Studio schema", () => {
  it("detects drift: a missing field, an extra field and a changed required-ness", () => {
    const studio = studioFields([
      {
        name: "theme",
        type: "document",
        fields: [
          { name: "title", validation: (rule: { required(): unknown }) => rule.required() },
          { name: "slug" },
          { name: "colour" },
        ],
      },
      { name: "link", type: "object", fields: [{ name: "url" }] },
    ]);
    expect(studio).toEqual({ theme: { title: true, slug: false, colour: false } });
    const zod = { theme: zodFields().theme ?? {} };
    expect(drift(zod, studio)).toEqual([
      "theme.colour: only in the Studio",
      "theme.description: only in zod",
      "theme.kind: only in zod",
      "theme.order: only in zod",
      "theme.slug: required in zod only",
    ]);
  });

  it("agree on document types, field names and required fields", async () => {
    const studio = await loadStudio();
    if (!studio) {
      if (process.env.CI === "true") throw new Error(`Studio schema not found (${schemaTypesFile})`);
      console.warn(`drift test: no Studio schema yet at ${schemaTypesFile} or ${extractedFile}; not compared`);
      return;
    }
    expect(drift(zodFields(), studio)).toEqual([]);
  });
});
