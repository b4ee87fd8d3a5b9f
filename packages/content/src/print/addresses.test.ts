/**
 * Web addresses on paper: a reader retypes them, so the printed book never hyphenates an address and never breaks it
 * at one of its own hyphens; a line may end inside an address only right after a `/`. The fixture below puts many
 * long addresses made of hyphenated words (external links, and pages of the site outside the book, with and without
 * the site's address) into footnotes, each a little different in length so the line ends fall everywhere in them;
 * the text of the PDF (unpdf) must show every address whole, broken only after a slash, and each link must still
 * point to the full URL.
 */
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureToolkit, paragraph, span } from "../../test/print-fixture.js";
import type { ToolkitEdition } from "../read/results.js";
import { buildPrintBook, type PrintLinkTarget, type PrintOptions } from "./book.js";
import { compileBook } from "./compile.js";

const siteUrl = "https://www.gastvrijnetwerk.be";

/** Hyphenated words and long compounds (the kind a hyphenation dictionary would split) that addresses are made of. */
const words = [
  "integratie-en-inburgering",
  "mensen-op-de-vlucht",
  "arbeidsongeschiktheidsuitkering",
  "huisvesting-zoeken-met-een-leefloon",
  "sociaal-huis",
  "verblijfsvergunningsaanvraag",
  "vrijwilligers-en-nieuwkomers",
  "gezinshereniging",
  "school-en-kinderopvang",
  "ocmw-en-cpas",
  "taalcursus-nederlands-tweede-taal",
  "budgetbeheer",
];
const hosts = ["www.agentschap-integratie-inburgering.be", "vluchtelingenwerk-vlaanderen.be", "www.ocmw-gent.be"];
/** Word `i` of a fixed but varied sequence (a walk over `words` in steps of 7). */
const word = (i: number) => words[(i * 7 + 3) % words.length] as string;

/** External addresses of 77 to 241 characters, mostly longer than a footnote line, of many lengths. */
const externalUrls = Array.from({ length: 36 }, (_, i) => {
  const path = Array.from({ length: 2 + (i % 5) }, (_, j) => word(i + j * 5)).join("/");
  const query = i % 4 === 3 ? `?thema=${word(i + 2)}&regio=oost-vlaanderen` : "";
  return `https://${hosts[i % hosts.length]}/nl/${"x".repeat(i % 6)}${path}/${query}`;
});

/** An e-mail address is printed as Typst prints a `mailto:` link: without the scheme. */
const mailAddress = "mailto:onthaal-nieuwkomers@sociaal-huis-gent.be";

/** Pages of the site outside the book (tools and events), with long hyphenated slugs. */
const siteTargets: [string, PrintLinkTarget][] = Array.from({ length: 16 }, (_, i) => {
  const type = i % 2 === 0 ? "tool" : "event";
  const slug = Array.from({ length: 3 + (i % 4) }, (_, j) => word(i * 3 + j)).join("-");
  const href = type === "tool" ? `/tools/${slug}/` : `/agenda/${slug}-${2026 + (i % 3)}/`;
  return [`${type}-${i}`, { _type: type, title: `Pagina ${i}${"n".repeat(i % 7)}`, href }];
});

/** The fixture toolkit with a chapter of paragraphs that each link to one of the addresses above. */
function addressToolkit(): { edition: ToolkitEdition; context: ReturnType<typeof fixtureToolkit>["context"] } {
  const { edition, context } = fixtureToolkit();
  const linked = (href: string | undefined, id: string | undefined, i: number) => ({
    ...paragraph([
      span(`Alinea ${i}: lees meer bij `),
      span(`deze bron${" en die andere".repeat(i % 3)}`, ["l"]),
      span(" voor je een afspraak maakt met de dienst."),
    ]),
    markDefs: [
      href
        ? { _type: "link", _key: "l", href }
        : { _type: "internalLink", _key: "l", reference: { _type: "reference", _ref: id } },
    ],
  });
  const body = [
    linked(mailAddress, undefined, 99),
    ...externalUrls.map((url, i) => linked(url, undefined, i)),
    ...siteTargets.map(([id], i) => linked(undefined, id, i)),
  ];
  const first = edition.chapters[0];
  if (!first) throw new Error("fixture has no chapter");
  return {
    edition: { ...edition, chapters: [{ ...first, body: body as unknown as typeof first.body }] },
    context: { ...context, linkTargets: new Map([...context.linkTargets, ...siteTargets]) },
  };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The address as it must come out of the PDF: its exact characters, with a line break allowed only after a `/`. */
const printedWhole = (address: string) =>
  new RegExp([...address].map((c) => (c === "/" ? "/\\n?" : escapeRegExp(c))).join(""));
/** The address with any line break, space, soft hyphen or zero-width character anywhere (to show what went wrong). */
const printedAnyhow = (address: string) =>
  new RegExp([...address].map(escapeRegExp).join("[\\s\\u00ad\\u200b\\u2060-]*"), "u");

interface Printed {
  text: string;
  links: string[];
}

async function printAddresses(options: PrintOptions): Promise<Printed> {
  const { edition, context } = addressToolkit();
  const { pdf } = compileBook(buildPrintBook(edition, context, options));
  const document = await getDocumentProxy(pdf.slice());
  const pages = (await extractText(document, { mergePages: false })).text;
  const links: string[] = [];
  for (let page = 1; page <= document.numPages; page += 1) {
    for (const annotation of await (await document.getPage(page)).getAnnotations()) {
      if (annotation.url) links.push(annotation.url);
    }
  }
  return { text: pages.join("\n"), links };
}

/** Every address printed whole or broken only right after a slash; returns how many were broken across lines. */
function expectWhole(printed: Printed, addresses: readonly string[]): number {
  let broken = 0;
  for (const address of addresses) {
    const anyhow = printedAnyhow(address).exec(printed.text)?.[0];
    expect(anyhow, `${address} is printed`).toBeDefined();
    const whole = printedWhole(address).exec(printed.text)?.[0];
    // On failure this shows the address as printed, with its line breaks and hyphens.
    expect(whole ?? `not whole: ${JSON.stringify(anyhow)}`, "breaks only after a slash").toBe(whole);
    if (whole?.includes("\n")) broken += 1;
  }
  return broken;
}

describe("web addresses in the printed book", () => {
  let withSite: Printed;
  let withoutSite: Printed;

  beforeAll(async () => {
    [withSite, withoutSite] = await Promise.all([
      printAddresses({ siteUrl, date: new Date("2026-03-01T12:00:00Z") }),
      printAddresses({ date: new Date("2026-03-01T12:00:00Z") }),
    ]);
  });

  it("are never hyphenated and never broken at their own hyphens, only after a slash", () => {
    const siteUrls = siteTargets.map(([, target]) => `${siteUrl}${target.href}`);
    // Some slugs are longer than a whole line: they are set smaller to fit on one line, not broken.
    const longest = Math.max(...siteUrls.flatMap((url) => url.split("/").map((piece) => piece.length)));
    expect(longest).toBeGreaterThan(150);
    // Enough of them reach the end of a line for the test to mean something.
    expect(expectWhole(withSite, externalUrls)).toBeGreaterThan(externalUrls.length / 2);
    expect(expectWhole(withSite, siteUrls)).toBeGreaterThan(siteUrls.length / 2);
    // Without a site address, a page outside the book is named by its path.
    expectWhole(
      withoutSite,
      siteTargets.map(([, target]) => target.href as string),
    );
  });

  it("copy out as the exact address: no soft hyphens or zero-width characters, no line-end hyphen in an address", () => {
    for (const printed of [withSite, withoutSite]) {
      expect(printed.text).not.toMatch(/\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/u);
      expect(printed.text).not.toMatch(/\/[^\s/]*-\n/u);
    }
  });

  it("show an e-mail address without mailto:, as before", () => {
    expectWhole(withSite, [mailAddress.slice("mailto:".length)]);
    expect(withSite.text).not.toContain("mailto:");
  });

  it("still link to the full URL", () => {
    const links = new Set(withSite.links.map((url) => decodeURI(url)));
    for (const url of [mailAddress, ...externalUrls, ...siteTargets.map(([, target]) => `${siteUrl}${target.href}`)]) {
      expect(links, url).toContain(url);
    }
  });
});
