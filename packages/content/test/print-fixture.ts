/**
 * A small toolkit for tests of the printer: every block type, links both ways, a supplement, Arabic and Cyrillic
 * names, and (optionally) hostile strings in every kind of text the template prints.
 */
import type { PrintContext, PrintLinkTarget } from "../src/print/book.js";
import type { PortableText, ToolkitEdition } from "../src/read/results.js";

/** Portable Text as the fixture writes it. */
type PrintRichText = Record<string, unknown>[];
/** The fixture's rich text, typed as the queries type it (the printer reads it defensively either way). */
const rich = (blocks: PrintRichText) => blocks as unknown as PortableText;

/** Strings that would do harm if content ever became Typst code. Each must print literally. */
export const hostileStrings = [
  '#read("/etc/passwd")',
  '#import "x": *',
  '#eval("1")',
  "unbalanced ] bracket",
  "*not bold*",
  "_not emph_",
  "$x^2$",
  "@label",
  "<label>",
  "back\\slash \\",
  "// line comment",
  "/* block comment */",
] as const;

let keyCounter = 0;
const key = () => `k${++keyCounter}`;

export function span(text: string, marks: string[] = []) {
  return { _type: "span", _key: key(), text, marks };
}

export function paragraph(
  children: ReturnType<typeof span>[] | string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    _type: "block",
    _key: key(),
    style: "normal",
    markDefs: [],
    children: typeof children === "string" ? [span(children)] : children,
    ...extra,
  };
}

function simple(text: string): PrintRichText {
  return [paragraph(text)];
}

export const svgImage = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="90" viewBox="0 0 240 90">
<rect width="240" height="90" rx="8" fill="#e6f0f0"/><circle cx="45" cy="45" r="25" fill="#1d5c63"/>
<rect x="90" y="30" width="120" height="10" fill="#1d5c63"/><rect x="90" y="50" width="90" height="10" fill="#5b6366"/></svg>`;

/** A toolkit to print, and what the printer needs besides it. */
export interface PrintFixture {
  edition: ToolkitEdition;
  context: PrintContext;
}

/** A toolkit edition for tests. With `hostile`, hostile strings go into titles, text, link text, URLs and alt texts. */
export function fixtureToolkit(options: { hostile?: boolean } = {}): PrintFixture {
  const h = options.hostile ? hostileStrings : undefined;
  const hostileText = h ? h.join(" ") : "";
  const linkBlock = {
    _type: "block",
    _key: key(),
    style: "normal",
    markDefs: [
      { _type: "link", _key: "ext", href: h ? 'https://example.org/a?b=#read("/etc/passwd")' : "https://www.vdab.be/" },
      { _type: "internalLink", _key: "int", reference: { _type: "reference", _ref: "section-3-4" } },
      { _type: "internalLink", _key: "sup", reference: { _type: "reference", _ref: "supplement-energie-en-water" } },
      { _type: "internalLink", _key: "tool", reference: { _type: "reference", _ref: "tool-budgetplanner" } },
      { _type: "link", _key: "bad", href: "javascript:alert(1)" },
    ],
    children: [
      span("Schrijf je in bij de "),
      span(h ? `VDAB ${h[0]} ]` : "VDAB", ["ext"]),
      span(", lees "),
      span(h ? `over wonen ${h[7]} ${h[8]}` : "over wonen", ["int", "em"]),
      span(", kijk naar "),
      span("energie en water", ["sup"]),
      span(", gebruik de "),
      span("budgetplanner", ["tool"]),
      span(" en negeer "),
      span("deze link", ["bad"]),
      span("."),
    ],
  };
  const chapter3Body: PrintRichText = [
    paragraph([span("In dit hoofdstuk: "), span("praktisch", ["strong"]), span(" en "), span("concreet", ["em"])]),
  ];
  const budgetBody: Record<string, unknown>[] = [
    paragraph(
      "Een vast budget per maand helpt om rekeningen op tijd te betalen. Samen met de nieuwkomer zet je alle inkomsten en vaste kosten op een rij.",
    ),
    { ...paragraph("Vaste kosten"), style: "h2" },
    paragraph("Eerst het punt", { listItem: "bullet", level: 1 }),
    paragraph("Een ingesprongen punt", { listItem: "bullet", level: 2 }),
    paragraph("Tweede punt", { listItem: "bullet", level: 1 }),
    paragraph("Stap een", { listItem: "number", level: 1 }),
    paragraph("Stap twee", { listItem: "number", level: 1 }),
    {
      _type: "checklist",
      _key: key(),
      title: h ? `Checklist ${h[2]}` : "Budget in orde",
      items: [
        { _type: "checklistItem", _key: key(), text: "Rekeningnummer doorgegeven aan het OCMW" },
        { _type: "checklistItem", _key: key(), text: "Domiciliëring voor huur en energie", note: "Vraag een kopie." },
        { _type: "checklistItem", _key: key(), text: h ? `Item ${h[3]} ${h[4]}` : "Budgetplan samen gemaakt" },
      ],
    },
    {
      _type: "tip",
      _key: key(),
      title: h ? `Tip ${h[1]}` : "Werk met enveloppen",
      body: simple(
        h
          ? `Tiptekst ${h[5]} ${h[6]}`
          : "Sommige gezinnen werken met enveloppen per uitgavenpost. Dat maakt het budget zichtbaar.",
      ),
    },
    {
      _type: "practiceExample",
      _key: key(),
      title: h ? `Voorbeeld ${h[10]}` : "Budgetcafé in Gent",
      organisation: { _id: "org-buren-zonder-grenzen-gent", name: "Buren zonder Grenzen Gent" },
      body: simple(
        "Elke maand komen vrijwilligers en nieuwkomers samen. Mariam (مريم) en Olena (Олена) vertellen hoe ze hun budget opvolgen.",
      ),
    },
    {
      _type: "callout",
      _key: key(),
      tone: "warning",
      title: "Schulden",
      body: simple(h ? `Let op ${h[11]} ${h[9]}` : "Bij betalingsachterstand: neem snel contact op met het OCMW."),
    },
    {
      _type: "image",
      _key: key(),
      asset: { _type: "reference", _ref: "image-budget-240x90-svg" },
      alt: h ? `Alt ${h[0]} ${h[8]}` : "Schema van een maandbudget",
      caption: "Een maandbudget in drie stappen",
    },
    linkBlock,
    paragraph(
      "Namen in andere schriften: محمد الأحمد, Мария Петренко, Київ. Lange woorden: arbeidsongeschiktheidsuitkering en kinderbijslagfondsen.",
    ),
  ];
  if (h) budgetBody.push(paragraph(hostileText));

  const targets = new Map<string, PrintLinkTarget>([
    ["chapter-1", { _type: "toolkitChapter", title: "Achtergrond", number: 1 }],
    ["chapter-3", { _type: "toolkitChapter", title: "Huiswerk voor vluchteling en vrijwilliger", number: 3 }],
    ["section-1-1", { _type: "toolkitSection", title: "Mensen op de vlucht centraal", number: "1.1" }],
    ["section-3-4", { _type: "toolkitSection", title: "Wonen", number: "3.4" }],
    ["section-3-12", { _type: "toolkitSection", title: "Budgetbeheer en vaste kosten", number: "3.12" }],
    ["supplement-energie-en-water", { _type: "toolkitSupplement", title: "Energie en water" }],
    ["tool-budgetplanner", { _type: "tool", title: "Budgetplanner", href: "/tools/budgetplanner/" }],
  ]);

  const filler = (topic: string, n: number) =>
    Array.from({ length: n }, (_, i) =>
      paragraph(
        `${topic}: vrijwilligers begeleiden nieuwkomers bij afspraken, formulieren en vragen. Alinea ${i + 1} gaat over wat je samen kunt doen, welke diensten helpen en waar je op let wanneer regels veranderen.`,
      ),
    );

  const slugOf = (id: string) => id.replace(/^[a-z]+-/, "");
  const section = (
    id: string,
    number: string,
    title: string,
    body: PrintRichText,
    supplements: { _id: string; title: string; body: PrintRichText }[] = [],
  ) => ({
    _id: id,
    _type: "toolkitSection" as const,
    number,
    title,
    slug: slugOf(id),
    summary: null,
    body: rich(body),
    themes: [],
    supplements: supplements.map((supplement) => ({
      _id: supplement._id,
      _type: "toolkitSupplement" as const,
      title: supplement.title,
      slug: slugOf(supplement._id),
      order: 1,
      summary: null,
      body: rich(supplement.body),
      sample: false,
    })),
    sample: false,
  });
  const chapter = (
    id: string,
    number: number,
    title: string,
    summary: string,
    body: PrintRichText,
    sections: ReturnType<typeof section>[],
  ) => ({
    _id: id,
    _type: "toolkitChapter" as const,
    number,
    title,
    slug: slugOf(id),
    summary,
    body: rich(body),
    sample: false,
    sections,
  });
  const edition: ToolkitEdition = {
    _id: "toolkit-edition-2",
    _type: "toolkitEdition",
    title: h ? `Toolkit ${h[0]}` : "Toolkit voor lokale vrijwilligersorganisaties die mensen op de vlucht ondersteunen",
    subtitle: "Tips, praktijkvoorbeelden en checklists voor vrijwilligers in Vlaanderen en Brussel",
    slug: "toolkit",
    editionNumber: 2,
    year: 2019,
    intro: rich([paragraph("Welkom bij de tweede editie van onze toolkit."), linkBlock]),
    colophon: rich(simple("Uitgegeven door Gastvrij Netwerk vzw.")),
    disclaimer: "De teksten zijn geen juridisch advies.",
    publisher: {
      _id: "org-gastvrij-netwerk",
      _type: "organisation",
      name: "Gastvrij Netwerk vzw",
      slug: "gastvrij-netwerk",
      kind: "partner",
      municipality: null,
      region: null,
      website: null,
    },
    editionHistory: [
      { edition: 1, year: 2016, note: "Eerste editie." },
      { edition: 2, year: 2019, note: "Tweede editie, bijgewerkt." },
    ],
    chapters: [
      chapter(
        "chapter-1",
        1,
        "Achtergrond",
        "Waarom en hoe lokale groepen werken.",
        simple("Een korte inleiding op het eerste hoofdstuk."),
        [section("section-1-1", "1.1", "Mensen op de vlucht centraal", filler("Centraal", 6))],
      ),
      chapter(
        "chapter-3",
        3,
        h ? `Huiswerk ${h[3]} ${h[9]}` : "Huiswerk voor vluchteling en vrijwilliger",
        "Het praktische deel.",
        chapter3Body,
        [
          section("section-3-4", "3.4", h ? `Wonen ${h[10]} ${h[11]}` : "Wonen", filler("Wonen", 12)),
          section("section-3-12", "3.12", "Budgetbeheer en vaste kosten", budgetBody, [
            {
              _id: "supplement-energie-en-water",
              title: h ? `Energie ${h[6]}` : "Energie en water",
              body: [...filler("Energie", 3), linkBlock],
            },
          ]),
        ],
      ),
    ],
  };
  return {
    edition,
    context: {
      linkTargets: targets,
      images: new Map([["image-budget-240x90-svg", { data: new TextEncoder().encode(svgImage), extension: "svg" }]]),
      settings: {
        organisationName: "Gastvrij Netwerk",
        sampleContentNote: "Dit is voorbeeldinhoud, geen juridisch advies.",
      },
    },
  };
}
