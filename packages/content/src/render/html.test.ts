import { escapeHTML } from "@portabletext/to-html";
import { toString as hastToString } from "hast-util-to-string";
import { describe, expect, it } from "vitest";
import { block, classOf, custom, elements, linkBlock, parse } from "../../test/render-helpers.js";
import { ContentError } from "../errors.js";
import { maxListLevel } from "../portable-text/read.js";
import { externalLinkHint, htmlSanitizeSchema, renderHtml } from "./html.js";

const body = (text: string) => [block([text])];
const resolveLink = (id: string) =>
  ({ "section-3-4": { href: "/toolkit/wonen/", title: "Wonen" }, "tool-1": { href: "/tools/budget/" } })[id];

describe("renderHtml: text blocks", () => {
  it("01 renders paragraphs, headings, quotes, lists and marks like to-html", () => {
    const { html } = renderHtml([
      block(["Een ", ["vette", "strong"], " en ", ["schuine", "em"], " zin."]),
      block(["Kop"], { style: "h2" }),
      block(["Citaat"], { style: "blockquote" }),
      block(["een"], { listItem: "bullet" }),
      block(["twee"], { listItem: "bullet" }),
      block(["diep"], { listItem: "number", level: 2 }),
    ]);
    expect(html).toBe(
      '<p>Een <strong>vette</strong> en <em>schuine</em> zin.</p><h2 id="kop">Kop</h2><blockquote>Citaat</blockquote>' +
        "<ul><li>een</li><li>twee<ol><li>diep</li></ol></li></ul>",
    );
  });

  it("02 escapes text and keeps hard breaks", () => {
    const { html } = renderHtml([block(["a <b>&</b>\nc"])]);
    expect(html).toBe("<p>a &#x3C;b>&#x26;&#x3C;/b><br>c</p>");
    expect(hastToString(parse(html))).toBe("a <b>&</b>c");
  });

  it("02b removes characters HTML does not allow (controls, noncharacters, lone surrogates), keeps the rest", () => {
    const { html } = renderHtml([block(["a\u0000b\u0008c\u001bd\u007fe\u0085f\ufdd0g\ud800h\tij\u00e9"])]);
    expect(html).toBe("<p>abcdefgh\tij\u00e9</p>");
  });

  it("02c shows list items deeper than maxListLevel at that level, and a styled item that skips levels as plain", () => {
    const top = block(["boven"], { listItem: "bullet" });
    const at = (level: number, style?: string) => [
      top,
      block(["diep"], { listItem: "bullet", level, ...(style ? { style } : {}) }),
    ];
    expect(renderHtml(at(40)).html).toBe(renderHtml(at(maxListLevel)).html);
    expect(renderHtml(at(40, "h2")).html).toBe(renderHtml(at(maxListLevel)).html);
    expect(renderHtml(at(3, "h2")).html).toBe("<ul><li>boven<ul><li><ul><li>diep</li></ul></li></ul></li></ul>");
    const inTip = (level: number) => [custom("tip", { body: at(level, "h2") })];
    expect(renderHtml(inTip(40)).html).toBe(renderHtml(inTip(maxListLevel)).html);
    expect(renderHtml(at(2, "h2")).html).toBe('<ul><li>boven<ul><li><h2 id="diep">diep</h2></li></ul></li></ul>');
  });

  it("03 gives empty input empty output and drops empty headings and unknown blocks", () => {
    expect(renderHtml([])).toEqual({ html: "", toc: [] });
    expect(renderHtml(undefined)).toEqual({ html: "", toc: [] });
    const { html } = renderHtml([block(["  "], { style: "h2" }), custom("mystery", { text: "geheim" }), block(["x"])]);
    expect(html).toBe("<p>x</p>");
  });

  it("03b an entry that is not a block is a ContentError naming document and field; bad spans are left out", () => {
    const broken = [block(["a"]), null];
    expect(() => renderHtml(broken, { documentId: "tool-1" })).toThrow(ContentError);
    expect(() => renderHtml(broken, { documentId: "tool-1" })).toThrow(
      "document tool-1, field body[1]: Portable Text entry is null, not a block",
    );
    expect(renderHtml([{ _type: "block", _key: "a", children: [null, { _type: "span", text: "b" }] }]).html).toBe(
      "<p>b</p>",
    );
  });

  it("04 unknown marks keep their words and nothing else", () => {
    const { html } = renderHtml([
      block([["woord", "abc"], " en ", ["meer", "highlight"]], { markDefs: [{ _key: "abc", _type: "footnote" }] }),
    ]);
    expect(html).toBe("<p>woord en meer</p>");
  });

  it("05 shifts headings with headingOffset and keeps them within h1-h6", () => {
    const { html, toc } = renderHtml([block(["A"], { style: "h2" }), block(["B"], { style: "h6" })], {
      headingOffset: 1,
    });
    expect(html).toBe('<h3 id="a">A</h3><h6 id="b">B</h6>');
    expect(toc).toEqual([{ id: "a", text: "A", level: 3 }]);
  });
});

describe("renderHtml: heading ids and table of contents", () => {
  it("06 gives readable, Dutch-friendly, unique ids and lists h2-h4", () => {
    const { html, toc } = renderHtml([
      block(["Één café & meer"], { style: "h2" }),
      block(["Wat is het OCMW/CPAS?"], { style: "h3" }),
      block(["Wat is het OCMW/CPAS?"], { style: "h3" }),
      block(["3 stappen"], { style: "h4" }),
      block(["Reünie in België"], { style: "h5" }),
      block(["Zo'n ", ["vraag", "em"]], { style: "h2" }),
    ]);
    expect(toc).toEqual([
      { id: "een-cafe-en-meer", text: "Één café & meer", level: 2 },
      { id: "wat-is-het-ocmw-cpas", text: "Wat is het OCMW/CPAS?", level: 3 },
      { id: "wat-is-het-ocmw-cpas-2", text: "Wat is het OCMW/CPAS?", level: 3 },
      { id: "kop-3-stappen", text: "3 stappen", level: 4 },
      { id: "zon-vraag", text: "Zo'n vraag", level: 2 },
    ]);
    expect(html).toContain('<h5 id="reunie-in-belgie">');
    const ids = elements(parse(html)).map((node) => node.properties.id);
    expect(new Set(ids.filter(Boolean)).size).toBe(6);
  });

  it("07 is stable: the same input gives the same ids on every call", () => {
    const input = [block(["Vraag"], { style: "h2" }), block(["Vraag"], { style: "h2" })];
    const first = renderHtml(input);
    expect(renderHtml(input)).toEqual(first);
    expect(first.toc.map((entry) => entry.id)).toEqual(["vraag", "vraag-2"]);
  });

  it("08 leaves the external-link hint out of the table of contents", () => {
    const heading = block([["Meer info", "l"]], {
      style: "h2",
      markDefs: [{ _key: "l", _type: "link", href: "https://example.org" }],
    });
    const { toc, html } = renderHtml([heading]);
    expect(toc).toEqual([{ id: "meer-info", text: "Meer info", level: 2 }]);
    expect(html).toContain(externalLinkHint);
  });
});

describe("renderHtml: links", () => {
  it("09 marks external links: rel, class and a visually hidden hint", () => {
    const { html } = renderHtml([linkBlock("de site", "https://example.org/a?b=1&c=2")]);
    expect(html).toBe(
      '<p>before <a href="https://example.org/a?b=1&#x26;c=2" class="external-link" rel="noopener noreferrer">de site' +
        '<span class="visually-hidden"> (externe link)</span></a> after</p>',
    );
  });

  it("09b marks external links at any depth: in list items and inside custom blocks", () => {
    const item = { ...linkBlock("in lijst", "https://a.example"), listItem: "bullet", level: 1 };
    const { html } = renderHtml([item, custom("callout", { body: [linkBlock("in kader", "https://b.example")] })]);
    const links = elements(parse(html), "a");
    expect(links.map((a) => [a.properties.href, a.properties.rel, classOf(a)])).toEqual([
      ["https://a.example", ["noopener", "noreferrer"], ["external-link"]],
      ["https://b.example", ["noopener", "noreferrer"], ["external-link"]],
    ]);
    expect(links.map((a) => hastToString(a))).toEqual(["in lijst (externe link)", "in kader (externe link)"]);
  });

  it("10 keeps mailto, tel and relative links plain, lower-cases a scheme", () => {
    const hrefs = (href: string) =>
      elements(parse(renderHtml([linkBlock("x", href)]).html), "a").map((a) => [a.properties.href, classOf(a)]);
    expect(hrefs("mailto:info@example.org")).toEqual([["mailto:info@example.org", []]]);
    expect(hrefs("tel:+3221234567")).toEqual([["tel:+3221234567", []]]);
    expect(hrefs("/agenda/")).toEqual([["/agenda/", []]]);
    expect(hrefs("HTTPS://EXAMPLE.org")).toEqual([["https://EXAMPLE.org", ["external-link"]]]);
  });

  it("11 drops unsafe links and keeps their words", () => {
    for (const href of [
      "javascript:alert(1)",
      " java\tscript:alert(1)",
      "data:text/html,x",
      "vbscript:x",
      "",
      null,
      3,
    ]) {
      const { html } = renderHtml([linkBlock("woorden", href)]);
      expect(html, String(href)).toBe("<p>before woorden after</p>");
    }
  });

  it("12 resolves internal links to site URLs; unknown or unpublished targets keep only their words", () => {
    const internal = (ref: string) =>
      block(["Zie ", ["de paragraaf", "i"], "."], {
        markDefs: [{ _key: "i", _type: "internalLink", reference: { _type: "reference", _ref: ref } }],
      });
    expect(renderHtml([internal("section-3-4")], { resolveLink }).html).toBe(
      '<p>Zie <a href="/toolkit/wonen/">de paragraaf</a>.</p>',
    );
    expect(renderHtml([internal("drafts.section-9")], { resolveLink }).html).toBe("<p>Zie de paragraaf.</p>");
    expect(renderHtml([internal("section-3-4")]).html).toBe("<p>Zie de paragraaf.</p>");
    const evil = () => ({ href: "javascript:alert(1)" });
    expect(renderHtml([internal("section-3-4")], { resolveLink: evil }).html).toBe("<p>Zie de paragraaf.</p>");
  });
});

describe("renderHtml: custom blocks", () => {
  it("13 tip: a note with a label and optional title", () => {
    expect(renderHtml([custom("tip", { title: "Bel eerst", body: body("Tekst") })]).html).toBe(
      '<div class="tip" role="note"><p class="tip__title"><strong>Tip: Bel eerst</strong></p><p>Tekst</p></div>',
    );
    expect(renderHtml([custom("tip", { body: body("Tekst") })]).html).toContain("<strong>Tip</strong>");
  });

  it("14 practice example: title, body and the organisation the query dereferenced", () => {
    const { html } = renderHtml([
      custom("practiceExample", {
        title: "Huiswerkklas",
        organisation: { name: "Buren & Co" },
        body: body("Elke dinsdag."),
      }),
    ]);
    expect(html).toBe(
      '<div class="practice-example" role="note"><p class="practice-example__title"><strong>Praktijkvoorbeeld: Huiswerkklas</strong></p>' +
        '<p>Elke dinsdag.</p><p class="practice-example__source">Uit de praktijk van Buren &#x26; Co</p></div>',
    );
    // Only the dereferenced organisation is named (the package's queries dereference it): a bare reference is not.
    const byRef = renderHtml([custom("practiceExample", { title: "X", organisation: { _ref: "tool-1" }, body: [] })], {
      resolveLink: () => ({ href: "/", title: "Vzw Thuis" }),
    });
    expect(byRef.html).not.toContain("Uit de praktijk");
  });

  it("15 callout: tone as class and in words; unknown tones are info", () => {
    const tones = ["info", "warning", "important", 'bogus" onclick="x'].map(
      (tone) => renderHtml([custom("callout", { tone, title: "Let hierop", body: body("T") })]).html,
    );
    expect(tones[0]).toBe(
      '<div class="callout callout--info" role="note"><p class="callout__title"><strong>Info: Let hierop</strong></p><p>T</p></div>',
    );
    expect(tones[1]).toContain('class="callout callout--warning"');
    expect(tones[1]).toContain("Let op: Let hierop");
    expect(tones[2]).toContain("Belangrijk: Let hierop");
    expect(tones[3]).toBe(tones[0]);
  });

  it("16 checklist: a list of items with notes; empty items left out", () => {
    const { html } = renderHtml([
      custom("checklist", {
        title: "Na de erkenning",
        items: [{ text: "Adres <wijzigen>", note: "Binnen 8 dagen" }, { text: "" }, { text: "Bank" }],
      }),
    ]);
    expect(html).toBe(
      '<div class="checklist"><p class="checklist__title"><strong>Na de erkenning</strong></p><ul>' +
        '<li>Adres &#x3C;wijzigen> <span class="checklist__note">Binnen 8 dagen</span></li><li>Bank</li></ul></div>',
    );
    expect(renderHtml([custom("checklist", { items: [] })]).html).toBe("");
  });

  it("17 image: figure with alt text and caption, lazy loaded", () => {
    const { html } = renderHtml([
      custom("image", { url: "/media/kaart.svg", alt: 'Een "kaart"', caption: "Bron: stad" }),
    ]);
    expect(html).toBe(
      '<figure class="image"><img src="/media/kaart.svg" alt="Een &#x22;kaart&#x22;" loading="lazy" decoding="async">' +
        "<figcaption>Bron: stad</figcaption></figure>",
    );
  });

  it("18 image: no alt text or no url is a ContentError naming document and field; an unsafe url no image", () => {
    const missingAlt = () =>
      renderHtml([{ _type: "image", _key: "img1", url: "/a.png", alt: " " }], { documentId: "section-3-4" });
    expect(missingAlt).toThrow(ContentError);
    expect(missingAlt).toThrow('document section-3-4, field [_key=="img1"].alt: image has no alt text');
    expect(() => renderHtml([{ _type: "image", _key: "img2", alt: "x" }])).toThrow(/\[_key=="img2"\]\.url/);
    expect(renderHtml([custom("image", { url: "javascript:alert(1)", alt: "x" })]).html).toBe("");
    expect(renderHtml([custom("image", { url: "file:///etc/passwd", alt: "x" })]).html).toBe("");
  });

  it("19 nested bodies use the same link resolver", () => {
    const inner = block([["hier", "i"]], {
      markDefs: [{ _key: "i", _type: "internalLink", reference: { _ref: "tool-1" } }],
    });
    const { html } = renderHtml([custom("tip", { body: [inner] })], { resolveLink });
    expect(html).toContain('<a href="/tools/budget/">hier</a>');
  });
});

describe("renderHtml: your own components", () => {
  it("20 override a custom block, a mark and a block style; the rest stays ours", () => {
    const { html } = renderHtml(
      [
        custom("tip", { title: "T", body: body("Binnen") }),
        block([["x", "strong"]]),
        block(["Kop"], { style: "h2" }),
        custom("callout", { body: body("C") }),
      ],
      {
        components: {
          types: {
            tip: ({ value, renderBody }) =>
              `<div class="tip"><p>${escapeHTML(String(value.title))}!</p>${renderBody(value.body)}</div>`,
          },
          marks: { strong: ({ children }) => `<em>${children}</em>` },
          block: { h2: ({ children }) => `<h2>§ ${children}</h2>` },
        },
      },
    );
    expect(html).toBe(
      '<div class="tip"><p>T!</p><p>Binnen</p></div><p><em>x</em></p><h2 id="kop">§ Kop</h2>' +
        '<div class="callout callout--info" role="note"><p class="callout__title"><strong>Info</strong></p><p>C</p></div>',
    );
  });

  it("21 their output is sanitised too; a wider schema lets more through", () => {
    const components = { types: { video: () => '<video src="https://x/v.mp4"></video><b onclick="x()">b</b>' } };
    expect(renderHtml([custom("video")], { components }).html).toBe("b");
    const schema = {
      ...htmlSanitizeSchema,
      tagNames: [...(htmlSanitizeSchema.tagNames ?? []), "video"],
      attributes: { ...htmlSanitizeSchema.attributes, video: ["src"] },
    };
    expect(renderHtml([custom("video")], { components, schema }).html).toBe('<video src="https://x/v.mp4"></video>b');
  });
});
