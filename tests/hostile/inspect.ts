/**
 * Checks of built output BY PARSING it: HTML through rehype-parse (parse5), ICS through ical.js, PDF link
 * annotations and actions through pdf.js (unpdf). Each check returns a list of problems (empty when clean), so a
 * test can show every problem at once.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gunzipSync } from "node:zlib";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Element, Root, RootContent } from "hast";
import ICAL from "ical.js";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { getDocumentProxy } from "unpdf";

/** Schemes that run code or carry a document of their own. */
const unsafeScheme = /^(javascript|data|vbscript|livescript|mocha):/;

/**
 * Whether a URL would run as script (or open an inline document) in a browser: the scheme is read as a browser
 * reads it, with ASCII whitespace and control characters removed anywhere and case ignored.
 */
export function isUnsafeUrl(value: string): boolean {
  let cleaned = "";
  for (const c of value) {
    const code = c.codePointAt(0) ?? 0;
    if (code > 0x20 && code !== 0x7f) cleaned += c;
  }
  return unsafeScheme.test(cleaned.toLowerCase());
}

/** hast property names that hold a URL (or a list of URLs). */
const urlProperties = new Set([
  "href",
  "src",
  "action",
  "formAction",
  "poster",
  "cite",
  "background",
  "data",
  "srcSet",
  "xLinkHref",
  "ping",
  "manifest",
  "codeBase",
  "longDesc",
  "icon",
  "dynsrc",
  "lowsrc",
  "archive",
  "classId",
  "profile",
  "useMap",
  "itemId",
]);
/** Elements content must never produce. */
const forbiddenElements = new Set([
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "base",
  "style",
  "xss",
  "bgsound",
  "layer",
  "ilayer",
]);

export interface ParsedPage {
  tree: Root;
  /** Parse errors reported by parse5 (through rehype-parse). */
  parseErrors: string[];
}

/** Parses an HTML page (or, with `fragment`, a fragment) with parse5 (rehype-parse), collecting its parse errors. */
export function parseHtml(html: string, options: { fragment?: boolean } = {}): ParsedPage {
  // A vfile-like object: unified hands it to rehype-parse, which pushes parse5's errors onto `messages`.
  const file = {
    value: html,
    messages: [] as { reason: string; line?: number; column?: number; ruleId?: string }[],
    message() {},
    toString: () => html,
  };
  const tree = unified()
    .use(rehypeParse, { emitParseErrors: true, fragment: options.fragment ?? false })
    .parse(file as never);
  return {
    tree,
    parseErrors: file.messages.map((m) => `${m.line ?? "?"}:${m.column ?? "?"} ${m.ruleId ?? ""} ${m.reason}`),
  };
}

function* elements(node: Root | RootContent): Generator<Element> {
  if (node.type === "element") yield node;
  if ("children" in node) for (const child of node.children) yield* elements(child);
  if (node.type === "element" && node.tagName === "template" && node.content) yield* elements(node.content);
}

/** The text of an element (its text nodes, concatenated). */
export function textOf(node: Root | RootContent): string {
  if (node.type === "text") return node.value;
  if ("children" in node) return node.children.map(textOf).join("");
  return "";
}

/** What a page reads as: its text plus the alt, title, aria-label and meta content attributes. */
export function readableText(tree: Root): string {
  const parts = [textOf(tree)];
  for (const element of elements(tree)) {
    for (const name of ["alt", "title", "ariaLabel", "content"]) {
      const value = element.properties[name];
      if (typeof value === "string") parts.push(value);
    }
  }
  return parts.join("\n");
}

/**
 * Executable things in a parsed page: script elements (except `allowedScript`, compared by its exact text), `on*`
 * attributes, unsafe URLs in URL attributes (and meta refresh), inline styles that load or evaluate, forbidden
 * elements.
 */
export function executableProblems(tree: Root, page: string, allowedScript?: string): string[] {
  const problems: string[] = [];
  for (const element of elements(tree)) {
    const name = element.tagName.toLowerCase();
    if (name === "script") {
      const own =
        allowedScript !== undefined &&
        element.properties.src === undefined &&
        element.properties.type === "module" &&
        textOf(element).trim() === allowedScript.trim();
      if (!own) problems.push(`${page}: <script> ${JSON.stringify(textOf(element).slice(0, 80))}`);
    }
    if (forbiddenElements.has(name)) problems.push(`${page}: <${name}> element`);
    for (const [property, value] of Object.entries(element.properties)) {
      if (/^on/i.test(property)) problems.push(`${page}: <${name} ${property}=…>`);
      const values = Array.isArray(value)
        ? value.map(String)
        : value === undefined || value === null
          ? []
          : [String(value)];
      if (urlProperties.has(property)) {
        const urls =
          property === "srcSet"
            ? values.flatMap((v) => v.split(",").map((c) => c.trim().split(/\s+/)[0] ?? ""))
            : values;
        for (const url of urls) if (isUnsafeUrl(url)) problems.push(`${page}: <${name} ${property}="${url}">`);
      }
      if (property === "style" && /url\s*\(|expression\s*\(|javascript|behavior|binding/i.test(values.join(" ")))
        problems.push(`${page}: <${name} style="${values.join(" ")}">`);
    }
    if (name === "meta") {
      const equiv = String(element.properties.httpEquiv ?? "").toLowerCase();
      if (equiv === "refresh" || equiv === "link" || equiv === "set-cookie")
        problems.push(`${page}: <meta http-equiv="${equiv}">`);
    }
  }
  return problems;
}

/** Every file under `dir`, as paths relative to it (with `/`). */
export function allFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The readable content of a built file: its bytes as text, plus the decompressed text when it is gzip data (the
 * Pagefind index: fragments, word index and metadata are gzip files with a `pagefind_dcd` signature).
 */
export function fileContents(file: string): string {
  const bytes = readFileSync(file);
  const parts = [bytes.toString("utf8")];
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) parts.push(gunzipSync(bytes).toString("utf8"));
  return parts.join("\n");
}

/** ICS properties whose value is a URI, and parameters that hold one. */
const icsUriProperties = new Set(["url", "attach", "tzurl", "source", "image", "conference", "organizer", "attendee"]);
const icsUriParameters = ["altrep", "dir", "sent-by", "delegated-to", "delegated-from", "member"];

export interface ParsedCalendar {
  events: ICAL.Component[];
  problems: string[];
}

/** Parses an ICS file with ical.js and lists unsafe URLs in URI properties and parameters. */
export function inspectIcs(text: string, name: string): ParsedCalendar {
  const problems: string[] = [];
  const calendar = new ICAL.Component(ICAL.parse(text));
  if (calendar.name !== "vcalendar") problems.push(`${name}: top component is ${calendar.name}`);
  const visit = (component: ICAL.Component) => {
    for (const property of component.getAllProperties()) {
      const isUri = icsUriProperties.has(property.name) || property.type === "uri" || property.type === "cal-address";
      if (isUri) {
        for (const value of property.getValues()) {
          if (isUnsafeUrl(String(value))) problems.push(`${name}: ${property.name.toUpperCase()}:${String(value)}`);
        }
      }
      for (const parameter of icsUriParameters) {
        const value = property.getParameter(parameter);
        for (const v of Array.isArray(value) ? value : value ? [value] : []) {
          if (isUnsafeUrl(String(v))) problems.push(`${name}: ${property.name.toUpperCase()};${parameter}=${v}`);
        }
      }
    }
    for (const child of component.getAllSubcomponents()) visit(child);
  };
  visit(calendar);
  return { events: calendar.getAllSubcomponents("vevent"), problems };
}

export interface PdfLinks {
  /** URLs of the link annotations. */
  urls: string[];
  problems: string[];
}

/** Reads every page's annotations and the document's and pages' JavaScript actions with pdf.js. */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfLinks> {
  const pdf = await getDocumentProxy(bytes.slice());
  const urls: string[] = [];
  const problems: string[] = [];
  const documentActions = await pdf.getJSActions();
  if (documentActions && Object.keys(documentActions).length > 0)
    problems.push(`document JavaScript actions: ${Object.keys(documentActions).join(", ")}`);
  const openAction = (await pdf.getOpenAction()) as { action?: unknown } | null;
  if (openAction?.action) problems.push(`open action: ${JSON.stringify(openAction.action)}`);
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const pageActions = await page.getJSActions();
    if (pageActions && Object.keys(pageActions).length > 0) problems.push(`page ${number}: JavaScript actions`);
    for (const annotation of (await page.getAnnotations()) as Record<string, unknown>[]) {
      for (const field of ["url", "unsafeUrl"]) {
        const value = annotation[field];
        if (typeof value !== "string") continue;
        if (field === "url") urls.push(value);
        if (isUnsafeUrl(value)) problems.push(`page ${number}: ${annotation.subtype} ${field} ${value}`);
      }
      if (annotation.action) problems.push(`page ${number}: named/JS action ${JSON.stringify(annotation.action)}`);
      if (annotation.actions) problems.push(`page ${number}: annotation actions ${JSON.stringify(annotation.actions)}`);
      if (annotation.subtype !== "Link" && annotation.subtype !== undefined)
        problems.push(`page ${number}: unexpected ${String(annotation.subtype)} annotation`);
    }
  }
  return { urls, problems };
}

export interface ParsedFeedEntry {
  /** The title as a feed reader shows it: the text of the HTML when the feed says `type="html"`. */
  title: string;
  summary: string;
  /** Every address of the entry (`id`, `link` hrefs). */
  urls: string[];
}

export interface ParsedFeed {
  entries: ParsedFeedEntry[];
  problems: string[];
}

/** Atom elements whose text is an address, and attributes that hold one. */
const atomUriElements = new Set(["id", "uri", "icon", "logo"]);
const atomUriAttributes = new Set(["@_href", "@_src", "@_scheme", "@_uri", "@_xml:base"]);
/** Atom text constructs: plain text, or HTML that a reader renders. */
const atomTextElements = new Set(["title", "subtitle", "summary", "content", "rights"]);
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 does not allow are the point
const xmlIllegal = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/**
 * Parses an Atom feed (fast-xml-parser, after its well-formedness check) as a feed reader would: addresses in `href`,
 * `src`, `id`, `uri`, `icon`, `logo`; text constructs read as text or, with `type="html"`, as HTML parsed with parse5.
 * Lists characters XML does not allow, unsafe addresses, and anything executable in the HTML of a text construct.
 */
export function inspectAtom(text: string, name: string): ParsedFeed {
  const problems: string[] = [];
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return { entries: [], problems: [`${name}: not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`] };
  if (xmlIllegal.test(text)) problems.push(`${name}: a character XML 1.0 does not allow`);
  for (const match of text.matchAll(/&#(x[0-9a-f]+|[0-9]+);/gi)) {
    const reference = (match[1] ?? "").toLowerCase();
    const code = reference.startsWith("x") ? Number.parseInt(reference.slice(1), 16) : Number.parseInt(reference, 10);
    if (xmlIllegal.test(String.fromCodePoint(Math.min(code, 0x10ffff))))
      problems.push(`${name}: character reference ${match[0]}`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    textNodeName: "#text",
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (tag) => ["entry", "link", "category", "author", "contributor"].includes(tag),
  });
  const feed = (parser.parse(text) as Record<string, unknown>).feed as Record<string, unknown> | undefined;
  if (!feed) return { entries: [], problems: [...problems, `${name}: no <feed> element`] };

  /** The text of an element as parsed (a string, or an object with `#text` and attributes). */
  const textOfNode = (value: unknown): string =>
    typeof value === "string"
      ? value
      : value && typeof value === "object"
        ? String((value as Record<string, unknown>)["#text"] ?? "")
        : "";
  /** A text construct as a reader shows it. */
  const readText = (value: unknown, where: string): string => {
    const raw = textOfNode(value);
    const type = value && typeof value === "object" ? (value as Record<string, unknown>)["@_type"] : undefined;
    if (type !== "html") return raw;
    const { tree, parseErrors } = parseHtml(raw, { fragment: true });
    problems.push(...parseErrors.map((error) => `${where}: HTML ${error}`), ...executableProblems(tree, where));
    return textOf(tree);
  };
  const visit = (value: unknown, where: string, urls: string[]) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, where, urls);
      return;
    }
    if (!value || typeof value !== "object") return;
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (atomUriAttributes.has(key) && typeof inner === "string") urls.push(inner);
      if (atomUriElements.has(key))
        for (const item of Array.isArray(inner) ? inner : [inner]) urls.push(textOfNode(item));
      if (atomTextElements.has(key))
        for (const item of Array.isArray(inner) ? inner : [inner]) readText(item, `${where} <${key}>`);
      if (key !== "entry" && inner && typeof inner === "object") visit(inner, `${where} <${key}>`, urls);
    }
  };
  const feedUrls: string[] = [];
  visit(feed, name, feedUrls);
  const entries = ((feed.entry as unknown[]) ?? []).map((entry, i) => {
    const record = entry as Record<string, unknown>;
    const urls: string[] = [];
    visit(record, `${name} entry ${i + 1}`, urls);
    return {
      title: readText(record.title, `${name} entry ${i + 1} <title>`),
      summary: readText(record.summary ?? record.content, `${name} entry ${i + 1} <summary>`),
      urls,
    };
  });
  for (const url of [...feedUrls, ...entries.flatMap((entry) => entry.urls)]) {
    if (isUnsafeUrl(url)) problems.push(`${name}: unsafe address ${url}`);
  }
  return { entries, problems: [...new Set(problems)] };
}
