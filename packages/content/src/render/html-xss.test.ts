// XSS corpus through the whole HTML pipeline: every text payload in every text field, every URL payload in every URL
// field. The output is checked by parsing it (rehype-parse, hast), not by searching the string.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Element, Root } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import { describe, expect, it } from "vitest";
import { block, custom, elements, linkBlock, parse } from "../../test/render-helpers.js";
import { renderHtml } from "./html.js";

const corpus = fileURLToPath(new URL("../../../../../shared/corpora/xss/", import.meta.url));

function payloads(name: string): string[] | undefined {
  const file = `${corpus}${name}`;
  if (!existsSync(file)) {
    if (process.env.CI === "true") throw new Error(`XSS corpus missing: ${file}`);
    console.warn(`no XSS corpus at ${file}: skipped`);
    return undefined;
  }
  // One payload a line; a line may hold literal TABs on purpose, so only the line ending is removed.
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.replace(/\r$/, ""))
    .filter((line) => line !== "");
}

const forbiddenElements = new Set(["script", "iframe", "object", "embed", "style", "base", "form", "meta", "link"]);
const urlAttributes = ["href", "src", "action", "formAction", "poster", "cite", "background", "srcSet", "xLinkHref"];
// Whitespace and control characters removed, as a browser's URL parser would (and more).
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const squeeze = (url: string) => url.replace(/[\u0000-\u0020\u007f-\u00a0\u2000-\u200f\u2028\u2029\ufeff]/g, "");

/** Every way the tree could run script; empty when it cannot. */
function dangers(tree: Root): string[] {
  const found: string[] = [];
  for (const node of elements(tree)) {
    if (forbiddenElements.has(node.tagName)) found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${node.tagName}[${name}]`);
      if (name === "style") found.push(`${node.tagName}[style]`);
      if (urlAttributes.includes(name)) {
        const url = squeeze(String(Array.isArray(value) ? value.join(" ") : value)).toLowerCase();
        if (/^(javascript|data|vbscript|livescript):/.test(url)) found.push(`${node.tagName}[${name}=${url}]`);
      }
    }
  }
  return found;
}

/** Text inside elements with `className` `name` (first match). */
function textOf(tree: Root, predicate: (node: Element) => boolean): string[] {
  return elements(tree)
    .filter(predicate)
    .map((node) => hastToString(node));
}

const has = (className: string) => (node: Element) =>
  Array.isArray(node.properties.className) && node.properties.className.includes(className);

describe("XSS: text payloads", () => {
  const lines = payloads("xss-text-payloads.txt");

  it.runIf(lines)("appear as literal text in spans, titles, checklist items, alt texts and captions", () => {
    for (const payload of lines ?? []) {
      const input = [
        block([payload, [payload, "strong"]]),
        block([payload], { style: "h2" }),
        custom("tip", { title: payload, body: [block([payload])] }),
        custom("callout", { tone: payload, title: payload, body: [block([payload])] }),
        custom("practiceExample", { title: payload, organisation: { name: payload }, body: [block([payload])] }),
        custom("checklist", { title: payload, items: [{ text: payload, note: payload }] }),
        custom("image", { url: "/media/x.png", alt: payload, caption: payload }),
      ];
      const { html, toc } = renderHtml(input);
      const tree = parse(html);
      expect(dangers(tree), payload).toEqual([]);
      // Titles, bodies and captions read back as the payload itself; whitespace runs may become no-break spaces.
      const plain = (text: string) => text.replace(/\u00a0/g, " ").trim();
      const expected = payload.trim();
      expect(plain(textOf(tree, (node) => node.tagName === "p")[0] ?? ""), payload).toBe(`${payload}${payload}`.trim());
      if (expected !== "") expect(plain(toc[0]?.text ?? ""), payload).toBe(expected.replace(/\s+/g, " "));
      expect(plain(textOf(tree, has("tip__title"))[0] ?? ""), payload).toBe(expected ? `Tip: ${expected}` : "Tip");
      expect(plain(textOf(tree, has("checklist__note"))[0] ?? ""), payload).toBe(expected);
      expect(plain(textOf(tree, (node) => node.tagName === "figcaption")[0] ?? ""), payload).toBe(expected);
      const img = elements(tree, "img")[0];
      if (expected) expect(img?.properties.alt, payload).toBe(expected);
      // The callout's tone never leaks into markup.
      expect(
        elements(tree, "div").every((div) =>
          Object.keys(div.properties).every((k) => k === "className" || k === "role"),
        ),
        payload,
      ).toBe(true);
    }
  });
});

describe("XSS: URL payloads", () => {
  const lines = payloads("xss-href-payloads.txt");

  it.runIf(lines)("never become a script URL in a link or an image", () => {
    let links = 0;
    for (const payload of lines ?? []) {
      const internal = block([["intern", "i"]], {
        markDefs: [{ _key: "i", _type: "internalLink", reference: { _ref: "doc" } }],
      });
      const input = [
        linkBlock("link", payload),
        block([["link in tip", "l"]], { markDefs: [{ _key: "l", _type: "link", href: payload }] }),
        internal,
        custom("tip", { body: [linkBlock("nested", payload)] }),
        custom("image", { url: payload, alt: "alt" }),
      ];
      const { html } = renderHtml(input, { resolveLink: () => ({ href: payload }) });
      const tree = parse(html);
      expect(dangers(tree), JSON.stringify(payload)).toEqual([]);
      // The words of every link survive, whether the link does or not.
      expect(hastToString(tree), payload).toContain("before link after");
      links += elements(tree, "a").length;
    }
    // Not everything was thrown away: relative-looking payloads (no scheme) stay harmless links.
    expect(links).toBeGreaterThan(0);
  });
});

describe("the XSS checker itself", () => {
  it("finds script elements, event handlers and script URLs however they are written", () => {
    const html =
      '<script>x</script><img src=x onerror=alert(1)><a href=" JaVa&#x09;Script:alert(1)">a</a>' +
      '<a href="&#x01;data:text/html,x">b</a><iframe src="https://x"></iframe>';
    expect(dangers(parse(html))).toEqual([
      "<script>",
      "img[onError]",
      "a[href=javascript:alert(1)]",
      "a[href=data:text/html,x]",
      "<iframe>",
    ]);
  });
});
