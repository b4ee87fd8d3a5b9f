import type { List, RootContent } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import { toString as plainText } from "mdast-util-to-string";
import { calloutTones } from "../model/index.js";
import { lineField, markdownError } from "./locate.js";
import { directiveNames } from "./model.js";
import { isRefString, parseRef } from "./references.js";
import { referenceTargetsAt } from "./schema-model.js";
import type { ConversionContext, JsonObject } from "./types.js";

/** Converts `simpleText` content (the body of a tip, practice example or callout). */
export type ConvertSimpleText = (nodes: RootContent[], path: string) => JsonObject[];

const allowedAttributes: Record<string, readonly string[]> = {
  tip: [],
  practiceExample: ["organisation"],
  checklist: [],
  callout: ["tone"],
};

/**
 * Converts our container directives to their Portable Text blocks:
 * `:::tip[Title?]`, `:::practiceExample[Title]{organisation=<id>}`, `:::checklist[Title?]` (one list inside, each
 * item a checklist item; a further paragraph in an item is its note) and `:::callout[Title?]{tone=warning}`.
 */
export function convertDirective(
  node: ContainerDirective,
  context: ConversionContext,
  path: string,
  convertSimple: ConvertSimpleText,
): JsonObject {
  const name = node.name;
  if (!(directiveNames as readonly string[]).includes(name)) {
    throw markdownError(context, node, `unknown directive :::${name}: use one of ${directiveNames.join(", ")}`);
  }
  const attributes = node.attributes ?? {};
  for (const attribute of Object.keys(attributes)) {
    if (!allowedAttributes[name]?.includes(attribute)) {
      const allowed = allowedAttributes[name]?.length ? allowedAttributes[name].join(", ") : "none";
      throw markdownError(context, node, `:::${name} has no attribute ${attribute} (allowed: ${allowed})`);
    }
  }
  const [first, ...rest] = node.children;
  const hasLabel = first?.type === "paragraph" && first.data?.directiveLabel === true;
  const title = hasLabel ? plainText(first).trim() : "";
  const content = (hasLabel ? rest : node.children) as RootContent[];
  const titleField: JsonObject = title ? { title } : {};

  switch (name) {
    case "tip":
      return { _type: "tip", ...titleField, body: simpleBody(node, content, `${path}.body`, context, convertSimple) };
    case "practiceExample": {
      if (!title) {
        throw markdownError(context, node, ":::practiceExample needs a title: :::practiceExample[Title]");
      }
      const organisation = attributes.organisation;
      return {
        _type: "practiceExample",
        title,
        ...(organisation !== undefined && organisation !== null
          ? { organisation: organisationReference(organisation, node, context) }
          : {}),
        body: simpleBody(node, content, `${path}.body`, context, convertSimple),
      };
    }
    case "callout": {
      // The model's first tone is the default.
      const tone = attributes.tone ?? calloutTones.values[0];
      if (!calloutTones.has(tone)) {
        throw markdownError(
          context,
          node,
          `:::callout tone "${tone}" is unknown: use ${calloutTones.values.join(", ")}`,
        );
      }
      return {
        _type: "callout",
        tone,
        ...titleField,
        body: simpleBody(node, content, `${path}.body`, context, convertSimple),
      };
    }
    default:
      return { _type: "checklist", ...titleField, items: checklistItems(node, content, context) };
  }
}

function simpleBody(
  node: ContainerDirective,
  content: RootContent[],
  path: string,
  context: ConversionContext,
  convertSimple: ConvertSimpleText,
): JsonObject[] {
  if (content.length === 0) throw markdownError(context, node, `:::${node.name} is empty: write its text inside`);
  return convertSimple(content, path);
}

function organisationReference(value: string, node: ContainerDirective, context: ConversionContext): JsonObject {
  const parsed = parseRef(isRefString(value) ? value : `ref:${value}`);
  if ("problem" in parsed)
    throw markdownError(context, node, `bad organisation of :::practiceExample: ${parsed.problem}`);
  context.references.push({
    id: parsed.id,
    allowedTypes: referenceTargetsAt("practiceExample", ["organisation"]),
    what: "organisation of :::practiceExample",
    ...lineField(context, node),
  });
  return { _type: "reference", _ref: parsed.id };
}

function checklistItems(node: ContainerDirective, content: RootContent[], context: ConversionContext): JsonObject[] {
  const lists = content.filter((child): child is List => child.type === "list");
  const other = content.find((child) => child.type !== "list");
  if (other || lists.length !== 1) {
    throw markdownError(
      context,
      other ?? node,
      ":::checklist holds exactly one list (- item), each item one point; put other text outside the checklist",
    );
  }
  const items: JsonObject[] = [];
  for (const item of (lists[0] as List).children) {
    const paragraphs = item.children.map((child) => {
      if (child.type !== "paragraph") {
        throw markdownError(context, child, "a checklist item holds text only (a nested list is not allowed)");
      }
      return plainText(child).replace(/\s+/g, " ").trim();
    });
    const [text, ...notes] = paragraphs;
    if (!text) throw markdownError(context, item, "a checklist item is empty");
    items.push({ _type: "checklistItem", text, ...(notes.length ? { note: notes.join("\n\n") } : {}) });
  }
  return items;
}
