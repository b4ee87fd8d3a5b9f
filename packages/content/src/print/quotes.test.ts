import { describe, expect, it } from "vitest";
import type { PrintBook } from "./book.js";
import { curlPrintBook, dutchQuotes } from "./quotes.js";

describe("dutchQuotes", () => {
  it.each([
    ['Vraag: "Wat wil je graag regelen?"', "Vraag: “Wat wil je graag regelen?”"],
    ["Geen 'kindertaal'.", "Geen ‘kindertaal’."],
    ["We spreken van 'wij' en 'zij'.", "We spreken van ‘wij’ en ‘zij’."],
    ["Zo'n groep komt 's avonds samen.", "Zo’n groep komt ’s avonds samen."],
    ["'s Morgens is 't rustig.", "’s Morgens is ’t rustig."],
    ["Diploma's, thema's en OCMW's.", "Diploma’s, thema’s en OCMW’s."],
    ["Stuur sms'jes aan baby's ouders.", "Stuur sms’jes aan baby’s ouders."],
    ["Zie de paragraaf over Hoofdstuk's opbouw.", "Zie de paragraaf over Hoofdstuk’s opbouw."],
    ["In de jaren '90 kwamen er meer.", "In de jaren ’90 kwamen er meer."],
    ['("wie doet wat?")', "(“wie doet wat?”)"],
    ["een 'budgetcafé'.", "een ‘budgetcafé’."],
    ["\"Ze zei: 'kom maar'.\"", "“Ze zei: ‘kom maar’.”"],
    ['de "peter" of "meter"', "de “peter” of “meter”"],
    ["Al curly: “zo” en ‘zo’.", "Al curly: “zo” en ‘zo’."],
  ])("%s", (input, expected) => {
    expect(dutchQuotes(input)).toBe(expected);
  });

  it("closes a quote that starts a run when the run before ends in a word", () => {
    expect(dutchQuotes('" zei ze.', "kom")).toBe("” zei ze.");
    expect(dutchQuotes('"kom', "Ze zei: ")).toBe("“kom");
  });
});

describe("curlPrintBook", () => {
  const book = {
    title: 'De "toolkit"',
    editionNumber: 2,
    editionLabel: "tweede editie",
    year: 2019,
    editionHistory: [{ edition: 2, year: 2019, note: "Met 'tips'." }],
    intro: [
      {
        t: "p",
        c: [
          { t: "text", s: 'Lees "' },
          { t: "text", s: "dit", b: true },
          { t: "text", s: '" en ' },
          {
            t: "link",
            url: "https://example.be/a'b\"c",
            c: [{ t: "text", s: "'s avonds" }],
          },
          { t: "webref", note: "Pagina 'x' op de website", path: "/tools/'x'/", c: [{ t: "text", s: "zo'n" }] },
        ],
      },
      { t: "checklist", title: "'Na' de erkenning", items: [{ text: 'De "kids"', note: "Zo'n" }] },
      { t: "image", src: "/assets/image-1.svg", alt: "Een 'taart'", caption: 'Een "voorbeeld"' },
    ],
    colophon: [],
    date: { year: 2026, month: 1, day: 1 },
    keywords: [],
    description: "Zo'n toolkit",
    chapters: [
      {
        label: "doc:chapter-'1'",
        number: "1",
        title: "Hoofdstuk's titel",
        summary: '"Kort"',
        body: [],
        sections: [],
      },
    ],
  } as unknown as PrintBook;

  it("curls every printed text, across bold and link runs, and leaves addresses and labels alone", () => {
    const curled = curlPrintBook(book);
    expect(curled.title).toBe("De “toolkit”");
    expect(curled.description).toBe("Zo’n toolkit");
    expect(curled.editionHistory[0]?.note).toBe("Met ‘tips’.");
    expect(curled.intro[0]).toEqual({
      t: "p",
      c: [
        { t: "text", s: "Lees “" },
        { t: "text", s: "dit", b: true },
        { t: "text", s: "” en " },
        { t: "link", url: "https://example.be/a'b\"c", c: [{ t: "text", s: "’s avonds" }] },
        { t: "webref", note: "Pagina ‘x’ op de website", path: "/tools/'x'/", c: [{ t: "text", s: "zo’n" }] },
      ],
    });
    expect(curled.intro[1]).toEqual({
      t: "checklist",
      title: "‘Na’ de erkenning",
      items: [{ text: "De “kids”", note: "Zo’n" }],
    });
    expect(curled.intro[2]).toEqual({
      t: "image",
      src: "/assets/image-1.svg",
      alt: "Een ‘taart’",
      caption: "Een “voorbeeld”",
    });
    expect(curled.chapters[0]?.label).toBe("doc:chapter-'1'");
    expect(curled.chapters[0]?.title).toBe("Hoofdstuk’s titel");
    expect(curled.chapters[0]?.summary).toBe("“Kort”");
    // The input is not changed.
    expect(book.title).toBe('De "toolkit"');
  });
});
