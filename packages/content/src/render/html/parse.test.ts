import { describe, expect, it } from "vitest";
import { parse } from "../../../test/render-helpers.js";
import { parseHtmlFragment } from "./parse.js";

const withoutPositions = (tree: unknown) =>
  JSON.parse(JSON.stringify(tree, (key, value) => (key === "position" ? undefined : value)));

describe("parseHtmlFragment", () => {
  it("gives the tree rehype-parse gives (fragment mode), positions aside", () => {
    const samples = [
      "",
      "<p>a &amp; b &nbsp; c<br/>d</p>",
      '<h2 id="x">Kop</h2><ul><li>een<ol><li>twee</li></ol></li></ul>',
      '<div class="tip" role="note"><p class="tip__title"><strong>Tip</strong></p><p>t</p></div>',
      '<figure><img src="/a.png" alt="&quot;x&quot;" loading="lazy"><figcaption>c</figcaption></figure>',
      "<p>unclosed <em>em <strong>both</p><p>next",
      "<table><tr><td>foster parenting</td></tr></table>text<template><p>t</p></template>",
      "<script>alert(1)</script><svg><g onload=x></g></svg><!-- c --><math><mi>x</mi></math>",
    ];
    for (const html of samples) {
      expect(withoutPositions(parseHtmlFragment(html)), html).toEqual(withoutPositions(parse(html)));
    }
  });
});
