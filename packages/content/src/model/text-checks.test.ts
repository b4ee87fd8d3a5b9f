import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../package-root.js";
import {
  checkRichText,
  handTypedListFindings,
  headingLevelFindings,
  imageAltFindings,
  imageAltMessage,
  linkTextFindings,
  printableFindings,
  printedTextFindings,
  readabilityFindings,
  sentencesOf,
  type TextFinding,
  wordCount,
} from "./text-checks.js";

/** A block of one or more spans; `[text, mark]` pairs give a span a mark. */
function block(key: string, spans: string | Array<string | [string, string]>, fields: Record<string, unknown> = {}) {
  const list = typeof spans === "string" ? [spans] : spans;
  return {
    _type: "block",
    _key: key,
    style: "normal",
    markDefs: [] as unknown[],
    children: list.map((span, index) => ({
      _type: "span",
      _key: `${key}s${index}`,
      text: typeof span === "string" ? span : span[0],
      marks: typeof span === "string" ? [] : [span[1]],
    })),
    ...fields,
  };
}
const heading = (key: string, style: string, text: string) => block(key, text, { style });
const link = (key: string, href = "https://www.vlaanderen.be/leefloon") => ({ _type: "link", _key: key, href });
const internal = (key: string) => ({ _type: "internalLink", _key: key, reference: { _type: "reference", _ref: "x" } });

/** A sentence of `n` words. */
const words = (n: number, first = "Vrijwilligers") =>
  `${[first, ...Array.from({ length: n - 1 }, (_, i) => ["helpen", "gezinnen", "met", "papieren", "en", "huur"][i % 6])].join(" ")}.`;

const where = (findings: TextFinding[]) => findings.map((finding) => `${finding.check} ${finding.at}`);

/** A text with each problem once (and a tip whose body has problems of its own). */
const problems = [
  heading("h1", "h2", "Wonen"), // 0
  block("p1", "Een gewone alinea."), // 1
  heading("h2", "h4", "Huur"), // 2: skips level 3
  { _type: "image", _key: "img", asset: { _type: "reference", _ref: "image-a-1x1-svg" } }, // 3: no alt
  { ...block("l1", ["Schrijf je in: ", ["klik hier", "a"], "."]), markDefs: [link("a")] }, // 4: vague link text
  { ...block("l2", ["Zie ", ["www.vlaanderen.be/leefloon", "b"]]), markDefs: [link("b")] }, // 5: bare address
  block("t1", "- paspoort"), // 6: typed list, two paragraphs
  block("t2", "- huurcontract"), // 7
  block("t3", "Neem mee:\n1. paspoort\n2. huurcontract"), // 8: typed list in one paragraph
  block("r1", `Kort. ${words(31, "Wie")}`), // 9: long sentence
  block("r2", `${words(22)} ${words(22)} ${words(22)}`), // 10: long average
  {
    _type: "tip",
    _key: "tip",
    body: [
      { ...block("n1", [["Lees meer", "c"]]), markDefs: [internal("c")] }, // 11.body[0]
      block("n2", words(27, "Soms")), // 11.body[1]
    ],
  },
];

describe("the checks on one text with every problem", () => {
  it("flags each problem once, at its block, with the key of the block", () => {
    const found = checkRichText(problems);
    expect(where(found)).toEqual([
      "headingLevel [2]",
      "imageAlt [3].alt",
      "linkText [4]",
      "linkText [5]",
      "handTypedList [6]",
      "handTypedList [8]",
      "readability [9]",
      "readability [10]",
      "linkText [11].body[0]",
      "readability [11].body[1]",
    ]);
    expect(found.map((finding) => finding.key)).toEqual(["h2", "img", "l1", "l2", "t1", "t3", "r1", "r2", "n1", "n2"]);
    expect(found[1]?.path).toEqual([{ _key: "img" }, "alt"]);
    expect(found[8]?.path).toEqual([{ _key: "tip" }, "body", { _key: "n1" }]);
  });

  it("says in Dutch what is wrong and what to do", () => {
    expect(checkRichText(problems).map((finding) => finding.message)).toEqual([
      "Kop ‘Huur’ springt van niveau 2 naar 4; gebruik niveau 3.",
      imageAltMessage,
      "Linktekst ‘klik hier’ zegt niet waar de link naartoe gaat; schrijf bijvoorbeeld ‘inschrijvingsformulier’.",
      "Linktekst ‘www.vlaanderen.be/leefloon’ is een kaal webadres; schrijf waar de link naartoe gaat, bijvoorbeeld ‘website van Vluchtelingenwerk Vlaanderen’.",
      "2 alinea’s na elkaar beginnen als een opsomming (vanaf ‘- paspoort’): dat is een lijst die met de hand getypt is. Maak er een echte lijst van met de knop ‘Opsomming’, zodat schermlezers hem als lijst voorlezen.",
      "Deze alinea heeft 2 regels die beginnen als een opsomming (vanaf ‘1. paspoort’): dat is een lijst die met de hand getypt is. Maak er een echte lijst van met de knop ‘Genummerd’, zodat schermlezers hem als lijst voorlezen.",
      "De zin ‘Wie helpen gezinnen met papieren en huur helpen …’ telt 31 woorden; maak er twee of meer zinnen van (hoogstens 25 woorden, liefst 15 à 20).",
      "De zinnen van deze alinea (vanaf ‘Vrijwilligers helpen gezinnen met papieren en huur …’) tellen gemiddeld 22 woorden; maak ze korter (liefst 15 à 20 woorden per zin).",
      "Linktekst ‘Lees meer’ zegt niet waar de link naartoe gaat; schrijf bijvoorbeeld ‘inschrijvingsformulier’.",
      "De zin ‘Soms helpen gezinnen met papieren en huur helpen …’ telt 27 woorden; maak er twee of meer zinnen van (hoogstens 25 woorden, liefst 15 à 20).",
    ]);
  });

  it("runs only the checks asked for", () => {
    expect(where(checkRichText(problems, { only: ["headingLevel", "imageAlt"] }))).toEqual([
      "headingLevel [2]",
      "imageAlt [3].alt",
    ]);
  });

  it("finds nothing in a clean text, nor in what is not Portable Text", () => {
    const clean = [
      heading("a", "h2", "Wonen"),
      block("b", "Zoek samen een woning. Bel de huisbaas bv. op maandag. Vraag o.a. naar de huurprijs."),
      heading("c", "h3", "Huur"),
      heading("d", "h4", "Waarborg"),
      heading("e", "h2", "Werk"),
      { ...block("f", ["Lees de ", ["uitleg over het leefloon", "a"], "."]), markDefs: [link("a")] },
      block("g", "- Dit is een gedachtestreepje aan het begin, één keer."),
      block("h", "Eén zin.", { listItem: "bullet", level: 1 }),
      block("i", "Nog een zin.", { listItem: "bullet", level: 1 }),
      { _type: "image", _key: "j", asset: { _type: "reference", _ref: "image-a-1x1-svg" }, alt: "Een sleutelbos" },
      block("k", words(25)),
    ];
    expect(checkRichText(clean)).toEqual([]);
    for (const value of [
      undefined,
      null,
      "tekst",
      3,
      {},
      [null, 1, "x", { _type: "block" }, { _type: "block", children: 5 }],
    ]) {
      expect(checkRichText(value)).toEqual([]);
    }
  });
});

describe("headings", () => {
  it("start at level 2 under the title and go one level deeper at most", () => {
    expect(headingLevelFindings([heading("a", "h3", "Huur")]).map((finding) => finding.message)).toEqual([
      "Kop ‘Huur’ springt van niveau 1 (de titel) naar 3; gebruik niveau 2.",
    ]);
    // After a skip the next heading is compared with the skipped-to level: h2, h4, h4 is one problem.
    const skip = [heading("a", "h2", "A"), heading("b", "h4", "B"), heading("c", "h4", "C"), heading("d", "h2", "D")];
    expect(where(headingLevelFindings(skip))).toEqual(["headingLevel [1]"]);
  });
});

describe("images", () => {
  it("want alt text that is more than spaces", () => {
    const image = (alt?: string) => ({ _type: "image", _key: "i", ...(alt === undefined ? {} : { alt }) });
    expect(where(imageAltFindings([image(), image("  "), image("Een kaart van Gent")]))).toEqual([
      "imageAlt [0].alt",
      "imageAlt [1].alt",
    ]);
  });
});

describe("link text", () => {
  const linked = (text: string | Array<string | [string, string]>) => [
    { ...block("a", typeof text === "string" ? [[text, "l"]] : text), markDefs: [link("l")] },
  ];

  it("compares in lower case, without the punctuation around it", () => {
    for (const text of ["Klik hier!", "(hier)", "Meer info…", "LINK", " deze pagina. ", "lees meer »"]) {
      expect(linkTextFindings(linked(text)), text).toHaveLength(1);
    }
    for (const text of ["hier vind je het formulier", "meer info over het leefloon", "mail An Voorbeeld"]) {
      expect(linkTextFindings(linked(text)), text).toEqual([]);
    }
  });

  it("reads a link split over spans (part of it bold) as one text", () => {
    const block = linked([
      ["klik ", "l"],
      ["hier", "l"],
    ]);
    block[0]?.children[1]?.marks.push("strong");
    expect(linkTextFindings(block).map((finding) => finding.message)).toEqual([
      expect.stringContaining("Linktekst ‘klik hier’"),
    ]);
  });

  it("flags a bare address, http(s) or www., but not a linked e-mail address", () => {
    expect(linkTextFindings(linked("https://www.vlaanderen.be/"))).toHaveLength(1);
    expect(linkTextFindings(linked("http://example.org"))).toHaveLength(1);
    expect(linkTextFindings(linked("an@voorbeeld.be"))).toEqual([]);
  });

  it("ignores marks that are not links", () => {
    expect(linkTextFindings([block("a", [["hier", "strong"]])])).toEqual([]);
  });
});

describe("lists typed by hand", () => {
  it("need two paragraphs in a row, or two lines in one", () => {
    expect(handTypedListFindings([block("a", "* een"), block("b", "• twee"), block("c", "3) drie")])).toHaveLength(1);
    expect(handTypedListFindings([block("a", "- een"), { _type: "tip", _key: "t" }, block("b", "- twee")])).toEqual([]);
    expect(handTypedListFindings([block("a", "1. Een enkele genummerde alinea.")])).toEqual([]);
    expect(handTypedListFindings([block("a", "Eerst dit.\n- en dan dit")])).toEqual([]);
    expect(where(handTypedListFindings([block("a", "Neem mee:\n- paspoort\n- huurcontract")]))).toEqual([
      "handTypedList [0]",
    ]);
  });

  it("leave real lists, headings and quotes alone", () => {
    const listed = { listItem: "bullet", level: 1 };
    expect(handTypedListFindings([block("a", "- een", listed), block("b", "- twee", listed)])).toEqual([]);
    expect(
      handTypedListFindings([block("a", "- een", { style: "blockquote" }), block("b", "- twee", { style: "h3" })]),
    ).toEqual([]);
  });
});

describe("readability", () => {
  it("splits sentences at . ! ? … but not after abbreviations, initials or in numbers", () => {
    expect(sentencesOf("Bel op 3.5 uur. Vraag bv. de huisbaas! Of A. Voorbeeld? Dat kan o.a. Maandag.")).toEqual([
      "Bel op 3.5 uur.",
      "Vraag bv. de huisbaas!",
      "Of A. Voorbeeld?",
      "Dat kan o.a. Maandag.",
    ]);
    expect(sentencesOf("Een regel\nen nog een.\n\n")).toEqual(["Een regel", "en nog een."]);
    expect(wordCount("Het OCMW – of de gemeente – helpt (soms).")).toBe(7);
  });

  it("flags a sentence of more than 25 words, naming how it starts", () => {
    expect(readabilityFindings([block("a", words(25))])).toEqual([]);
    const [found] = readabilityFindings([block("a", `Kort. ${words(26, "Gezinnen")}`)]);
    expect(found?.message).toMatch(/^De zin ‘Gezinnen helpen gezinnen .*’ telt 26 woorden/);
  });

  it("flags a paragraph of three or more sentences over 20 words on average, not twice with a long sentence", () => {
    expect(readabilityFindings([block("a", `${words(21)} ${words(21)}`)])).toEqual([]);
    expect(readabilityFindings([block("a", `${words(21)} ${words(21)} ${words(21)}`)])).toHaveLength(1);
    expect(readabilityFindings([block("a", `${words(30)} ${words(21)} ${words(21)}`)])).toHaveLength(1);
  });

  it("quotes at most 60 characters of a sentence, and survives odd values", () => {
    const [found] = readabilityFindings([block("a", `${"x".repeat(5000)} ${words(30)}`)]);
    expect(found?.message).toMatch(/^De zin ‘x{56} …’ telt 31 woorden/);
    const odd = [block("a", "Tekst.", { style: "constructor" }), block("b", "Tekst.", { style: "toString" })];
    expect(checkRichText(odd)).toEqual([]);
  });

  it("does not judge headings", () => {
    expect(readabilityFindings([heading("a", "h2", words(30))])).toEqual([]);
  });
});

describe("characters the printed toolkit cannot show", () => {
  const emoji =
    "Het teken 😀 (U+1F600) kan niet gedrukt worden in de pdf van de toolkit: haal het weg of vervang het door tekst.";
  const text = [
    block("a", "Welkom 😀 en nog eens 😀."),
    block("b", "Gewone tekst, Євгенія en يوسف."),
    { _type: "tip", _key: "t", title: "Tip 東", body: [block("p", "Zie ook 東京.")] },
    { _type: "checklist", _key: "c", items: [{ _key: "i", _type: "checklistItem", text: "Paspoort ✈️" }] },
    { _type: "image", _key: "img", alt: "Een kaart 😀", caption: "Kaart" },
  ];

  it("flags an emoji and a CJK character once per block, at the block, in a printed document", () => {
    const found = checkRichText(text, { documentType: "toolkitSection" });
    const char = (finding: TextFinding) => /\(U\+[0-9A-F]+\)/.exec(finding.message)?.[0];
    expect(found.map((finding) => `${finding.check} ${finding.at}: ${char(finding)}`)).toEqual([
      "printable [0]: (U+1F600)",
      "printable [2]: (U+6771)",
      "printable [2].body[0]: (U+6771)",
      "printable [2].body[0]: (U+4EAC)",
      "printable [3].items[0]: (U+2708)",
      // The emoji presentation selector after ✈ is a mark, not a format character: the fonts need it too.
      "printable [3].items[0]: (U+FE0F)",
    ]);
    expect(found[0]?.message).toBe(emoji);
    expect(found[2]?.path).toEqual([{ _key: "t" }, "body", { _key: "p" }]);
    // The alt text only goes to the PDF's tags: its emoji is not flagged.
  });

  it("leaves documents the book does not print alone", () => {
    expect(checkRichText(text, { documentType: "tool" })).toEqual([]);
    expect(checkRichText(text)).toEqual([]);
    expect(checkRichText(text, { only: ["printable"], documentType: "page" })).toEqual([]);
  });

  it("checks the printed plain fields of a printed document too (a title, a summary)", () => {
    expect(printableFindings("Wonen 🏠")).toMatchObject([{ check: "printable", at: "", path: [] }]);
    const chapter = {
      _type: "toolkitChapter",
      title: "Wonen 🏠",
      summary: "Kort 東",
      slug: { current: "😀" },
      body: text,
    };
    expect(printedTextFindings(chapter).map((finding) => `${finding.field}${finding.at}`)).toEqual([
      "title",
      "summary",
      "body[0]",
      "body[2]",
      "body[2].body[0]",
      "body[2].body[0]",
      "body[3].items[0]",
      "body[3].items[0]",
    ]);
    expect(printedTextFindings({ ...chapter, _type: "tool" })).toEqual([]);
  });

  it("finds nothing in the embedded dataset", () => {
    const lines = readFileSync(join(packageRoot, "dataset/embedded/data.ndjson"), "utf8").split("\n").filter(Boolean);
    const documents = lines.map((line) => JSON.parse(line) as { _id: string; _type: string });
    expect(documents.filter((document) => document._type === "toolkitSection").length).toBeGreaterThan(5);
    const found = documents.flatMap((document) =>
      printedTextFindings(document).map(
        (finding) => `${document._id} ${finding.field}${finding.at}: ${finding.message}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
