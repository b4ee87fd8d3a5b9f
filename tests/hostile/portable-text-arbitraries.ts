/**
 * fast-check arbitraries of random, often malformed Portable Text for the property tests of the renderers: deep
 * nesting (lists, custom blocks in custom blocks), unknown block and mark types, missing `_key`s and children, null
 * entries, annotations pointing nowhere, hostile URLs and text, and now and then very long text.
 */
import type { PrintLinkTarget } from "@gastvrij/content/print";
import fc from "fast-check";

/** Document ids the link resolvers know. */
export const knownIds = ["section-a", "section-b", "supplement-a", "tool-a", "event-a", "org-a"] as const;
/** What the known ids resolve to (the link targets of the print renderer's context). */
export const targets: Record<string, PrintLinkTarget> = {
  "section-a": { _type: "toolkitSection", title: "Wonen", number: "3.4", href: "/toolkit/wonen/" },
  "section-b": { _type: "toolkitSection", title: "Werk", number: "3.5", href: "/toolkit/werk/" },
  "supplement-a": { _type: "toolkitSupplement", title: "Energie", href: "/toolkit/bijlage/energie/" },
  "tool-a": { _type: "tool", title: "Budgetplanner", href: "/tools/budgetplanner/" },
  "event-a": { _type: "event", title: "Netwerkdag", href: "/agenda/netwerkdag/" },
  "org-a": { _type: "organisation", title: "Buren zonder grenzen" },
};
// ---------------------------------------------------------------------------------------------------------------
// Arbitraries

const hostileText = fc.constantFrom(
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  '#read("/etc/passwd")',
  '#eval("1")',
  "$x^2$ *b* _i_ @label <label> // c /* c */ \\",
  "]]>{{}}`{x}`",
  "\u0000\u0008\u001b\u007f\u2028\u2029\uFEFF\u202E",
  "مرحبا Привет 你好 🧭👩🏽‍🦱",
  "",
  " ",
  "\n\n\t",
);
/** Text: short random strings, hostile strings, and now and then a very long one. */
const text = fc.oneof(
  { weight: 6, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 2, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.integer({ min: 2_000, max: 60_000 }).map((n) => "lange tekst ".repeat(n / 12)) },
);
const maybeKey = fc.option(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("k1", "k2", "k3")), {
  nil: undefined,
});
/** The http(s) URLs among {@link hostileUrl}: where an image file could be loaded from (`loadPrintToolkit`). */
export const loadableUrls = [
  "https://example.org/a?b=1",
  "http://example.org/",
  'https://example.org/"><script>alert(1)</script>',
] as const;
const hostileUrl = fc.constantFrom(
  "https://example.org/a?b=1",
  "http://example.org/",
  "mailto:info@example.org",
  "tel:+3221234567",
  "javascript:alert(1)",
  " JaVaScRiPt:alert(1)",
  "jav\tascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "//evil.example/",
  "/relatief",
  "",
  'https://example.org/"><script>alert(1)</script>',
);
const weird = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.string({ maxLength: 5 }),
  fc.constant([]),
  fc.constant({}),
);

/** Removes `undefined` fields (they stand for a missing field). */
const compact = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

const markDef = fc
  .record({
    _type: fc.constantFrom("link", "internalLink", "comment", "", "link"),
    _key: maybeKey,
    href: fc.option(hostileUrl, { nil: undefined }),
    reference: fc.option(
      fc.record({ _type: fc.constant("reference"), _ref: fc.oneof(fc.constantFrom(...knownIds), fc.string()) }),
      { nil: undefined },
    ),
  })
  .map(compact);

const span = fc
  .record({
    _type: fc.constantFrom("span", "span", "span", "inlineWidget"),
    _key: maybeKey,
    text: fc.option(text, { nil: undefined, freq: 10 }),
    marks: fc.option(
      fc.array(fc.oneof(fc.constantFrom("strong", "em", "code", "underline", "k1", "k2", "k3"), fc.string()), {
        maxLength: 4,
      }),
      { nil: undefined, freq: 8 },
    ),
  })
  .map(compact);

const textBlock = (maxLevel: number) =>
  fc
    .record({
      _type: fc.constant("block"),
      _key: maybeKey,
      style: fc.option(fc.constantFrom("normal", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "weird"), {
        nil: undefined,
      }),
      listItem: fc.option(fc.constantFrom("bullet", "number", "square"), { nil: undefined, freq: 3 }),
      level: fc.option(fc.oneof(fc.integer({ min: -2, max: maxLevel }), fc.constant(1.5)), { nil: undefined, freq: 2 }),
      children: fc.option(
        fc.array(fc.oneof({ weight: 8, arbitrary: span }, { weight: 1, arbitrary: weird }), { maxLength: 6 }),
        {
          nil: undefined,
          freq: 12,
        },
      ),
      markDefs: fc.option(
        fc.array(fc.oneof({ weight: 8, arbitrary: markDef }, { weight: 1, arbitrary: weird }), { maxLength: 3 }),
        {
          nil: undefined,
          freq: 6,
        },
      ),
    })
    .map(compact);

/** One entry of a random Portable Text array: usually a block, sometimes not even an object. */
export type Item = Record<string, unknown> | null | undefined | number | string | readonly unknown[];

/** A Portable Text array with custom blocks nested in custom blocks up to `depth` levels. */
const portableTextOf = (maxLevel: number) =>
  fc.letrec<{ portableText: Item[]; item: Item }>((tie) => ({
    portableText: fc.array(tie("item"), { maxLength: 8, depthIdentifier: "pt" }),
    item: fc.oneof(
      { depthSize: "small", withCrossShrink: true, depthIdentifier: "pt" },
      { weight: 10, arbitrary: textBlock(maxLevel) },
      {
        weight: 2,
        arbitrary: fc
          .record({
            _type: fc.constantFrom("tip", "callout", "practiceExample"),
            _key: maybeKey,
            title: fc.option(text, { nil: undefined }),
            tone: fc.option(fc.constantFrom("info", "warning", "important", "loud"), { nil: undefined }),
            organisation: fc.option(
              fc.oneof(
                // As the queries give it: dereferenced (`organisation->{_id, name}`), null when the target is missing.
                fc.record({ _id: fc.constantFrom("org-a", "org-missing"), name: text }),
                fc.constant(null),
                // As stored (a reference nobody dereferenced), or malformed.
                fc.record({ _type: fc.constant("reference"), _ref: fc.constantFrom("org-a", "org-missing") }),
                fc.record({ name: fc.oneof(text, weird) }),
              ),
              { nil: undefined },
            ),
            body: fc.oneof({ weight: 6, arbitrary: tie("portableText") }, { weight: 1, arbitrary: weird }),
          })
          .map(compact),
      },
      {
        weight: 1,
        arbitrary: fc
          .record({
            _type: fc.constant("checklist"),
            _key: maybeKey,
            title: fc.option(text, { nil: undefined }),
            items: fc.oneof(
              fc.array(
                fc.oneof(
                  fc
                    .record({
                      _type: fc.constant("checklistItem"),
                      _key: maybeKey,
                      text,
                      note: fc.option(text, { nil: undefined }),
                    })
                    .map(compact),
                  weird,
                ),
                { maxLength: 5 },
              ),
              weird,
            ),
          })
          .map(compact),
      },
      {
        weight: 1,
        arbitrary: fc
          .record({
            _type: fc.constant("image"),
            _key: maybeKey,
            alt: fc.option(text, { nil: undefined, freq: 5 }),
            caption: fc.option(text, { nil: undefined }),
            url: fc.option(hostileUrl, { nil: undefined }),
            asset: fc.option(
              fc.record({ _type: fc.constant("reference"), _ref: fc.constantFrom("image-ok-svg", "image-missing") }),
              { nil: undefined, freq: 5 },
            ),
          })
          .map(compact),
      },
      {
        weight: 1,
        arbitrary: fc.record({ _type: fc.string({ maxLength: 12 }), _key: maybeKey, data: text }).map(compact),
      },
      { weight: 1, arbitrary: weird },
    ),
  })).portableText;

/** Options of {@link portableTextDocuments}. */
export interface PortableTextDocumentOptions {
  /** Highest list `level` (the Studio lets editors indent a few levels; hostile input goes far deeper). */
  maxListLevel?: number;
}

/** Random documents: one Portable Text array each (the top level of a `body`). */
export function portableTextDocuments(options: PortableTextDocumentOptions = {}): fc.Arbitrary<Item[]> {
  return portableTextOf(options.maxListLevel ?? 25) as fc.Arbitrary<Item[]>;
}

/** Random documents with list levels up to 25. */
export const documentArbitrary = portableTextDocuments();
