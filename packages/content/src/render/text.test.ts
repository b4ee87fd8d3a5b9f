import { describe, expect, it } from "vitest";
import { block, custom } from "../../test/render-helpers.js";
import { excerpt, toPlainText } from "./text.js";

const doc = [
  block(["Wonen"], { style: "h2" }),
  block(["Een ", ["woning", "strong"], " vinden is\nniet makkelijk."]),
  block(["eerste punt"], { listItem: "bullet" }),
  custom("tip", { title: "Bel eerst", body: [block(["Maak een afspraak."])] }),
  custom("callout", { tone: "warning", body: [block(["Let op de termijn."])] }),
  custom("practiceExample", { title: "Huiswerkklas", body: [block(["Elke dinsdag."])] }),
  custom("checklist", { title: "Te doen", items: [{ text: "Adres", note: "binnen 8 dagen" }, { text: "Bank" }] }),
  custom("image", { url: "/a.png", alt: "Alt-tekst", caption: "Een kaart" }),
  custom("mystery", { text: "geheim" }),
];

describe("toPlainText", () => {
  it("gives the words of every block and custom block, lists as lines, no markup or URLs", () => {
    expect(toPlainText(doc)).toBe(
      [
        "Wonen",
        "Een woning vinden is\nniet makkelijk.",
        "- eerste punt",
        "Tip: Bel eerst",
        "Maak een afspraak.",
        "Let op",
        "Let op de termijn.",
        "Praktijkvoorbeeld: Huiswerkklas",
        "Elke dinsdag.",
        "Te doen",
        "- Adres (binnen 8 dagen)\n- Bank",
        "Een kaart",
      ].join("\n\n"),
    );
  });

  it("numbers the items of a numbered list and starts again after other text", () => {
    const steps = [
      block(["Bel"], { listItem: "number" }),
      block(["Schrijf"], { listItem: "number" }),
      block(["Tussendoor"]),
      block(["Opnieuw"], { listItem: "number" }),
      block(["los punt"], { listItem: "bullet" }),
    ];
    expect(toPlainText(steps)).toBe("1. Bel\n2. Schrijf\n\nTussendoor\n\n1. Opnieuw\n\n- los punt");
    expect(excerpt(steps)).toBe("Bel Schrijf Tussendoor Opnieuw los punt");
  });

  it("leaves headings out on request, and takes anything", () => {
    expect(toPlainText(doc, { skipHeadings: true }).startsWith("Een woning")).toBe(true);
    expect(toPlainText(undefined)).toBe("");
    expect(toPlainText("text")).toBe("");
    expect(toPlainText([null, 3, { _type: "block" }])).toBe("");
  });
});

describe("excerpt", () => {
  it("collapses whitespace, skips headings and keeps short text whole", () => {
    expect(excerpt(doc.slice(0, 2))).toBe("Een woning vinden is niet makkelijk.");
    expect(excerpt([block(["Alleen een kop"], { style: "h2" })])).toBe("Alleen een kop");
    expect(excerpt([])).toBe("");
  });

  it("cuts at a word boundary with an ellipsis, within the length", () => {
    const text = [block(["Een woning vinden is niet makkelijk, zeker niet in de stad."])];
    expect(excerpt(text, { length: 30 })).toBe("Een woning vinden is niet…");
    expect(excerpt(text, { length: 37 })).toBe("Een woning vinden is niet makkelijk…");
    expect(excerpt(text, { length: 13, ellipsis: "..." })).toBe("Een woning...");
    expect(excerpt(text, { length: 12, ellipsis: "..." })).toBe("Een...");
    for (let length = 1; length < 70; length += 1) {
      const cut = excerpt(doc, { length });
      expect(cut.length, String(length)).toBeLessThanOrEqual(length);
    }
  });

  it("cuts a single long word inside the word rather than returning nothing", () => {
    expect(excerpt([block(["wijkgezondheidscentrum"])], { length: 10 })).toBe("wijkgezon…");
  });
});
