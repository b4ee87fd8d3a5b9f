import { describe, expect, it } from "vitest";
import { type Doc, validationMarkers } from "./in-process-validation.js";

/**
 * The editors' checks on rich text, as the Studio runs them (in-process, environment "studio"): yellow warnings at
 * the block they are about, on every rich-text field, that never make a document invalid (Sanity lets a document be
 * published as long as it has no errors).
 */

const markers = (document: Doc) => validationMarkers(document);

/** `path: level: message` of every marker, keyed segments as `[key]`. */
async function problems(document: Doc): Promise<string[]> {
  return (await markers(document)).map(
    (marker) =>
      `${marker.path.map((s) => (typeof s === "object" ? `[${(s as { _key: string })._key}]` : s)).join(".")}: ${marker.level}: ${marker.message}`,
  );
}

const slug = (current: string) => ({ _type: "slug", current });
const block = (key: string, text: string, fields: Record<string, unknown> = {}) => ({
  _type: "block",
  _key: key,
  style: "normal",
  markDefs: [],
  children: [{ _type: "span", _key: `${key}s`, text, marks: [] }],
  ...fields,
});
const vagueLink = (key: string) => ({
  ...block(key, "hier"),
  markDefs: [{ _type: "link", _key: "l", href: "https://www.vlaanderen.be/huurwaarborg" }],
  children: [
    { _type: "span", _key: `${key}a`, text: "Het formulier vind je ", marks: [] },
    { _type: "span", _key: `${key}b`, text: "hier", marks: ["l"] },
  ],
});

/** A text with a heading that skips a level, link text that says nothing and a list typed by hand. */
const flawed = [
  block("a", "Huren", { style: "h2" }),
  block("b", "Huurwaarborg", { style: "h4" }),
  vagueLink("c"),
  block("d", "- identiteitskaart"),
  block("e", "- huurcontract"),
];
const expected = (field: string) => [
  `${field}.[b]: warning: Kop ‘Huurwaarborg’ springt van niveau 2 naar 4; gebruik niveau 3.`,
  `${field}.[c]: warning: Linktekst ‘hier’ zegt niet waar de link naartoe gaat; schrijf bijvoorbeeld ‘inschrijvingsformulier’.`,
  `${field}.[d]: warning: 2 alinea’s na elkaar beginnen als een opsomming (vanaf ‘- identiteitskaart’): dat is een lijst die met de hand getypt is. Maak er een echte lijst van met de knop ‘Opsomming’, zodat schermlezers hem als lijst voorlezen.`,
];

const tool = (body: unknown): Doc => ({
  _id: "tool-huurgids",
  _type: "tool",
  title: "Huurgids",
  slug: slug("huurgids"),
  summary: "Een gids voor wie huurt.",
  body,
});

describe("the editors' checks in the Studio", () => {
  it("warn at each block of a rich-text field, and the document stays valid (publishable)", async () => {
    const found = await markers(tool(flawed));
    expect(found.map((marker) => marker.level)).toEqual(["warning", "warning", "warning"]);
    expect(found.map((marker) => marker.path)).toEqual([
      ["body", { _key: "b" }],
      ["body", { _key: "c" }],
      ["body", { _key: "d" }],
    ]);
    expect(await problems(tool(flawed))).toEqual(expected("body"));
  });

  it("warn inside a tip's text, at the tip's block", async () => {
    const tip = { _type: "tip", _key: "t", body: [block("p", `${"woord ".repeat(30).trim()}.`)] };
    expect(await problems(tool([tip]))).toEqual([
      "body.[t].body.[p]: warning: De zin ‘woord woord woord woord woord woord woord woord …’ telt 30 woorden; maak er twee of meer zinnen van (hoogstens 25 woorden, liefst 15 à 20).",
    ]);
  });

  it("warn on fields with rules of their own too (a page's text, a signal's description, an event's report)", async () => {
    const page: Doc = {
      _id: "page-huren",
      _type: "page",
      title: "Huren",
      slug: slug("huren"),
      summary: "Wat een huurder moet weten.",
      body: flawed,
    };
    expect(await problems(page)).toEqual(expected("body"));
    const signal: Doc = {
      _id: "signal-waarborg",
      _type: "signal",
      title: "Geen geld voor de waarborg",
      slug: slug("geen-geld-voor-de-waarborg"),
      description: flawed,
      region: "antwerpen",
      observedAt: "2019-03-12",
      status: "received",
      visibility: "internal",
    };
    expect(await problems(signal)).toEqual(expected("description"));
    const event: Doc = {
      _id: "event-intervisie",
      _type: "event",
      title: "Intervisie",
      slug: slug("intervisie"),
      kind: "intervision",
      start: "2026-12-03T18:00:00Z",
      timeZone: "Europe/Brussels",
      report: flawed,
    };
    expect(await problems(event)).toEqual(expected("report"));
  });

  it("keep a required text required: an empty page text is still an error", async () => {
    const page: Doc = { _id: "page-x", _type: "page", title: "X", slug: slug("x"), summary: "X." };
    expect(await problems(page)).toEqual(["body: error: Schrijf de tekst van de pagina."]);
  });

  it("leave an image without alt text to its own error, without a second (warning) marker", async () => {
    const image = { _type: "image", _key: "i", asset: { _type: "reference", _ref: "image-abc-10x10-svg" } };
    expect(await problems(tool([block("a", "Een kaart."), image]))).toEqual([
      "body.[i].alt: error: Beschrijf de afbeelding in de alternatieve tekst: wat moet iemand weten die ze niet ziet?",
    ]);
  });

  it("say nothing about a clean text", async () => {
    const clean = [
      block("a", "Huren", { style: "h2" }),
      block("b", "Waarborg", { style: "h3" }),
      block("c", "Neem je identiteitskaart mee.", { listItem: "bullet", level: 1 }),
      block("d", "Neem je huurcontract mee.", { listItem: "bullet", level: 1 }),
    ];
    expect(await problems(tool(clean))).toEqual([]);
  });

  it("refuse to publish a character the printed toolkit cannot show, in a printed document's text, title and summary only", async () => {
    const message = (char: string, code: string) =>
      `Het teken ${char} (${code}) kan niet gedrukt worden in de pdf van de toolkit: haal het weg of vervang het door tekst.`;
    const section: Doc = {
      _id: "toolkit-section-3-1",
      _type: "toolkitSection",
      chapter: { _type: "reference", _ref: "toolkit-chapter-3" },
      number: "3.1",
      title: "Huren 🏠",
      slug: slug("huren"),
      summary: "Wat een huurder moet weten in 東京.",
      body: [block("a", "Welkom 😀.")],
    };
    const chapter: Doc = { _id: "toolkit-chapter-3", _type: "toolkitChapter", number: 3 };
    const found = await markers(section);
    expect(found.map((marker) => marker.level)).toEqual(["error", "error", "error", "error"]);
    expect(await problems(section)).toEqual([
      `title: error: ${message("🏠", "U+1F3E0")}`,
      `summary: error: ${message("東", "U+6771")}`,
      `summary: error: ${message("京", "U+4EAC")}`,
      `body.[a]: error: ${message("😀", "U+1F600")}`,
    ]);
    // The same section without them has no error: the refusal is the characters'.
    const clean = { ...section, title: "Huren", summary: "Wat een huurder moet weten.", body: [block("a", "Welkom.")] };
    expect((await validationMarkers(clean, [chapter])).filter((marker) => marker.level === "error")).toEqual([]);
    // A tool is not printed: its emoji are no problem.
    expect(await problems(tool([block("a", "Welkom 😀.")]))).toEqual([]);
  });
});
