/**
 * The hostile input suite, output side: one dataset made from the embedded one, with every XSS payload of
 * `../shared/corpora/xss/` in text and URL fields and with documents that must never be published (each carrying a
 * marker string), goes through the real site build (Astro + Pagefind, one build), the ICS feeds of that build and
 * `gastvrij export-pdf`. The output is checked by parsing it: HTML with parse5 (rehype-parse), ICS with ical.js, PDF
 * annotations and text with pdf.js (unpdf).
 */
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ContentError, createContent } from "@gastvrij/content";
import { createGroqEngine, openLocalSource, type RawDocument } from "@gastvrij/content/sources";
import type { Root } from "hast";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../scripts/src/lib/static-server.js";
import { buildSite, launchBrowser, webDir } from "../e2e/site.js";
import { runCli } from "./cli.js";
import { corpusLines } from "./corpus.js";
import {
  checkedUrlFields,
  type Doc,
  embeddedDocuments,
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
    injected = injectPayloads(embeddedDocuments(), textPayloads ?? [], hrefPayloads ?? []);
    documents = leakDocuments(injected.documents);
    // The control: a published section title and paragraph carry a marker that must show up everywhere.
    const section = documents.find(
      (doc) => doc._type === "toolkitSection" && doc._id === injected.hrefUses[0]?.documentId,
    );
    const control = section ?? documents.find((doc) => doc._type === "toolkitSection");
    if (!control) throw new Error("no toolkit section in the embedded dataset");
    control.title = `${String(control.title)} ${publishedMarker}`;
    const dataset = writeDataset(join(work, "dataset"), documents);

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
      expect(pdfText).toContain("<SCRIPT>alert('XSS');</SCRIPT>");
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
    for (const type of ["tool", "event", "signal", "theme"] as const) {
      for (const slug of slugs) {
        const docs = structuredClone(local.documents) as RawDocument[];
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
