/**
 * Hostile datasets for the hostile input suite, made from the embedded dataset:
 *
 * - `injectPayloads` puts XSS payloads into every text field of every document (titles, summaries, Portable Text
 *   spans, alt texts, captions, checklist items, locations, registrations, signal fields, names, site settings) and URL
 *   payloads into every Portable Text link, round robin, so that each payload is used at least once;
 * - `addNewTypes` makes sure the dataset has the organisation's pages (one under another), a news item, files (on a
 *   tool, an event with a report file, a page and a news item), the main menu and the footer links, whatever the
 *   embedded dataset holds, so that every one of their text fields gets payloads; the files are `hostileFiles`, whose
 *   original names (in `assets.json`, as Sanity keeps them) are hostile: `<script>…`, `../../etc/passwd`, a NUL;
 * - `leakDocuments` adds documents that must never reach public output (drafts, release versions, an internal signal,
 *   unpublished documents that published ones refer to weakly, `sanity.*`/`system.*` documents), each with a marker
 *   string of its own in every text field (and in the bytes and name of a file only a draft uses).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
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

/** A file the hostile datasets add to the export, with the name Sanity would keep for it in `assets.json`. */
export interface DatasetFile {
  /** Path in the export: always a safe name (`files/hostile-1.pdf`); hostile names are refused there (tested apart). */
  path: string;
  bytes: Buffer;
  /** The name it was uploaded with (text only: an editor's browser sends whatever the file was called). */
  originalFilename?: string;
}

/**
 * Writes `documents` as `<dir>/data.ndjson` beside a copy of the embedded export's files (images, files,
 * `assets.json`), plus `files` with their original names merged into `assets.json`; returns the NDJSON path.
 */
export function writeDataset(dir: string, documents: readonly Doc[], files: readonly DatasetFile[] = []): string {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(embeddedDir)) {
    if (entry !== "data.ndjson") cpSync(join(embeddedDir, entry), join(dir, entry), { recursive: true });
  }
  const assetsFile = join(dir, "assets.json");
  const assets = existsSync(assetsFile) ? (JSON.parse(readFileSync(assetsFile, "utf8")) as Doc) : {};
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.bytes);
    if (file.originalFilename !== undefined) assets[assetKey(file.path)] = { originalFilename: file.originalFilename };
  }
  if (Object.keys(assets).length > 0) writeFileSync(assetsFile, JSON.stringify(assets));
  const data = join(dir, "data.ndjson");
  writeFileSync(data, `${documents.map((doc) => JSON.stringify(doc)).join("\n")}\n`);
  return data;
}

/** How Sanity's `assets.json` keys a file: `files/<name>.pdf` → `file-<name>`. */
const assetKey = (path: string) =>
  `${path.startsWith("images/") ? "image" : "file"}-${path.replace(/^.*\//, "").replace(/\.[^.]*$/, "")}`;

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
  "publishedAt",
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
      if (fieldKey === "url" && parent._type === "menuLink") return menuUrl(value, payload);
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

/**
 * A menu address with a payload in its query: a site path stays one (`/agenda/?q=…`), anything else becomes an https
 * address. A menu address must be exactly what the content package's check makes of it, so the payload loses the
 * characters a browser drops from a URL anyway (controls, tabs, newlines, spaces at the end); an unsafe menu address
 * itself is refused by the content package (tested apart).
 */
function menuUrl(value: string, payload: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point
  const kept = payload.replace(/[\u0000-\u001f\u007f]/g, "").trimEnd();
  return value.startsWith("/") ? `${value.split("?")[0]}?q=${kept}` : `https://example.org/menu?q=${kept}`;
}

const ref = (id: string, weak = false) => ({ _type: "reference", _ref: id, ...(weak ? { _weak: true } : {}) });
const slug = (current: string) => ({ _type: "slug", current });
const para = (text: string, markDefs: Doc[] = [], marks: string[] = []): Doc => ({
  _type: "block",
  _key: key("lb"),
  style: "normal",
  markDefs,
  children: [{ _type: "span", _key: key("ls"), text, marks }],
});
/** A file field as an export writes it (`_sanityAsset`), with a title. */
const fileField = (file: DatasetFile, title: string, withKey = true): Doc => ({
  _type: "file",
  ...(withKey ? { _key: key("hf") } : {}),
  title,
  _sanityAsset: `file@file://./${file.path.split("/").map(encodeURIComponent).join("/")}`,
});

/** Bytes that say which file they are (so a published copy can be traced back), starting like a PDF. */
const fileBytes = (name: string) => Buffer.from(`%PDF-1.4\n% gastvrij hostile file ${name}\n%%EOF\n`);

/**
 * The files `addNewTypes` puts on published documents: safe names on disk (one with spaces and accents), hostile
 * original names (markup, traversal, a NUL, a Windows path, an attribute break-out, a `javascript:` name, a
 * right-to-left override, a hidden file) as `assets.json` gives them.
 */
export const hostileFiles: readonly DatasetFile[] = [
  { path: "files/hostile-1.pdf", originalFilename: "<script>alert(1)</script>.pdf" },
  { path: "files/hostile-2.pdf", originalFilename: "../../etc/passwd" },
  { path: "files/hostile-3.pdf", originalFilename: "a\u0000b.pdf" },
  { path: "files/hostile-4.docx", originalFilename: "..\\..\\windows\\win.ini.docx" },
  { path: "files/hostile-5.xlsx", originalFilename: '" onmouseover="alert(1)".xlsx' },
  { path: "files/hostile-6.pdf", originalFilename: "javascript:alert(1)//.pdf" },
  { path: "files/hostile-7.pdf", originalFilename: "factuur\u202Efdp.exe" },
  { path: "files/hostile-8.csv", originalFilename: ".htaccess" },
  { path: "files/Verslag été 2026 (versie 2).pdf" },
].map((file) => ({ ...file, bytes: fileBytes(file.path) }));

/**
 * Adds what the content model has had since pages and news came (changing `base`): two pages (one under the other),
 * a news item, the files of {@link hostileFiles} on a tool, an event (files and a report file), a page and the news
 * item, a main menu and footer links (a page, a site path, an address), a phone number and sample marks. Needs a
 * tool, an event, a theme and the site settings in `base`.
 */
export function addNewTypes(base: Doc[]): Doc[] {
  const first = (type: string) => {
    const found = base.find((doc) => doc._type === type);
    if (!found) throw new Error(`the base dataset has no ${type}`);
    return found;
  };
  const f = (index: number) => hostileFiles[index] as DatasetFile;
  const files = (...list: DatasetFile[]) => list.map((file, i) => fileField(file, `Bestand ${i + 1}`));
  const append = (doc: Doc, field: string, items: Doc[]) => {
    doc[field] = [...(Array.isArray(doc[field]) ? (doc[field] as Doc[]) : []), ...items];
  };
  const tool = first("tool");
  const event = first("event");
  const theme = first("theme");
  const settings = first("siteSettings");
  append(tool, "files", files(f(0), f(1)));
  append(event, "files", files(f(2)));
  event.reportFile = fileField(f(3), "Verslag", false);
  tool.sample = true;

  const page: Doc = {
    _id: "page-hostile-over-ons",
    _type: "page",
    title: "Over het netwerk",
    slug: slug("hostile-over-ons"),
    summary: "Wie we zijn.",
    body: [
      para("Het netwerk brengt groepen samen."),
      { ...para("Kop"), style: "h2" },
      para("Lees de statuten", [{ _type: "link", _key: "pl1", href: "https://example.org/" }], ["pl1"]),
      { _type: "tip", _key: key("pt"), title: "Tip", body: [para("Een tip.")] },
    ],
    files: files(f(4), f(5), f(8)),
    order: 1,
    sample: false,
  };
  const child: Doc = {
    _id: "page-hostile-lid-worden",
    _type: "page",
    title: "Lid worden",
    slug: slug("hostile-lid-worden"),
    parent: ref(String(page._id)),
    summary: "Zo sluit je aan.",
    body: [para("Vul het formulier in."), { ...para("Een punt"), listItem: "bullet", level: 1 }],
    order: 2,
    sample: true,
  };
  const news: Doc = {
    _id: "news-hostile-oproep",
    _type: "newsItem",
    title: "Projectoproep",
    slug: slug("hostile-oproep"),
    publishedAt: "2026-11-20T09:00:00Z",
    summary: "Dien een project in.",
    body: [
      para("Lees het reglement."),
      para("Meer info", [{ _type: "link", _key: "nl1", href: "https://example.org/" }], ["nl1"]),
    ],
    themes: [{ ...ref(String(theme._id)), _key: key("nt") }],
    files: files(f(6), f(7)),
    sample: true,
  };
  const menuLink = (label: string, target: { target?: Doc; url?: string }): Doc => ({
    _type: "menuLink",
    _key: key("ml"),
    label,
    ...(target.target ? { target: target.target } : {}),
    ...(target.url ? { url: target.url } : {}),
  });
  append(settings, "mainMenu", [
    menuLink("Over ons", { target: ref(String(page._id)) }),
    menuLink("Nieuws", { url: "/nieuws/" }),
    menuLink("Partner", { url: "https://example.org/partner" }),
  ]);
  append(settings, "footerLinks", [
    menuLink("Lid worden", { target: ref(String(child._id)) }),
    menuLink("Agenda", { url: "/agenda/" }),
  ]);
  settings.phone = "+32 2 123 45 67";
  return [...base, page, child, news];
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

/** A file that only a draft uses: its bytes and its original name carry the draft-only leak marker. */
export const leakFile: DatasetFile = {
  path: "files/hostile-draft-only.pdf",
  originalFilename: `${leakMarkers.draftOnly}.pdf`,
  bytes: Buffer.from(`%PDF-1.4\n% ${leakMarkers.draftOnly}\n%%EOF\n`),
};

/** Every file the hostile datasets add, for {@link writeDataset}. */
export const allHostileFiles: readonly DatasetFile[] = [...hostileFiles, leakFile];

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

  // Pages and news (when `base` has them): a page's draft, a news item's release version, a news item only in a draft
  // with a file only it uses, and a page only in a draft that the footer points at.
  const page = base.find((doc) => doc._type === "page");
  const news = base.find((doc) => doc._type === "newsItem");
  const settings = base.find((doc) => doc._type === "siteSettings");
  const newTypes: Doc[] = [];
  if (page && news && settings) {
    const draftOnlyPage = marked(
      { ...structuredClone(page), _id: "drafts.page-hostile-unpublished", slug: slug("hostile-ongepubliceerd") },
      leakMarkers.unpublishedReferenced,
    );
    delete draftOnlyPage.parent;
    settings.footerLinks = [
      ...((settings.footerLinks as Doc[]) ?? []),
      { _type: "menuLink", _key: "leakfl", label: "Nieuwe pagina", target: ref("page-hostile-unpublished", true) },
    ];
    newTypes.push(
      marked({ ...structuredClone(page), _id: `drafts.${page._id}` }, leakMarkers.draft),
      marked({ ...structuredClone(news), _id: `versions.rHostile.${news._id}` }, leakMarkers.version),
      marked(
        {
          ...structuredClone(news),
          _id: "drafts.news-hostile-nieuw",
          slug: slug("hostile-nieuw"),
          files: [fileField(leakFile, "Conceptbestand")],
        },
        leakMarkers.draftOnly,
      ),
      draftOnlyPage,
    );
  }

  return [
    ...base,
    ...newTypes,
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
