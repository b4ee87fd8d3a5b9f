import type { PhrasingContent } from "mdast";
import type { TextDirective } from "mdast-util-directive";
import { internalLinkTypes, linkSchemes } from "../model/index.js";
import { deterministicKey } from "./keys.js";
import { lineField, markdownError } from "./locate.js";
import { isRefString, parseRef } from "./references.js";
import type { ConversionContext, JsonObject } from "./types.js";

/** The children and mark definitions of one Portable Text block. */
export interface InlineContent {
  children: JsonObject[];
  markDefs: JsonObject[];
}

/**
 * Converts Markdown inline content to Portable Text spans: `**strong**` and `*em*` become decorators, links become
 * `link` or (for `ref:<id>`) `internalLink` annotations in `markDefs`. Raw HTML and syntax that is not part of the
 * content model stays literal text, so `<script>` in a text is shown, never run.
 */
export function convertInline(nodes: PhrasingContent[], context: ConversionContext, blockPath: string): InlineContent {
  const children: JsonObject[] = [];
  const markDefs: JsonObject[] = [];

  const addText = (text: string, marks: string[]) => {
    if (text === "") return;
    const last = children.at(-1);
    if (last && sameMarks(last.marks as string[], marks)) {
      last.text = `${last.text as string}${text}`;
      return;
    }
    children.push({ _type: "span", text, marks: [...marks] });
  };

  const walk = (list: PhrasingContent[], marks: string[]) => {
    for (const node of list) {
      switch (node.type) {
        case "text":
          addText(node.value.replace(/[ \t]*\r?\n[ \t]*/g, " "), marks);
          break;
        case "strong":
          walk(node.children, marks.includes("strong") ? marks : [...marks, "strong"]);
          break;
        case "emphasis":
          walk(node.children, marks.includes("em") ? marks : [...marks, "em"]);
          break;
        case "delete":
          // Strikethrough is not part of the model: keep the words.
          walk(node.children, marks);
          break;
        case "inlineCode":
          addText(node.value, marks);
          break;
        case "break":
          addText("\n", marks);
          break;
        case "html":
          addText(node.value, marks);
          break;
        case "link": {
          const key = deterministicKey(context.documentId, `${blockPath}.markDefs[${markDefs.length}]`);
          markDefs.push(linkDefinition(node.url, key, context, node));
          walk(node.children, [...marks, key]);
          break;
        }
        case "textDirective":
          addText(literalSource(node, context), marks);
          break;
        case "image":
          throw markdownError(context, node, "an image must stand alone in its own paragraph");
        case "linkReference":
        case "imageReference":
          throw markdownError(
            context,
            node,
            `reference-style link [${node.label ?? node.identifier}] is not supported: write [text](url)`,
          );
        case "footnoteReference":
          throw markdownError(context, node, "footnotes are not part of the content model");
        default:
          throw markdownError(context, node, `unsupported inline Markdown (${(node as { type: string }).type})`);
      }
    }
  };

  walk(nodes, []);
  const first = children[0];
  if (first) first.text = (first.text as string).replace(/^\s+/, "");
  const last = children.at(-1);
  if (last) last.text = (last.text as string).replace(/\s+$/, "");
  const nonEmpty = children.filter((child) => child.text !== "");
  return { children: nonEmpty.length > 0 ? nonEmpty : [{ _type: "span", text: "", marks: [] }], markDefs };
}

function sameMarks(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((mark, index) => mark === b[index]);
}

function linkDefinition(url: string, key: string, context: ConversionContext, node: PhrasingContent): JsonObject {
  if (isRefString(url)) {
    const parsed = parseRef(url);
    if ("problem" in parsed) throw markdownError(context, node, `bad internal link: ${parsed.problem}`);
    context.references.push({
      id: parsed.id,
      allowedTypes: internalLinkTypes,
      what: "internal link",
      ...lineField(context, node),
    });
    return { _type: "internalLink", _key: key, reference: { _type: "reference", _ref: parsed.id } };
  }
  // The URL's protocol, with its colon (`https:`); the model lists schemes without it.
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw markdownError(
      context,
      node,
      `link target "${url}" is not a full URL: use https://…, mailto:…, tel:… or ref:<document id> for a page of this site`,
    );
  }
  if (!(linkSchemes as readonly string[]).includes(protocol.slice(0, -1))) {
    throw markdownError(context, node, `link target "${url}" uses ${protocol}: only ${allowedSchemes}`);
  }
  return { _type: "link", _key: key, href: url };
}

/** The link schemes in words, for messages: `http, https, mailto and tel`. */
const allowedSchemes = `${linkSchemes.slice(0, -1).join(", ")} and ${linkSchemes.at(-1)}`;

/** The text directive exactly as it was typed (`:name[…]{…}`), so a colon in running text is kept as written. */
function literalSource(node: TextDirective, context: ConversionContext): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined) return context.source.slice(start, end);
  return `:${node.name}`;
}
