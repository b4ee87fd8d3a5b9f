/**
 * The Studio schema (the source of truth for fields) and the content package's model agree. The Studio imports its
 * option lists and link targets from `@gastvrij/content/model`, and everything else in the package is derived from
 * the extracted schema (`packages/content/src/generated/`: the Markdown importer reads `schema.json`, the result types
 * come from TypeGen and are tied to the zod schemas by `results.types.test.ts`). This test fails on any drift that
 * could remain:
 * - a field whose option list is not one of the model's lists, with the same values, titles and order;
 * - block styles, lists and decorators of rich text that differ from the model's;
 * - internal link targets other than the model's, or a routable type without a page's fields (slug, title);
 * - document types or their titles that differ between the Studio and the model;
 * - fields or required-ness that differ between the Studio's `schemaTypes` and the committed `schema.json` (the slow
 *   `studio/test/schema-tooling.test.ts` also regenerates it with the Sanity CLI).
 * The first tests feed it a drifted copy of the schema, so each kind of drift is shown to be caught.
 */
import { readFileSync } from "node:fs";
import {
  audiences,
  calloutTones,
  decorators,
  documentTypeTitles,
  eventKinds,
  internalLinkTypes,
  listKinds,
  type OptionSet,
  organisationKinds,
  recurrenceFrequencies,
  regions,
  routableTypes,
  setPositions,
  signalStatuses,
  signalVisibilities,
  textStyles,
  themeKinds,
  weekdays,
} from "@gastvrij/content/model";
import { schemaTypes } from "gastvrij-studio/schema";
import { describe, expect, it } from "vitest";

const vocabulary: Record<string, OptionSet<string | number>> = {
  regions,
  eventKinds,
  signalStatuses,
  signalVisibilities,
  audiences,
  themeKinds,
  organisationKinds,
  calloutTones,
  weekdays,
  recurrenceFrequencies,
  setPositions,
};

/** The parts of a Studio type definition this test reads (plain objects from `defineType`/`defineField`). */
interface StudioNode {
  name?: string;
  type?: string;
  title?: string;
  fields?: StudioNode[];
  of?: StudioNode[];
  to?: { type: string }[];
  options?: { list?: ({ title: string; value: string | number } | string)[] };
  validation?: unknown;
  styles?: { title: string; value: string }[];
  lists?: { title: string; value: string }[];
  marks?: { decorators?: { title: string; value: string }[]; annotations?: StudioNode[] };
}

/** Where a node sits, for messages: `event.kind`, `richText[].marks.annotations.internalLink.reference`. */
type Visit = (node: StudioNode, path: string) => void;

function walk(types: readonly StudioNode[], visit: Visit): void {
  const inner = (node: StudioNode, path: string) => {
    visit(node, path);
    for (const field of node.fields ?? []) inner(field, `${path}.${field.name}`);
    for (const member of node.of ?? []) inner(member, `${path}[]`);
    for (const annotation of node.marks?.annotations ?? []) inner(annotation, `${path}.marks.${annotation.name}`);
  };
  for (const type of types) inner(type, type.name ?? "?");
}

const listOf = (list: NonNullable<StudioNode["options"]>["list"] = []) =>
  list.map((item) => (typeof item === "object" ? item : { title: item, value: item }));
const itemsOf = (set: OptionSet<string | number>) => set.items.map(({ title, value }) => ({ title, value }));
const sameValues = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value) => b.includes(value));

/** Every way the Studio's types and the model disagree, one line each (empty when they agree). */
function drift(types: readonly StudioNode[], extracted: ExtractedType[]): string[] {
  const problems: string[] = [];
  walk(types, (node, path) => {
    const list = node.options?.list;
    if (list) {
      const items = listOf(list);
      const values = items.map((item) => item.value);
      const name = Object.keys(vocabulary).find((key) => sameValues(vocabulary[key]?.values ?? [], values));
      if (!name) problems.push(`${path}: options ${JSON.stringify(values)} are not a list of the model`);
      else if (JSON.stringify(items) !== JSON.stringify(itemsOf(vocabulary[name] as OptionSet<string | number>))) {
        problems.push(`${path}: options differ from the model's ${name} in titles or order`);
      }
    }
    if (node.type === "block") {
      for (const style of node.styles ?? []) {
        if (!textStyles.has(style.value) || textStyles.title(style.value) !== style.title) {
          problems.push(`${path}: block style ${style.value} (${style.title}) is not the model's`);
        }
      }
      if (JSON.stringify(node.lists) !== JSON.stringify(itemsOf(listKinds))) {
        problems.push(`${path}: lists differ from the model's listKinds`);
      }
      if (JSON.stringify(node.marks?.decorators) !== JSON.stringify(itemsOf(decorators))) {
        problems.push(`${path}: decorators differ from the model's`);
      }
    }
    if (path.endsWith(".marks.internalLink.reference")) {
      const targets = (node.to ?? []).map((target) => target.type);
      if (!sameValues(targets, internalLinkTypes)) {
        problems.push(
          `${path}: internal links point to ${targets.join(", ")}, the model says ${internalLinkTypes.join(", ")}`,
        );
      }
    }
  });

  const documents = types.filter((type) => type.type === "document");
  const titles: Record<string, string> = documentTypeTitles;
  for (const type of documents) {
    const name = type.name ?? "?";
    if (!(name in titles)) problems.push(`${name}: a document type of the Studio, not of the model`);
    else if (titles[name] !== type.title)
      problems.push(`${name}: titled ${type.title} in the Studio, ${titles[name]} in the model`);
  }
  for (const name of Object.keys(titles)) {
    if (!documents.some((type) => type.name === name))
      problems.push(`${name}: a document type of the model, not of the Studio`);
  }
  for (const name of routableTypes) {
    const fields = documents.find((type) => type.name === name)?.fields?.map((field) => field.name) ?? [];
    for (const field of ["slug", "title"]) {
      if (!fields.includes(field)) problems.push(`${name}: routable, but has no ${field} field`);
    }
  }

  for (const type of documents) {
    const stored = extracted.find((entry) => entry.type === "document" && entry.name === type.name);
    if (!stored) {
      problems.push(`${type.name}: not in schema.json (run pnpm --filter gastvrij-studio run typegen)`);
      continue;
    }
    const inStudio = new Map((type.fields ?? []).map((field) => [field.name ?? "?", callsRequired(field.validation)]));
    const inSchema = new Map(
      Object.entries(stored.attributes ?? {})
        .filter(([field]) => !field.startsWith("_"))
        .map(([field, attribute]) => [field, attribute.optional !== true]),
    );
    for (const field of new Set([...inStudio.keys(), ...inSchema.keys()])) {
      if (!inSchema.has(field)) problems.push(`${type.name}.${field}: in the Studio, not in schema.json`);
      else if (!inStudio.has(field)) problems.push(`${type.name}.${field}: in schema.json, not in the Studio`);
      else if (inStudio.get(field) !== inSchema.get(field)) {
        problems.push(`${type.name}.${field}: required in ${inStudio.get(field) ? "the Studio" : "schema.json"} only`);
      }
    }
  }
  return problems.sort();
}

/** Whether a Studio `validation` calls `required()` on the rule it is given (recorded with a stand-in rule). */
function callsRequired(validation: unknown): boolean {
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

interface ExtractedType {
  name: string;
  type: string;
  attributes?: Record<string, { optional?: boolean }>;
}

const extracted: ExtractedType[] = JSON.parse(
  readFileSync(new URL("../packages/content/src/generated/schema.json", import.meta.url), "utf8"),
);
const studio = schemaTypes as unknown as StudioNode[];

/** A deep copy of the Studio's types with `change` applied to the node at `path`. */
function drifted(path: string, change: (node: StudioNode) => void): StudioNode[] {
  const copy = studio.map((type) => restoreValidation(stripFunctions(type) as StudioNode, type));
  let found = false;
  walk(copy, (node, at) => {
    if (at === path) {
      change(node);
      found = true;
    }
  });
  if (!found) throw new Error(`no node at ${path}`);
  return copy;
}

/** A copy without functions (previews, rules); `restoreValidation` puts the fields' validations back. */
function stripFunctions(value: unknown): unknown {
  if (typeof value === "function") return undefined;
  if (Array.isArray(value)) return value.map(stripFunctions);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, stripFunctions(inner)]));
  }
  return value;
}
function restoreValidation(copy: StudioNode, original: StudioNode): StudioNode {
  if (original.validation !== undefined && copy.validation === undefined) copy.validation = original.validation;
  copy.fields?.forEach((field, index) => {
    const source = original.fields?.[index];
    if (source && field.name === source.name) restoreValidation(field, source);
  });
  return copy;
}

describe("the Studio schema and the content model", () => {
  it("catch each kind of drift in a changed copy of the Studio schema", () => {
    expect(drift(studio, extracted)).toEqual([]);
    const cases: [string, (node: StudioNode) => void, string][] = [
      [
        "signal.region",
        (node) => {
          (node.options as { list: unknown[] }).list[6] = { title: "Vlaanderen", value: "vlaanderen" };
        },
        "signal.region: options differ from the model's regions in titles or order",
      ],
      [
        "event.kind",
        (node) => (node.options as { list: unknown[] }).list.push({ title: "Uitstap", value: "trip" }),
        'event.kind: options ["networkDay","intervision","learningNetwork","training","trip"] are not a list of the model',
      ],
      [
        "richText[].marks.internalLink.reference",
        (node) => node.to?.push({ type: "signal" }),
        "richText[].marks.internalLink.reference: internal links point to toolkitSection, toolkitSupplement, tool, event, page, newsItem, signal, the model says toolkitSection, toolkitSupplement, tool, event, page, newsItem",
      ],
      ["tool.summary", (node) => (node.validation = undefined), "tool.summary: required in schema.json only"],
      [
        "theme",
        (node) => node.fields?.push({ name: "colour", type: "string" }),
        "theme.colour: in the Studio, not in schema.json",
      ],
      ["event", (node) => (node.title = "Evenement"), "event: titled Evenement in the Studio, Activiteit in the model"],
      [
        "simpleText[]",
        (node) => node.styles?.push({ title: "Kop 5", value: "h5" }),
        "simpleText[]: block style h5 (Kop 5) is not the model's",
      ],
    ];
    for (const [path, change, problem] of cases)
      expect(drift(drifted(path, change), extracted), path).toContain(problem);
  });

  it("agree on option lists, rich text, link targets, document types, fields and required fields", () => {
    expect(drift(studio, extracted)).toEqual([]);
  });
});
