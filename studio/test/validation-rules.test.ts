import { describe, expect, it } from "vitest";
import { recurrenceProblems } from "../schemaTypes/recurrence-rules.js";
import { type Doc, validationMarkers } from "./in-process-validation.js";

/**
 * The Studio's validation rules, run in-process as the Studio runs them (environment "studio"), against small
 * documents. Rules that look at other documents get a client that answers GROQ from a few documents with groq-js.
 */

/** `path: level: message` of every marker for `document` (validated together with `others`). */
async function problems(document: Doc, others: Doc[] = []): Promise<string[]> {
  const markers = await validationMarkers(document, others);
  return markers.map(
    (marker) =>
      `${marker.path.map((s) => (typeof s === "object" ? `[${JSON.stringify(s)}]` : s)).join(".")}: ${marker.level}: ${marker.message}`,
  );
}

const slug = (current: string) => ({ _type: "slug", current });
const ref = (id: string) => ({ _type: "reference", _ref: id });
const block = (text: string) => ({
  _type: "block",
  _key: `k${text.length}`,
  style: "normal",
  markDefs: [],
  children: [{ _type: "span", _key: "s", text, marks: [] }],
});

const theme = (id: string, current: string): Doc => ({
  _id: id,
  _type: "theme",
  title: "Wonen",
  slug: slug(current),
  kind: "dailyLife",
});
const chapter: Doc = {
  _id: "chapter-3",
  _type: "toolkitChapter",
  edition: ref("toolkit-edition-2"),
  number: 3,
  title: "Huiswerk",
  slug: slug("huiswerk"),
};
const section = (fields: Partial<Doc> = {}): Doc => ({
  _id: "section-3-4",
  _type: "toolkitSection",
  chapter: ref("chapter-3"),
  number: "3.4",
  title: "Wonen",
  slug: slug("wonen"),
  body: [block("Tekst.")],
  ...fields,
});
const event = (fields: Partial<Doc> = {}): Doc => ({
  _id: "event-intervisie",
  _type: "event",
  title: "Intervisie",
  slug: slug("intervisie"),
  kind: "intervision",
  start: "2026-12-03T18:00:00Z",
  timeZone: "Europe/Brussels",
  ...fields,
});
const signal = (fields: Partial<Doc> = {}): Doc => ({
  _id: "signal-x",
  _type: "signal",
  title: "Wachtlijsten",
  slug: slug("wachtlijsten"),
  description: [block("Lange wachtlijsten bij sociale huisvesting.")],
  region: "antwerpen",
  observedAt: "2019-03-12",
  status: "received",
  visibility: "public",
  ...fields,
});

describe("slug rules", () => {
  it("accept a unique lowercase slug, also when the document's own draft shares it", async () => {
    expect(await problems(theme("theme-wonen", "wonen"), [theme("drafts.theme-wonen", "wonen")])).toEqual([]);
  });

  it("reject a slug another document of the same URL space uses, and a slug with capitals or spaces", async () => {
    expect(await problems(theme("theme-wonen", "wonen"), [theme("theme-huisvesting", "wonen")])).toEqual([
      "slug: error: De slug ‘wonen’ is al in gebruik door een ander document; kies een andere, zodat elk document een eigen webadres heeft.",
    ]);
    expect(await problems(theme("theme-wonen", "Wonen en huren"))).toEqual([
      "slug: error: De slug ‘Wonen en huren’ mag alleen kleine letters, cijfers en koppeltekens bevatten (bijvoorbeeld ‘budgetbeheer-en-vaste-kosten’), zonder spaties of accenten.",
    ]);
  });

  it("treat chapters and sections as one URL space (both live under /toolkit/)", async () => {
    expect(await problems(section({ slug: slug("huiswerk") }), [chapter])).toEqual([
      expect.stringMatching(/^slug: error: De slug ‘huiswerk’ is al in gebruik/),
    ]);
  });

  it("require a slug", async () => {
    // (Sanity's own slug type adds an English "Required" on slug.current.)
    expect(await problems({ ...theme("theme-wonen", "x"), slug: undefined })).toContain(
      "slug: error: Vul een slug in (het laatste deel van het webadres); klik op ‘Genereer’ om hem uit de titel te maken.",
    );
  });
});

describe("section numbers", () => {
  it("accept 3.4 in chapter 3", async () => {
    expect(await problems(section(), [chapter])).toEqual([]);
  });

  it("reject a malformed number", async () => {
    expect(await problems(section({ number: "3,4" }), [chapter])).toEqual([
      "number: error: Schrijf het nummer als hoofdstuknummer, punt, volgnummer: bijvoorbeeld 3.12 (zonder spaties of punt op het einde).",
    ]);
  });

  it("reject a number that does not start with the chapter's number, or that another section has", async () => {
    expect(await problems(section({ number: "2.4" }), [chapter])).toEqual([
      "number: error: Het nummer 2.4 begint met 2, maar de paragraaf staat in hoofdstuk 3; begin het nummer met 3. of kies het juiste hoofdstuk.",
    ]);
    const other = section({ _id: "section-wonen-oud", title: "Huisvesting", slug: slug("huisvesting") });
    expect(await problems(section(), [chapter, other])).toEqual([
      "number: error: Paragraaf 3.4 bestaat al (‘Huisvesting’); kies een ander nummer.",
    ]);
  });
});

describe("events", () => {
  it("require the end after the start", async () => {
    expect(await problems(event({ end: "2026-12-03T20:00:00Z" }))).toEqual([]);
    expect(await problems(event({ end: "2026-12-03T18:00:00Z" }))).toEqual([
      "end: error: Het einde moet na het begin liggen; controleer datum en uur van begin en einde.",
    ]);
  });

  it("check a series against its first date: weekday, week of the month, until/count", async () => {
    const series = { _type: "recurrence", frequency: "monthly", interval: 1, weekday: "TH", setPosition: 1 };
    expect(await problems(event({ recurrence: series }))).toEqual([]);
    expect(await problems(event({ recurrence: { ...series, weekday: "TU" } }))).toEqual([
      "recurrence: error: De eerste activiteit (begin 2026-12-03) valt op een donderdag, maar de reeks staat op dinsdag; pas het begin of de weekdag aan.",
    ]);
    expect(await problems(event({ recurrence: { ...series, setPosition: undefined } }))).toEqual([
      "recurrence: error: Kies bij een maandelijkse reeks welke weekdag van de maand het is (eerste, tweede, derde, vierde of laatste).",
    ]);
  });

  it("allow only http, https, mailto and tel links, in link objects and in text", async () => {
    const online = { _type: "location", name: "Online", online: true, onlineUrl: "ftp://files.example.be" };
    const body = [
      {
        ...block("Schrijf in."),
        markDefs: [{ _type: "link", _key: "l", href: "javascript:alert(1)" }],
      },
      {
        ...block("Of bel."),
        _key: "b2",
        markDefs: [{ _type: "link", _key: "t", href: "tel:+3221234567" }],
      },
    ];
    const found = (await problems(event({ location: online, body }))).sort();
    expect(found).toEqual([
      expect.stringMatching(
        /^body\.\[\{"_key":"k11"\}\]\.markDefs\.\[\{"_key":"l"\}\]\.href: error: Gebruik een volledig webadres/,
      ),
      expect.stringMatching(/^location\.onlineUrl: error: Gebruik een volledig webadres/),
    ]);
  });
});

describe("rich text", () => {
  it("requires alt text on images and a target on internal links", async () => {
    const body = [
      { _type: "image", _key: "i", asset: ref("image-abc-10x10-svg") },
      { ...block("Zie de tool."), _key: "j", markDefs: [{ _type: "internalLink", _key: "x" }] },
    ];
    expect(await problems(section({ body }), [chapter])).toEqual([
      'body.[{"_key":"i"}].alt: error: Beschrijf de afbeelding in de alternatieve tekst: wat moet iemand weten die ze niet ziet?',
      'body.[{"_key":"j"}].markDefs.[{"_key":"x"}].reference: error: Kies het document waarnaar de link verwijst (een paragraaf, bijlage, tool of activiteit).',
    ]);
  });
});

describe("signals and personal data", () => {
  const withPhone = [block("Een moeder (gsm 0470 12 34 56) vindt geen woning.")];

  it("block a public signal whose description, title or outcome looks like it holds personal data", async () => {
    expect(await problems(signal())).toEqual([]);
    expect(
      (await problems(signal({ description: withPhone, outcome: "Antwoord aan an@voorbeeld.be" }))).sort(),
    ).toEqual([
      "description: error: Dit signaal is publiek, maar de beschrijving bevat wat lijkt op een telefoonnummer (0470 12 34 56). Verwijder de persoonsgegevens of zet de zichtbaarheid op ‘Intern’; zo lang kan het niet gepubliceerd worden.",
      "outcome: error: Dit signaal is publiek, maar het resultaat bevat wat lijkt op een e-mailadres (an@voorbeeld.be). Verwijder de persoonsgegevens of zet de zichtbaarheid op ‘Intern’; zo lang kan het niet gepubliceerd worden.",
    ]);
  });

  it("only warn while the signal is internal", async () => {
    expect(await problems(signal({ visibility: "internal", description: withPhone }))).toEqual([
      "description: warning: De beschrijving bevat wat lijkt op een telefoonnummer (0470 12 34 56). Dat mag intern, maar verwijder het voor je dit signaal publiek maakt.",
    ]);
  });

  it("ask who a signal was passed to once it is passed to policy (a warning)", async () => {
    expect(await problems(signal({ status: "passedToPolicy" }))).toEqual([
      "passedTo: warning: Vul in aan wie het signaal werd doorgegeven.",
    ]);
  });
});

describe("site settings", () => {
  it("require title, description, organisation name and the sample-content note", async () => {
    const found = await problems({ _id: "siteSettings", _type: "siteSettings" });
    expect(found.map((line) => line.split(":")[0])).toEqual([
      "title",
      "description",
      "organisationName",
      "sampleContentNote",
    ]);
  });
});

describe("site settings: address and menus", () => {
  const settings = (fields: Partial<Doc>): Doc => ({
    _id: "siteSettings",
    _type: "siteSettings",
    title: "Gastvrij Netwerk",
    description: "Het netwerk.",
    organisationName: "Gastvrij Netwerk vzw",
    sampleContentNote: "Voorbeeldinhoud.",
    ...fields,
  });

  it("accept an origin as the site's address and refuse a path or a bare host", async () => {
    expect(await problems(settings({ siteUrl: "https://www.gastvrijnetwerk.be/" }))).toEqual([]);
    for (const siteUrl of ["https://example.org/gastvrij/", "www.gastvrijnetwerk.be"]) {
      expect((await problems(settings({ siteUrl }))).join("\n")).toMatch(/^siteUrl: error: .*zoals https:\/\//m);
    }
  });

  it("want each menu item to go to a page of the site or an address, not both and not neither", async () => {
    const item = (fields: Record<string, unknown>) => ({
      _type: "menuLink",
      _key: `m${Object.keys(fields).length}`,
      label: "Lid worden",
      ...fields,
    });
    const joinPage: Doc = { _id: "page-lid-worden", _type: "page", title: "Lid worden", slug: slug("lid-worden") };
    expect(await problems(settings({ mainMenu: [item({ target: ref("page-lid-worden") })] }), [joinPage])).toEqual([]);
    expect(await problems(settings({ mainMenu: [item({ url: "/agenda/" })] }))).toEqual([]);
    const both = await problems(settings({ mainMenu: [item({ target: ref("page-lid-worden"), url: "/agenda/" })] }), [
      joinPage,
    ]);
    expect(both.join("\n")).toMatch(/niet allebei/);
    expect((await problems(settings({ footerLinks: [item({})] }))).join("\n")).toMatch(
      /Kies een pagina van de site of vul een adres in/,
    );
    expect((await problems(settings({ mainMenu: [item({ url: "javascript:alert(1)" })] }))).join("\n")).toMatch(
      /andere soorten links zijn niet toegestaan/,
    );
  });
});

describe("pages", () => {
  const page = (fields: Partial<Doc> = {}): Doc => ({
    _id: "page-lid-worden",
    _type: "page",
    title: "Lid worden",
    slug: slug("lid-worden"),
    summary: "Hoe een groep lid wordt.",
    body: [block("Tekst.")],
    ...fields,
  });

  it("accept a page, also under a top-level page", async () => {
    const parent = page({ _id: "page-projecten", title: "Projecten", slug: slug("projecten") });
    expect(await problems(page())).toEqual([]);
    expect(await problems(page({ parent: ref("page-projecten") }), [parent])).toEqual([]);
  });

  it("refuse the address of another part of the site as a slug", async () => {
    const found = (await problems(page({ slug: slug("agenda") }))).join("\n");
    expect(found).toMatch(/^slug: error: ‘agenda’ is al het adres van een ander deel van de site/m);
  });

  it("keep pages one level deep and never under themselves", async () => {
    const top = page({ _id: "page-projecten", title: "Projecten", slug: slug("projecten") });
    const child = page({ _id: "page-versterkt", slug: slug("versterkt"), parent: ref("page-projecten") });
    const deeper = await problems(page({ parent: ref("page-versterkt") }), [top, child]);
    expect(deeper.join("\n")).toMatch(/^parent: error: .*valt zelf al onder een andere/m);
    expect((await problems(page({ parent: ref("page-lid-worden") }))).join("\n")).toMatch(/niet onder zichzelf/);
  });

  it("require a summary and a text", async () => {
    const found = await problems(page({ summary: undefined, body: undefined }));
    expect(found.map((line) => line.split(":")[0])).toEqual(["summary", "body"]);
  });
});

describe("news", () => {
  it("require a date, a summary and a text", async () => {
    const found = await problems({ _id: "news-x", _type: "newsItem", title: "Oproep", slug: slug("oproep") });
    expect(found.map((line) => line.split(":")[0])).toEqual(["publishedAt", "summary", "body"]);
  });
});

describe("recurrenceProblems", () => {
  const start = "2027-01-12T18:30:00Z"; // Tuesday 12 January 2027, 19:30 in Brussels: the second Tuesday.

  it("accepts every two months on the second Tuesday", () => {
    expect(recurrenceProblems({ frequency: "monthly", interval: 2, weekday: "TU", setPosition: 2 }, start)).toEqual([]);
  });

  it("uses the Brussels date: 23:30 UTC on a Monday is already Tuesday in Brussels", () => {
    expect(recurrenceProblems({ frequency: "weekly", interval: 1, weekday: "TU" }, "2027-01-11T23:30:00Z")).toEqual([]);
  });

  it("names each inconsistency", () => {
    expect(
      recurrenceProblems(
        {
          frequency: "weekly",
          interval: 1,
          weekday: "TU",
          setPosition: 1,
          until: "2026-12-01",
          count: 4,
          exceptions: ["2026-11-01", "2027-02-02", "2027-02-02"],
        },
        start,
      ),
    ).toEqual([
      "Een wekelijkse reeks heeft geen ‘welke week van de maand’; maak dat veld leeg.",
      "Kies ofwel een einddatum ofwel een aantal keren, niet allebei.",
      "De einddatum van de reeks (2026-12-01) ligt vóór de eerste activiteit (2027-01-12).",
      "De uitzondering 2026-11-01 ligt vóór de eerste activiteit (2027-01-12); verwijder ze.",
      "De uitzondering 2027-02-02 ligt na de einddatum van de reeks (2026-12-01); verwijder ze.",
      "De uitzondering 2027-02-02 ligt na de einddatum van de reeks (2026-12-01); verwijder ze.",
      "De uitzondering 2027-02-02 staat er twee keer in; verwijder er één.",
    ]);
    expect(recurrenceProblems({ frequency: "monthly", interval: 1, weekday: "TU", setPosition: -1 }, start)).toEqual([
      "De eerste activiteit (begin 2027-01-12) is niet de laatste dinsdag van de maand; pas het begin of ‘welke week van de maand’ aan.",
    ]);
  });
});
