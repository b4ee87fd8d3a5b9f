/**
 * The hostile input suite, output side: one dataset made from the embedded one, with every XSS payload of
 * `../shared/corpora/xss/` in text and URL fields and with documents that must never be published (each carrying a
 * marker string), goes through the real site build (Astro + Pagefind, one build), the ICS feeds of that build and
 * `gastvrij export-pdf`. The dataset has every content type, the organisation's pages and news included, and files
 * with hostile original names. The output is checked by parsing it: HTML with parse5 (rehype-parse), ICS with
 * ical.js, the news feed with fast-xml-parser (its HTML with parse5), PDF annotations and text with pdf.js (unpdf).
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ContentError, createContent } from "@gastvrij/content";
import { isPublishedId } from "@gastvrij/content/model";
import { createGroqEngine, openLocalSource, type RawDocument } from "@gastvrij/content/sources";
import type { Root } from "hast";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../scripts/src/lib/static-server.js";
import { buildSite, checkFileLinks, launchBrowser, webDir } from "../e2e/site.js";
import { runCli } from "./cli.js";
import { corpusLines } from "./corpus.js";
import {
  addNewTypes,
  allHostileFiles,
  checkedUrlFields,
  type Doc,
  embeddedDir,
  embeddedDocuments,
  hostileFiles,
  type InjectedDataset,
  injectPayloads,
  leakDocuments,
  leakMarkers,
  safeHostileUrls,
  writeDataset,
} from "./hostile-dataset.js";
import {
  allFiles,
  executableProblems,
  fileContents,
  inspectAtom,
  inspectIcs,
  inspectPdf,
  isUnsafeUrl,
  parseHtml,
  readableText,
} from "./inspect.js";

const textPayloads = corpusLines("xss/xss-text-payloads.txt");
const hrefPayloads = corpusLines("xss/xss-href-payloads.txt");
const haveCorpus = Boolean(textPayloads && hrefPayloads);

/** A published marker: it must be found where the leak markers must not (proves the scans can see). */
const publishedMarker = "zqpublishedcontrolmarker";

/** The search page's own script, exactly as written in its source: the only script the site may ship. */
function searchPageScript(): string {
  const source = readFileSync(join(webDir, "src", "pages", "zoeken.astro"), "utf8");
  const script = source.match(/<script is:inline type="module">([\s\S]*?)<\/script>/)?.[1];
  if (!script) throw new Error("apps/web/src/pages/zoeken.astro has no inline module script");
  return script;
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** The value at a field path (`files[1].title`) of a document. */
function valueAt(doc: Doc, path: string): unknown {
  let value: unknown = doc;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

describe.skipIf(!haveCorpus)("hostile content through the site, the ICS feeds and the PDF", () => {
  let work: string;
  let site: string;
  let injected: InjectedDataset;
  let documents: Doc[];
  let pages: { path: string; tree: Root; parseErrors: string[] }[];
  let pdfBytes: Uint8Array;
  let pdfText: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "gastvrij-hostile-"));
    site = join(work, "site");
    injected = injectPayloads(addNewTypes(embeddedDocuments()), textPayloads ?? [], hrefPayloads ?? []);
    documents = leakDocuments(injected.documents);
    // The control: a published section title and paragraph carry a marker that must show up everywhere.
    const section = documents.find(
      (doc) => doc._type === "toolkitSection" && doc._id === injected.hrefUses[0]?.documentId,
    );
    const control = section ?? documents.find((doc) => doc._type === "toolkitSection");
    if (!control) throw new Error("no toolkit section in the embedded dataset");
    control.title = `${String(control.title)} ${publishedMarker}`;
    const dataset = writeDataset(join(work, "dataset"), documents, allHostileFiles);

    const pdfFile = join(work, "toolkit.pdf");
    const [, pdf] = await Promise.all([
      buildSite({ env: { GASTVRIJ_DATASET: dataset }, outDir: site }),
      runCli(["export-pdf", "--dataset", dataset, "--out", pdfFile]),
    ]);
    if (pdf.code !== 0) throw new Error(`export-pdf failed on the hostile dataset:\n${pdf.stderr}`);
    pdfBytes = new Uint8Array(await readFile(pdfFile));
    pdfText = (await extractText(await getDocumentProxy(pdfBytes.slice()), { mergePages: true })).text;
    pages = allFiles(site)
      .filter((file) => file.endsWith(".html"))
      .map((file) => ({ path: `/${file}`, ...parseHtml(readFileSync(join(site, file), "utf8")) }));
  }, 300_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  describe("XSS payloads", () => {
    it("are all in the dataset: each text payload in a text field, each URL payload in a link", () => {
      const text = new Set(injected.textUses.map((use) => use.payload));
      const href = new Set(injected.hrefUses.map((use) => use.payload));
      expect([...(textPayloads ?? [])].filter((payload) => !text.has(payload))).toEqual([]);
      expect([...(hrefPayloads ?? [])].filter((payload) => !href.has(payload))).toEqual([]);
      // Every kind of field got some: titles, spans, alt texts, captions, locations, signal fields, site settings.
      const fields = new Set(injected.textUses.map((use) => use.path.replace(/\[\d+\]/g, "[]")));
      for (const field of [
        "title",
        "summary",
        "body[].children[].text",
        "body[].alt",
        "body[].items[].text",
        "location.name",
        "registration.note",
        "outcome",
        "passedTo",
        "name",
        "organisationName",
        "sampleContentNote",
        "links[].url",
        "location.onlineUrl",
      ]) {
        expect(fields, field).toContain(field);
      }
      // And every field of the types and settings that came with the organisation's pages and news.
      const typeOf = new Map(documents.map((doc) => [String(doc._id), String(doc._type)]));
      const typed = (uses: typeof injected.textUses) =>
        new Set(uses.map((use) => `${typeOf.get(use.documentId)} ${use.path.replace(/\[\d+\]/g, "[]")}`));
      const textFields = typed(injected.textUses);
      for (const field of [
        "page title",
        "page summary",
        "page body[].children[].text",
        "page body[].body[].children[].text",
        "page files[].title",
        "newsItem title",
        "newsItem summary",
        "newsItem body[].children[].text",
        "newsItem files[].title",
        "tool files[].title",
        "event files[].title",
        "event reportFile.title",
        "siteSettings mainMenu[].label",
        "siteSettings mainMenu[].url",
        "siteSettings footerLinks[].label",
        "siteSettings footerLinks[].url",
        "siteSettings phone",
      ]) {
        expect(textFields, field).toContain(field);
      }
      const hrefFields = typed(injected.hrefUses);
      for (const field of ["page body[].markDefs[].href", "newsItem body[].markDefs[].href"]) {
        expect(hrefFields, field).toContain(field);
      }
    });

    it("build into pages that parse cleanly and run nothing: no script but the search page's, no on*, no unsafe URL", () => {
      expect(pages.length).toBeGreaterThan(40);
      const own = searchPageScript();
      const problems = pages.flatMap((page) => [
        ...page.parseErrors.map((error) => `${page.path}: parse error ${error}`),
        ...executableProblems(page.tree, page.path, page.path === "/zoeken/index.html" ? own : undefined),
      ]);
      expect(problems).toEqual([]);
      // The search page does have its script (so the exception above is not vacuous).
      const search = pages.find((page) => page.path === "/zoeken/index.html");
      expect(search && executableProblems(search.tree, "/zoeken/", undefined)).toHaveLength(1);
    });

    it("show every text payload as text, literally", () => {
      const text = collapse(pages.map((page) => readableText(page.tree)).join("\n"));
      const missing = (textPayloads ?? []).filter((payload) => !text.includes(collapse(payload)));
      expect(missing).toEqual([]);
    });

    it("show the text of pages, news, file titles, menus and the phone number as text, where the site shows it", () => {
      const text = collapse(pages.map((page) => readableText(page.tree)).join("\n"));
      const typeOf = new Map(documents.map((doc) => [String(doc._id), doc]));
      const shown =
        /^(page|newsItem) (title|summary)$|^\w+ (files\[\]\.title|reportFile\.title)$|^siteSettings (mainMenu\[\]\.label|footerLinks\[\]\.label|phone)$/;
      const missing: string[] = [];
      let checked = 0;
      for (const use of injected.textUses) {
        const doc = typeOf.get(use.documentId);
        if (!doc || !shown.test(`${doc._type} ${use.path.replace(/\[\d+\]/g, "[]")}`)) continue;
        // Internal signals are not published; their files and titles are tested as leaks.
        if (doc._type === "signal" && doc.visibility !== "public") continue;
        checked += 1;
        const value = String(valueAt(doc, use.path));
        if (!text.includes(collapse(value))) missing.push(`${use.documentId} ${use.path}: ${JSON.stringify(value)}`);
      }
      expect(checked).toBeGreaterThan(20);
      expect(missing).toEqual([]);
    });

    it("publish each file of a published document under a safe address, byte for byte, whatever its original name", () => {
      const published = new Map(
        allFiles(site)
          .filter((file) => file.startsWith("bestanden/"))
          .map((file) => [`/${file}`, readFileSync(join(site, file))]),
      );
      const links = pages.flatMap((page) =>
        [...allElements(page.tree)].flatMap((el) =>
          el.tagName === "a" && String(el.properties.href ?? "").startsWith("/bestanden/")
            ? [{ page: page.path, href: String(el.properties.href) }]
            : [],
        ),
      );
      const problems: string[] = [];
      for (const { page, href } of links) {
        // Plain address parts only: no dot segments, no hidden names, nothing to decode.
        if (
          !href
            .split("/")
            .slice(1)
            .every((part) => /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/.test(part))
        )
          problems.push(`${page}: unsafe file address ${JSON.stringify(href)}`);
        else if (!published.has(href)) problems.push(`${page}: ${href} is not in the build`);
      }
      // What is published is linked, and is a file of the dataset (nothing from elsewhere on the machine).
      const sources = [
        ...hostileFiles.map((file) => file.bytes),
        ...allFiles(embeddedDir)
          .filter((file) => file.startsWith("files/"))
          .map((file) => readFileSync(join(embeddedDir, file))),
      ];
      for (const [path, bytes] of published) {
        if (!links.some((link) => link.href === path)) problems.push(`${path} is linked from no page`);
        if (!sources.some((source) => source.equals(bytes))) problems.push(`${path} is none of the dataset's files`);
      }
      // Every hostile file, whatever its original name (<script>, ../../etc/passwd, a NUL, …), is published.
      for (const file of hostileFiles) {
        if (![...published.values()].some((bytes) => bytes.equals(file.bytes)))
          problems.push(`${file.path} (${JSON.stringify(file.originalFilename)}) is not published`);
      }
      expect(problems).toEqual([]);
      expect(links.length).toBeGreaterThanOrEqual(hostileFiles.length);
      // And as the site's own tests read its file links: each shows its type and size, and resolves.
      expect(checkFileLinks(site).problems).toEqual([]);
    });

    it("give a news feed that parses, with each published news item's title and summary as text and no unsafe URL", () => {
      const feed = join(site, "nieuws", "feed.xml");
      expect(existsSync(feed), "nieuws/feed.xml").toBe(true);
      const { entries, problems } = inspectAtom(readFileSync(feed, "utf8"), "nieuws/feed.xml");
      expect(problems).toEqual([]);
      // A feed cannot carry the characters XML 1.0 does not allow; everything else shows as it was written.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 does not allow
      const asXml = (text: string) => collapse(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ""));
      const news = documents.filter((doc) => doc._type === "newsItem" && isPublishedId(String(doc._id)));
      expect(news.length).toBeGreaterThan(0);
      expect(entries.map((entry) => collapse(entry.title)).sort()).toEqual(
        news.map((doc) => asXml(String(doc.title))).sort(),
      );
      expect(entries.map((entry) => collapse(entry.summary)).sort()).toEqual(
        news.map((doc) => asXml(String(doc.summary))).sort(),
      );
      for (const entry of entries)
        expect(
          entry.urls.every((url) => /^https?:\/\//.test(url)),
          entry.title,
        ).toBe(true);
    });

    it("keep safe links with markup in them as links, the URL intact", () => {
      const linked = pages.flatMap((page) =>
        [...allElements(page.tree)].flatMap((el) => (el.tagName === "a" ? [String(el.properties.href ?? "")] : [])),
      );
      for (const url of safeHostileUrls) expect(linked, url).toContain(url);
      expect(linked.filter(isUnsafeUrl)).toEqual([]);
    });

    it("give ICS files that parse, hold each event's title as text and no unsafe URL", () => {
      const feeds = allFiles(site).filter((file) => file.endsWith(".ics"));
      expect(feeds).toContain("agenda/agenda.ics");
      const titles = new Set(documents.filter((doc) => doc._type === "event").map((doc) => String(doc.title)));
      let events = 0;
      const problems: string[] = [];
      for (const feed of feeds) {
        const { events: vevents, problems: found } = inspectIcs(readFileSync(join(site, feed), "utf8"), feed);
        problems.push(...found);
        for (const event of vevents) {
          events += 1;
          const summary = String(event.getFirstPropertyValue("summary") ?? "");
          expect(titles, `${feed}: SUMMARY ${summary}`).toContain(summary);
        }
      }
      expect(problems).toEqual([]);
      expect(events).toBeGreaterThan(feeds.length);
    });

    it("give a PDF whose links are safe URLs only, without JavaScript", async () => {
      const { urls, problems } = await inspectPdf(pdfBytes);
      expect(problems).toEqual([]);
      // pdf.js hands out link URLs normalised as the WHATWG URL parser writes them.
      for (const url of safeHostileUrls) expect(urls, url).toContain(new URL(url).href);
      // Printed as text, with Dutch quotes like all text in the PDF.
      expect(pdfText).toContain("<SCRIPT>alert(‘XSS’);</SCRIPT>");
    });
    it("run nothing on the search page: results for payload words show as text, no dialog opens", async () => {
      const server = await serveStatic(site, { host: "127.0.0.1", port: 0 });
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        const dialogs: string[] = [];
        page.on("dialog", (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        const injected: string[] = [];
        for (const word of ["script", "alert", "onerror", "javascript", "XSS", leakMarkers.internalSignal]) {
          await page.goto(new URL(`/zoeken/?q=${encodeURIComponent(word)}`, server.url).href);
          await page.waitForFunction(
            () => !/Bezig/.test(document.getElementById("zoek-status")?.textContent ?? "Bezig"),
          );
          const status = (await page.locator("#zoek-status").textContent()) ?? "";
          if (word.startsWith("zqleak")) expect(status, word).toMatch(/Niets gevonden/);
          else expect(status, word).toMatch(/resulta/);
          // Only our own markup in the results: list items, headings, links, paragraphs and Pagefind's <mark>.
          injected.push(
            ...(await page
              .locator("#zoek-resultaten *")
              .evaluateAll((nodes) =>
                nodes
                  .filter(
                    (node) =>
                      !["LI", "H2", "A", "P", "MARK"].includes(node.tagName) ||
                      node.getAttributeNames().some((a) => a.startsWith("on")),
                  )
                  .map((node) => node.outerHTML.slice(0, 120)),
              )),
          );
        }
        await page.waitForTimeout(200);
        expect(injected).toEqual([]);
        expect(dialogs).toEqual([]);
      } finally {
        await browser.close();
        await server.close();
      }
    });
  });

  describe("unpublished content", () => {
    const markers = Object.entries(leakMarkers);

    it("is in the dataset, with its marker in every text field", () => {
      const raw = documents.map((doc) => JSON.stringify(doc)).join("\n");
      for (const [, marker] of markers) expect(raw).toContain(marker);
    });

    it("leaves no trace in any file of the site: pages, feeds, sitemap, Pagefind index (decompressed), file names", () => {
      const files = allFiles(site);
      const found: string[] = [];
      let controlSeen = 0;
      for (const file of files) {
        const contents = `${file}\n${fileContents(join(site, file))}`.toLowerCase();
        for (const [kind, marker] of markers) if (contents.includes(marker)) found.push(`${file}: ${kind}`);
        if (contents.includes(publishedMarker)) controlSeen += 1;
      }
      expect(found).toEqual([]);
      // The control marker is found in pages, the sitemap-free page title, and the decompressed search index.
      const controlFiles = files.filter((file) => fileContents(join(site, file)).includes(publishedMarker));
      expect(controlFiles.some((file) => file.startsWith("pagefind/fragment/"))).toBe(true);
      expect(controlFiles.some((file) => file.endsWith(".html"))).toBe(true);
      expect(controlSeen).toBeGreaterThan(1);
      expect(files.some((file) => file.startsWith("sitemap"))).toBe(true);
    });

    it("leaves no trace in the PDF", () => {
      const text = pdfText.toLowerCase();
      const bytes = Buffer.from(pdfBytes).toString("latin1").toLowerCase();
      expect(markers.filter(([, marker]) => text.includes(marker) || bytes.includes(marker))).toEqual([]);
      expect(collapse(pdfText)).toContain(publishedMarker);
    });
  });
});

function* allElements(node: Root | Root["children"][number]): Generator<import("hast").Element> {
  if (node.type === "element") yield node;
  if ("children" in node) for (const child of node.children) yield* allElements(child);
}

describe.skipIf(!hrefPayloads)("URL and slug fields the content package checks", () => {
  /** An organisation whose website is broken, as a tool's publisher. */
  const hostileOrganisation: Doc = {
    _id: "org-hostile-website",
    _type: "organisation",
    name: "Organisatie",
    slug: { _type: "slug", current: "organisatie" },
    kind: "partner",
  };
  /** One document per checked field kind, with the field to break. */
  const cases: { type: string; field: string; set: (doc: Doc, url: string) => void; names?: [string, string] }[] = [
    {
      type: "tool",
      field: "links[0].url",
      set: (doc, url) => {
        doc.links = [{ _type: "link", _key: "l", label: "Link", url }];
      },
    },
    {
      type: "event",
      field: "location.onlineUrl",
      set: (doc, url) => {
        doc.location = { name: "Online", online: true, onlineUrl: url };
      },
    },
    {
      type: "event",
      field: "registration.url",
      set: (doc, url) => {
        doc.registration = { url };
      },
    },
    {
      type: "tool",
      field: "publisher.website",
      // The error names the organisation that holds the website.
      names: ["org-hostile-website", "website"],
      set: (doc, url) => {
        doc.publisher = { _type: "reference", _ref: "org-hostile-website" };
        hostileOrganisation.website = url;
      },
    },
  ];

  it("knows every checked field", () => {
    expect(
      new Set(
        cases.map((c) =>
          c.field
            .split(".")
            .at(-1)
            ?.replace(/\[\d+\]/, ""),
        ),
      ),
    ).toEqual(checkedUrlFields);
  });

  it("reject every unsafe URL payload with a ContentError naming document and field", async () => {
    const local = await openLocalSource();
    const published = local.documents as RawDocument[];
    const failures: string[] = [];
    for (const { type, field, set, names } of cases) {
      for (const payload of hrefPayloads ?? []) {
        delete hostileOrganisation.website;
        const docs = [...structuredClone(published), hostileOrganisation] as RawDocument[];
        const target = docs.find((doc) => doc._type === type) as Doc;
        set(target, payload);
        const engine = createGroqEngine(docs);
        const content = createContent({ kind: "local", description: "hostile", fetch: (q, p) => engine.query(q, p) });
        const load = type === "tool" ? content.getTools() : content.getEvents();
        const error = await load.then(
          () => undefined,
          (e: unknown) => e,
        );
        if (!(error instanceof ContentError)) {
          failures.push(`${type}.${field} = ${JSON.stringify(payload)}: ${error ? String(error) : "accepted"}`);
          continue;
        }
        const [documentId, path] = names ?? [target._id, field];
        if (error.location.documentId !== documentId || error.location.path !== path)
          failures.push(`${type}.${field}: error names ${error.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("reject an image whose asset URL is unsafe (an asset document in the export) with document and field", async () => {
    const local = await openLocalSource();
    const failures: string[] = [];
    for (const payload of hrefPayloads ?? []) {
      const docs = structuredClone(local.documents) as RawDocument[];
      const tool = docs.find((doc) => doc._type === "tool") as Doc;
      const body = Array.isArray(tool.body) ? (tool.body as Doc[]) : [];
      tool.body = [
        ...body,
        { _type: "image", _key: "evil", alt: "Beeld", asset: { _type: "reference", _ref: "image-hostile-asset" } },
      ];
      docs.push({ _id: "image-hostile-asset", _type: "sanity.imageAsset", url: payload } as RawDocument);
      const engine = createGroqEngine(docs);
      const content = createContent({ kind: "local", description: "hostile", fetch: (q, p) => engine.query(q, p) });
      const error = await content.getTools().then(
        () => undefined,
        (e: unknown) => e,
      );
      if (!(error instanceof ContentError))
        failures.push(`${JSON.stringify(payload)}: ${error ? String(error) : "accepted"}`);
      else if (error.location.documentId !== tool._id || error.location.path !== `body[${body.length}].url`)
        failures.push(`${JSON.stringify(payload)}: error names ${error.message}`);
    }
    expect(failures).toEqual([]);
  });

  /**
   * The published documents of the embedded dataset, with a page and a news item of their own when it has none, and
   * the content over them.
   */
  const withNewTypes = (docs: RawDocument[]) => {
    const minimal: Doc[] = [
      {
        _id: "page-hostile-x",
        _type: "page",
        title: "Pagina",
        slug: { _type: "slug", current: "pagina-x" },
        summary: "x",
      },
      {
        _id: "news-hostile-x",
        _type: "newsItem",
        title: "Bericht",
        slug: { _type: "slug", current: "bericht-x" },
        publishedAt: "2026-11-20T09:00:00Z",
        summary: "x",
      },
    ];
    for (const doc of minimal) if (!docs.some((d) => d._type === doc._type)) docs.push(doc as RawDocument);
    return docs;
  };
  const contentOf = (docs: RawDocument[]) => {
    const engine = createGroqEngine(docs);
    return createContent({ kind: "local", description: "hostile", fetch: (q, p) => engine.query(q, p) });
  };
  const failureOf = (load: Promise<unknown>) =>
    load.then(
      () => undefined,
      (e: unknown) => e,
    );

  it("reject an unsafe menu address with a ContentError naming the site settings and the field", async () => {
    const local = await openLocalSource();
    const failures: string[] = [];
    let refused = 0;
    for (const [field, payload] of (hrefPayloads ?? []).flatMap((p) => [
      ["mainMenu", p],
      ["footerLinks", p],
    ])) {
      const docs = structuredClone(local.documents) as RawDocument[];
      const settings = docs.find((doc) => doc._type === "siteSettings") as Doc;
      settings[field as string] = [{ _type: "menuLink", _key: "m", label: "Menu", url: payload }];
      const error = await failureOf(contentOf(docs).getSiteSettings());
      if (error !== undefined) refused += 1;
      if (error === undefined) {
        // A site path or other relative address is allowed; it must not be one that runs.
        if (isUnsafeUrl(String(payload))) failures.push(`${field} ${JSON.stringify(payload)}: accepted`);
      } else if (!(error instanceof ContentError))
        failures.push(`${field} ${JSON.stringify(payload)}: ${String(error)}`);
      else if (error.location.documentId !== "siteSettings" || error.location.path !== `${field}[0].url`)
        failures.push(`${field} ${JSON.stringify(payload)}: error names ${error.message}`);
    }
    expect(failures).toEqual([]);
    // Those with a scheme that is not a link's (javascript:, data:, vbscript:) are refused; the rest read as paths.
    expect(refused).toBeGreaterThan(40);
  });

  it("reject a file whose asset URL is unsafe (an asset document in the export), for each type with files", async () => {
    const local = await openLocalSource();
    const cases = [
      { type: "page", field: "files", load: (c: ReturnType<typeof contentOf>) => c.getPages() },
      { type: "newsItem", field: "files", load: (c: ReturnType<typeof contentOf>) => c.getNews() },
      { type: "tool", field: "files", load: (c: ReturnType<typeof contentOf>) => c.getTools() },
      { type: "event", field: "files", load: (c: ReturnType<typeof contentOf>) => c.getEvents() },
      { type: "event", field: "reportFile", load: (c: ReturnType<typeof contentOf>) => c.getEvents() },
    ];
    const failures: string[] = [];
    for (const { type, field, load } of cases) {
      for (const payload of hrefPayloads ?? []) {
        const docs = withNewTypes(structuredClone(local.documents) as RawDocument[]);
        const target = docs.find((doc) => doc._type === type) as Doc;
        const file = { _type: "file", title: "Bestand", asset: { _type: "reference", _ref: "file-hostile-asset" } };
        target[field] = field === "files" ? [{ ...file, _key: "evil" }] : file;
        docs.push({ _id: "file-hostile-asset", _type: "sanity.fileAsset", url: payload } as RawDocument);
        const error = await failureOf(load(contentOf(docs)));
        const path = field === "files" ? "files[0].url" : "reportFile.url";
        if (!(error instanceof ContentError))
          failures.push(`${type}.${field} ${JSON.stringify(payload)}: ${error ? String(error) : "accepted"}`);
        else if (error.location.documentId !== target._id || error.location.path !== path)
          failures.push(`${type}.${field} ${JSON.stringify(payload)}: error names ${error.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("reject slugs that are not lowercase words with dashes (paths, markup, traversal) by document and field", async () => {
    const local = await openLocalSource();
    const slugs = [
      "../../../buiten-de-site",
      "a/b",
      '"><script>alert(1)</script>',
      "Met Spatie",
      "javascript:alert(1)",
      "",
    ];
    const failures: string[] = [];
    for (const type of ["tool", "event", "signal", "theme", "page", "newsItem"] as const) {
      for (const slug of slugs) {
        const docs = withNewTypes(structuredClone(local.documents) as RawDocument[]);
        const target = docs.find(
          (doc) => doc._type === type && (type !== "signal" || doc.visibility === "public"),
        ) as Doc;
        target.slug = { _type: "slug", current: slug };
        const engine = createGroqEngine(docs);
        const content = createContent({ kind: "local", description: "hostile", fetch: (q, p) => engine.query(q, p) });
        const loaders = {
          tool: () => content.getTools(),
          event: () => content.getEvents(),
          signal: () => content.getSignals(),
          theme: () => content.getThemes(),
          page: () => content.getPages(),
          newsItem: () => content.getNews(),
        };
        const load = loaders[type]();
        const error = await load.then(
          () => undefined,
          (e: unknown) => e,
        );
        if (!(error instanceof ContentError))
          failures.push(`${type} slug ${JSON.stringify(slug)}: ${error ? String(error) : "accepted"}`);
        else if (error.location.documentId !== target._id || error.location.path !== "slug")
          failures.push(`${type} slug ${JSON.stringify(slug)}: error names ${error.message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
