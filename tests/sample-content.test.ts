/**
 * The embedded sample content keeps to the project's rule for texts: facts about real things come only from the
 * organisation's own pages (the seed texts), and whatever is invented is marked `sample` (which the site and the PDF
 * show) and uses obviously fictional names. Read through `openContent`, as the site reads it; the raw documents (for
 * organisations, persons and the file assets, which the read API does not list) through the local source.
 */
import { readFile } from "node:fs/promises";
import { type Content, type Event, type FileDownload, openContent, toPlainText } from "@gastvrij/content";
import { type ContentSource, openLocalSource } from "@gastvrij/content/sources";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The network days, as the seed `gastvrij-netwerk-about-toolkit-netwerkdagen.txt` (the organisation's page about the
 * network, the toolkit and the network days, section "Netwerkdagen") gives them: the date, the venue (none for 2018),
 * the title of the report book, who organised, and who spoke (2019 only: Mind-Spring's experts by experience and the
 * staff of Kazerne Dossin). The seed gives no hours, no end times, no registration and no other speakers.
 */
const networkDays = [
  {
    slug: "netwerkdag-2017",
    date: "2017-10-28",
    venue: { name: "Globe Aroma", municipality: "Brussel" },
    report: "Verslagboek netwerkdag Gastvrij Netwerk 2017",
    mentions: ["Globe Aroma"],
    speakers: [],
  },
  {
    slug: "netwerkdag-2018",
    date: "2018-11-24",
    venue: null,
    report: "Verslagboek netwerkdag Gastvrij Netwerk 2018",
    mentions: ["Vluchtelingenwerk Vlaanderen", "mensen zonder wettig verblijf"],
    speakers: [],
  },
  {
    slug: "netwerkdag-2019",
    date: "2019-11-23",
    venue: { name: "Kazerne Dossin", municipality: null },
    report: "Verslagboek netwerkdag Gastvrij Netwerk 2019",
    mentions: ["gesprekstafels", "Mind-Spring", "polarisatie"],
    speakers: ["org-mind-spring", "org-kazerne-dossin"],
  },
] as const;

/** Venues the seeds name (the network days and the learning network's meeting place); any other venue is invented. */
const realVenues = ["Globe Aroma", "Kazerne Dossin", "Campus Sint-Annaplein"];

/** The fictional names the sample content uses for invented groups, people, venues and funds. */
const fictionalNames = [
  "Voorbeeldgroep Gent",
  "Voorbeeldgroep Antwerpen",
  "Voorbeeldgroep Brugge",
  "Voorbeeldgroep Leuven",
  "Voorbeeldgroep Brussel",
  "Voorbeeldgroep Hasselt",
  "An Voorbeeld",
  "Els Voorbeeld",
  "Tom Voorbeeld",
  "Sara Voorbeeld",
  "Lies Voorbeeld",
  "Bert Voorbeeld",
  "Karim Voorbeeld",
  "Jan Voorbeeld",
  "Zaal Voorbeeld",
  "Buurthuis Voorbeeld",
  "Wijkcentrum Voorbeeld",
  "Ontmoetingszaal Voorbeeld",
  "Voorbeeldfonds",
];

/** Names the sample content used before that could be those of real groups or people; none may come back. */
const replacedNames = [
  "Buren zonder Grenzen",
  "De Brug",
  "Open Huis Brugge",
  "Samen Thuis",
  "Solidair Brussel",
  "Welkom in Hasselt",
  "Lotte Verhaegen",
  "Marieke Claes",
  "Pieter Vandamme",
  "Yasmina El Idrissi",
  "Sofie Maes",
  "Hanne Wouters",
];

/** Document types with the sample mark (the settings, themes and the edition have none). */
const markedTypes = [
  "toolkitChapter",
  "toolkitSection",
  "toolkitSupplement",
  "tool",
  "event",
  "signal",
  "organisation",
  "person",
  "page",
  "newsItem",
];

interface RawDocument {
  _id: string;
  _type: string;
  sample?: boolean;
  [field: string]: unknown;
}

const brusselsDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", dateStyle: "short" });
const brusselsTime = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Brussels", timeStyle: "short" });

/** Every `_ref` in a value. */
function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record._ref === "string") found.push(record._ref);
    for (const [key, child] of Object.entries(record)) if (key !== "_ref") refsIn(child, found);
  }
  return found;
}

let content: Content;
let source: ContentSource;
let documents: RawDocument[];
let events: Event[];

beforeAll(async () => {
  source = await openLocalSource();
  content = await openContent({ source });
  documents = await source.fetch<RawDocument[]>(`*[!(_type match "sanity.*")]`);
  events = await content.getEvents();
});

describe("the network days 2017-2019", () => {
  for (const day of networkDays) {
    describe(day.slug, () => {
      const event = () => {
        const found = events.find((candidate) => candidate.slug === day.slug);
        if (!found) throw new Error(`no event ${day.slug}`);
        return found;
      };

      it("is a real network day: not sample, organised by Gastvrij Netwerk, on the seed's date", () => {
        expect(event()).toMatchObject({
          kind: "networkDay",
          sample: false,
          organiser: { _id: "org-gastvrij-netwerk" },
        });
        expect(brusselsDay.format(new Date(event().start))).toBe(day.date);
      });

      it("has the seed's venue, or none", () => {
        const location = event().location;
        if (!day.venue) {
          expect(location).toBeNull();
          return;
        }
        expect(location).toMatchObject({ name: day.venue.name, municipality: day.venue.municipality, address: null });
      });

      it("links its report book, as a file titled after it", () => {
        expect(event().reportFile?.title.startsWith(day.report)).toBe(true);
      });

      it("names no speaker, hour, end or registration that the seed does not give", () => {
        const { speakers, end, registration, start, allDay, body, report, summary } = event();
        expect(speakers.map((speaker) => speaker.organisation?._id)).toEqual(day.speakers);
        // No hour is known: a date without an hour (shown without one), starting at the day's beginning in Brussels.
        expect(allDay).toBe(true);
        expect(brusselsTime.format(new Date(start))).toBe("00:00");
        expect(end).toBeNull();
        expect(registration).toBeNull();
        const text = [summary ?? "", toPlainText(body), toPlainText(report)].join("\n");
        expect(text).not.toMatch(/\b\d{1,2}[.:u]\d{2}\b|\b\d{1,2}\s*uur\b/);
        for (const mention of day.mentions) expect(text).toContain(mention);
      });
    });
  }
});

describe("invented content is marked sample", () => {
  it("every document naming one of the fictional names is sample", () => {
    const unmarked = documents
      .filter((document) => fictionalNames.some((name) => JSON.stringify(document).includes(name)))
      .filter((document) => document.sample !== true)
      .map((document) => document._id);
    expect(unmarked).toEqual([]);
  });

  it("every document pointing at a sample organisation or person is sample", () => {
    const invented = new Set(
      documents
        .filter((document) => ["organisation", "person"].includes(document._type) && document.sample === true)
        .map((document) => document._id),
    );
    expect(invented.size).toBeGreaterThan(0);
    const unmarked = documents
      .filter((document) => refsIn(document).some((id) => invented.has(id)))
      .filter((document) => document.sample !== true)
      .map((document) => document._id);
    expect(unmarked).toEqual([]);
  });

  it("every event at a venue the seeds do not name is sample", () => {
    const unmarked = events
      .filter((event) => event.location && !realVenues.includes(event.location.name))
      .filter((event) => !event.sample)
      .map((event) => event.slug);
    expect(unmarked).toEqual([]);
  });

  it("only document types with the mark use it, and the fictional groups and people carry it", () => {
    const marked = documents.filter((document) => document.sample === true);
    expect(marked.every((document) => markedTypes.includes(document._type))).toBe(true);
    for (const document of documents.filter((candidate) => candidate._id.includes("voorbeeld"))) {
      expect(document.sample, document._id).toBe(true);
    }
  });

  it("uses none of the earlier real-sounding names and publishes no real person's e-mail", () => {
    const text = JSON.stringify(documents);
    for (const name of replacedNames) expect(text, name).not.toContain(name);
    expect(text).not.toMatch(/[\w.+-]+@vluchtelingenwerk\.be/);
  });
});

describe("pages and files", () => {
  let files: FileDownload[];

  beforeAll(async () => {
    const [pages, news, tools] = await Promise.all([content.getPages(), content.getNews(), content.getTools()]);
    files = [
      ...pages.flatMap((page) => page.files),
      ...news.flatMap((item) => item.files),
      ...tools.flatMap((tool) => tool.files),
      ...events.flatMap((event) => [...(event.reportFile ? [event.reportFile] : []), ...event.files]),
    ];
  });

  it("the join page offers the statutes, the internal rules and the membership form", async () => {
    const join = (await content.getPages()).find((page) => page.slug === "lid-worden");
    expect(join?.files.map((file) => file.title)).toEqual([
      "Statuten (voorbeeldbestand)",
      "Huishoudelijk reglement (voorbeeldbestand)",
      "Aansluitingsformulier (voorbeeldbestand)",
    ]);
  });

  it("every file the content offers is a file asset of the dataset, and each is offered", async () => {
    const assets = await source.fetch<{ url: string }[]>(`*[_type == "sanity.fileAsset"]{url}`);
    expect(assets.length).toBeGreaterThanOrEqual(6);
    expect(new Set(files.map((file) => file.url))).toEqual(new Set(assets.map((asset) => asset.url)));
  });

  it("every file exists, is a small PDF and says it is a sample file, with its title", async () => {
    for (const file of files) {
      const bytes = await readFile(new URL(file.url));
      expect(file, file.title).toMatchObject({ extension: "pdf", mimeType: "application/pdf", size: bytes.length });
      expect(bytes.subarray(0, 5).toString("latin1"), file.title).toBe("%PDF-");
      expect(bytes.length, file.title).toBeLessThan(20_000);
      expect(file.title, file.title).toMatch(/\(voorbeeldbestand\)$/);
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
      expect(text, file.title).toContain("Voorbeeldbestand");
      expect(text, file.title).toContain("dit is niet het echte document");
      expect(text, file.title).toContain(file.title.replace(/ \(voorbeeldbestand\)$/, ""));
    }
  });
});
