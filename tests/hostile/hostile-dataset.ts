/**
 * Hostile datasets for the hostile input suite, made from the embedded dataset:
 *
 * - `injectPayloads` puts XSS payloads into every text field of every document (titles, summaries, Portable Text
 *   spans, alt texts, captions, checklist items, locations, registrations, signal fields, names, site settings) and URL
 *   payloads into every Portable Text link, round robin, so that each payload is used at least once;
 * - `leakDocuments` adds documents that must never reach public output (drafts, release versions, an internal signal,
 *   unpublished documents that published ones refer to weakly, `sanity.*`/`system.*` documents), each with a marker
 *   string of its own in every text field.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../e2e/site.js";

export type Doc = Record<string, unknown>;

/** Where a payload went: the document and the field path (`body[3].children[0].text`). */
export interface PayloadUse {
  documentId: string;
  path: string;
  payload: string;
}

export const embeddedDir = join(repoRoot, "packages", "content", "dataset", "embedded");

/** The documents of the embedded dataset (fresh copies). */
export function embeddedDocuments(): Doc[] {
  return readFileSync(join(embeddedDir, "data.ndjson"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Doc);
}

/** Writes `documents` as `<dir>/data.ndjson` beside a copy of the embedded images; returns the NDJSON path. */
export function writeDataset(dir: string, documents: readonly Doc[]): string {
  mkdirSync(dir, { recursive: true });
  cpSync(join(embeddedDir, "images"), join(dir, "images"), { recursive: true });
  const file = join(dir, "data.ndjson");
  writeFileSync(file, `${documents.map((doc) => JSON.stringify(doc)).join("\n")}\n`);
  return file;
}

/**
 * String fields that are not free text: identifiers, enums, dates, numbers with a pattern, slugs (`current`), marks.
 * Everything else that holds a string is text an editor types.
 */
const notText = new Set([
  "style",
  "listItem",
  "kind",
  "status",
  "visibility",
  "region",
  "timeZone",
  "start",
  "end",
  "observedAt",
  "until",
  "deadline",
  "exceptions",
  "frequency",
  "weekday",
  "number",
  "current",
  "tone",
  "marks",
  "audience",
  "mimeType",
  "extension",
]);
/** URL fields that the content package checks for a safe scheme (links of tools, online meetings, websites). */
export const checkedUrlFields = new Set(["url", "onlineUrl", "website"]);

type Visit = (value: string, key: string, path: string, parent: Doc) => string;

function mapStrings(value: unknown, path: string, key: string, parent: Doc | undefined, visit: Visit): unknown {
  if (typeof value === "string") return parent ? visit(value, key, path, parent) : value;
  if (Array.isArray(value)) {
    // Array items inherit the array's key: `marks`, `exceptions` and `audience` stay what they are.
    return value.map((item, index) =>
      typeof item === "string"
        ? notText.has(key)
          ? item
          : visit(item, key, `${path}[${index}]`, parent ?? {})
        : mapStrings(item, `${path}[${index}]`, key, parent, visit),
    );
  }
  if (value === null || typeof value !== "object") return value;
  const record = value as Doc;
  const out: Doc = {};
  for (const [childKey, child] of Object.entries(record)) {
    const childPath = path ? `${path}.${childKey}` : childKey;
    if (childKey.startsWith("_") || notText.has(childKey)) out[childKey] = child;
    else out[childKey] = mapStrings(child, childPath, childKey, record, visit);
  }
  return out;
}

/** Calls `visit` for every free-text string of `doc` (and URL fields, told apart by `key`), returning the new document. */
export function mapTextFields(doc: Doc, visit: Visit): Doc {
  return mapStrings(doc, "", "", undefined, visit) as Doc;
}

let keyCount = 0;
const key = (prefix: string) => `${prefix}${++keyCount}`;

/** A paragraph with one linked span per URL. */
export function linkParagraph(urls: readonly string[], label: string): Doc {
  const markDefs = urls.map((href) => ({ _type: "link", _key: key("hl"), href }));
  return {
    _type: "block",
    _key: key("hb"),
    style: "normal",
    markDefs,
    children: markDefs.map((def, i) => ({
      _type: "span",
      _key: key("hs"),
      text: `${label} ${i + 1} `,
      marks: [def._key],
    })),
  };
}

/**
 * URLs with a safe scheme that carry markup, quotes and spaces in the rest: they must stay links, with the whole URL
 * as data (escaped in HTML, intact in the PDF's link annotations).
 */
export const safeHostileUrls = [
  'https://example.org/veilig?q="><script>alert(1)</script>',
  "https://example.org/veilig?q=' onmouseover='alert(1)",
  "https://example.org/veilig#<img src=x onerror=alert(1)>",
] as const;

export interface InjectedDataset {
  documents: Doc[];
  /** Every text payload, where it went (at least once each). */
  textUses: PayloadUse[];
  /** Every URL payload, where it went as a Portable Text link href (at least once each). */
  hrefUses: PayloadUse[];
}

/**
 * Puts the payloads into the documents: each text field gets the next text payload appended (round robin), each
 * Portable Text link gets the next URL payload as its href, and the URL payloads left over go into extra link
 * paragraphs in a toolkit section, a tool and an event. Checked URL fields (tool links, online meeting URLs,
 * registration URLs, websites) keep a safe scheme but carry a text payload in the rest of the URL: a raw unsafe URL in
 * them is rejected by the content package (tested apart).
 */
export function injectPayloads(
  base: readonly Doc[],
  textPayloads: readonly string[],
  hrefPayloads: readonly string[],
): InjectedDataset {
  let nextText = 0;
  let nextHref = 0;
  const textUses: PayloadUse[] = [];
  const hrefUses: PayloadUse[] = [];
  const documents = base.map((doc) =>
    mapTextFields(doc, (value, fieldKey, path, parent) => {
      const documentId = String(doc._id);
      if (fieldKey === "href" && parent._type === "link") {
        const payload = hrefPayloads[nextHref++ % hrefPayloads.length] as string;
        hrefUses.push({ documentId, path, payload });
        return payload;
      }
      const payload = textPayloads[nextText++ % textPayloads.length] as string;
      textUses.push({ documentId, path, payload });
      if (checkedUrlFields.has(fieldKey)) return `https://example.org/${encodeURI("x")}?q=${payload}`;
      if (fieldKey === "email" || fieldKey === "contactEmail") return `${payload}@example.org`;
      return `${value} ${payload}`;
    }),
  );
  // Leftover URL payloads: spread over one body of each kind that the site renders (and the PDF, for the section).
  const hosts = ["toolkitSection", "tool", "event", "signal"].map((type) => documents.find((d) => d._type === type));
  const left = hrefPayloads.slice(Math.min(nextHref, hrefPayloads.length));
  hosts.forEach((host, i) => {
    if (!host) return;
    const share = left.filter((_, j) => j % hosts.length === i);
    if (share.length === 0) return;
    const field = host._type === "signal" ? "description" : "body";
    const body = Array.isArray(host[field]) ? (host[field] as Doc[]) : [];
    const paragraph = linkParagraph(share, "Gevaarlijke link");
    share.forEach((payload, j) => {
      hrefUses.push({
        documentId: String(host._id),
        path: `${field}[${body.length}].markDefs[${j}].href`,
        payload,
      });
    });
    host[field] = [...body, paragraph];
  });
  const section = hosts[0];
  if (section) section.body = [...((section.body as Doc[]) ?? []), linkParagraph(safeHostileUrls, "Veilige link")];
  return { documents, textUses, hrefUses };
}

/** The marker strings of `leakDocuments`, by what carries them. Lower case, so a lower-cased index finds them too. */
export const leakMarkers = {
  draft: "zqleakdraftmarker",
  draftOnly: "zqleakdraftonlymarker",
  version: "zqleakversionmarker",
  versionOnly: "zqleakversiononlymarker",
  internalSignal: "zqleakinternalsignalmarker",
  unpublishedReferenced: "zqleakunpublishedrefmarker",
  sanitySystem: "zqleaksanitymarker",
  systemSystem: "zqleaksystemmarker",
} as const;

const ref = (id: string, weak = false) => ({ _type: "reference", _ref: id, ...(weak ? { _weak: true } : {}) });
const slug = (current: string) => ({ _type: "slug", current });
const para = (text: string, markDefs: Doc[] = [], marks: string[] = []): Doc => ({
  _type: "block",
  _key: key("lb"),
  style: "normal",
  markDefs,
  children: [{ _type: "span", _key: key("ls"), text, marks }],
});

/** Puts `marker` into every text field of `doc` (and into its slug, so that a leaked page path shows it too). */
function marked(doc: Doc, marker: string): Doc {
  const out = mapTextFields(doc, (value, fieldKey) =>
    checkedUrlFields.has(fieldKey) ? `https://example.org/${marker}` : `${value} ${marker}`,
  );
  if (out.slug && typeof out.slug === "object") out.slug = slug(`${(out.slug as Doc).current}-${marker}`);
  return out;
}

/**
 * Adds the documents that must never reach public output to `base` (which is changed: a published section and a
 * published tool get weak links to unpublished documents and a link to the internal signal). Needs a section, a tool,
 * an event, a theme and an organisation in `base`.
 */
export function leakDocuments(base: Doc[]): Doc[] {
  const first = (type: string) => {
    const found = base.find((doc) => doc._type === type && typeof doc._id === "string");
    if (!found) throw new Error(`the base dataset has no ${type}`);
    return found;
  };
  const section = first("toolkitSection");
  const tool = first("tool");
  const event = first("event");
  const theme = first("theme");
  const organisation = first("organisation");
  const chapterRef = section.chapter as Doc;

  const internalSignal = marked(
    {
      _id: "signal-hostile-internal",
      _type: "signal",
      title: "Intern signaal",
      slug: slug("intern-signaal"),
      description: [para("Interne beschrijving")],
      themes: [{ ...ref(String(theme._id)), _key: "t1" }],
      region: "brussel",
      observedAt: "2026-02-01",
      sourceOrganisation: ref(String(organisation._id)),
      status: "passedToPolicy",
      visibility: "internal",
      passedTo: "Intern kabinet",
      outcome: "Interne uitkomst",
    },
    leakMarkers.internalSignal,
  );
  const draftOnlyTool = marked(
    { ...structuredClone(tool), _id: "drafts.tool-hostile-unpublished", title: "Ongepubliceerde tool" },
    leakMarkers.unpublishedReferenced,
  );
  const draftOnlyOrg = marked(
    {
      _id: "drafts.org-hostile-unpublished",
      _type: "organisation",
      name: "Ongepubliceerde organisatie",
      slug: slug("ongepubliceerd"),
      kind: "partner",
    },
    leakMarkers.unpublishedReferenced,
  );

  // Published documents that point at unpublished ones (weakly, as Sanity stores references to drafts) and at the
  // internal signal: the words may stay, the targets' text must not appear.
  const links = [
    { _type: "internalLink", _key: "leak1", reference: ref("tool-hostile-unpublished", true) },
    { _type: "internalLink", _key: "leak2", reference: ref(String(internalSignal._id)) },
  ];
  section.body = [
    ...((section.body as Doc[]) ?? []),
    para("Zie de nieuwe tool", links, ["leak1"]),
    para("Zie het signaal", links, ["leak2"]),
    {
      _type: "practiceExample",
      _key: key("lp"),
      title: "Praktijkvoorbeeld",
      organisation: ref("org-hostile-unpublished", true),
      body: [para("Een voorbeeld.")],
    },
  ];
  tool.body = [...((tool.body as Doc[]) ?? []), para("Zie de nieuwe tool", links, ["leak1"])];
  // A publisher and an organiser that exist only as drafts (weak references, as Sanity keeps them).
  tool.publisher = ref("org-hostile-unpublished", true);
  event.organiser = ref("org-hostile-unpublished", true);

  return [
    ...base,
    marked({ ...structuredClone(section), _id: `drafts.${section._id}` }, leakMarkers.draft),
    marked(
      {
        _id: "drafts.section-hostile-new",
        _type: "toolkitSection",
        chapter: chapterRef,
        number: `${String(section.number).split(".")[0]}.99`,
        title: "Nieuwe paragraaf",
        slug: slug("nieuwe-paragraaf"),
        summary: "Nog niet klaar",
        body: [para("Concepttekst"), { _type: "tip", _key: "tp", title: "Tip", body: [para("Concepttip")] }],
      },
      leakMarkers.draftOnly,
    ),
    marked({ ...structuredClone(tool), _id: `versions.rHostile.${tool._id}` }, leakMarkers.version),
    marked({ ...structuredClone(event), _id: "versions.rHostile.event-hostile-new" }, leakMarkers.versionOnly),
    internalSignal,
    draftOnlyTool,
    draftOnlyOrg,
    marked(
      { ...structuredClone(section), _id: "sanity.hostile-section", number: `${String(section.number)}9` },
      leakMarkers.sanitySystem,
    ),
    marked({ ...structuredClone(event), _id: "system.hostile-event" }, leakMarkers.systemSystem),
    marked(
      { _id: "system.group.hostile", _type: "system.group", grants: [], members: ["Beheerder"] },
      leakMarkers.systemSystem,
    ),
  ];
}
