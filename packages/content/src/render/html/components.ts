/**
 * Our `@portabletext/to-html` components: the block styles, marks and custom blocks of the Studio model (tip,
 * practice example, checklist, callout, image, external and internal links). Every string from content is escaped
 * here; every URL goes through `safeUrl`. The sanitiser in `html.ts` allows exactly the markup written here.
 */
import {
  escapeHTML,
  type PortableTextBlockComponent,
  type PortableTextHtmlComponents,
  type PortableTextMarkComponent,
  type PortableTextTypeComponent,
  type PortableTextTypeComponentOptions,
  toHTML,
} from "@portabletext/to-html";
import { ContentError } from "../../errors.js";
import { imageSchemes, internalHref, linkSchemes, type ResolveLink, safeUrl } from "../links.js";
import { repairListItems } from "./list-items.js";

/** Options of a custom block component: to-html's, plus `renderBody` for nested Portable Text. */
export interface HtmlTypeComponentOptions<T = Record<string, unknown>> extends PortableTextTypeComponentOptions<T> {
  /** Renders a nested Portable Text array (a tip's `body`, …) with the same components and options. */
  renderBody(body: unknown): string;
}

/** A component for a custom block (`tip`, `callout`, …): returns HTML; escape what you insert (`escapeHTML`). */
export type HtmlTypeComponent = (options: HtmlTypeComponentOptions) => string;

/**
 * Components you can pass to `renderHtml`, merged over ours (same shape as `@portabletext/to-html`'s components;
 * custom block components also receive `renderBody`). Whatever they return still passes the sanitiser.
 */
export interface HtmlComponents {
  /** Custom blocks by `_type` (`tip`, `practiceExample`, `checklist`, `callout`, `image`, or your own). */
  types?: Record<string, HtmlTypeComponent | undefined>;
  /** Decorators and annotations by name (`strong`, `em`, `link`, `internalLink`, …). */
  marks?: Record<string, PortableTextMarkComponent | undefined>;
  /** Block styles by name (`normal`, `h2`, `blockquote`, …), or one function for all. */
  block?: PortableTextHtmlComponents["block"];
  /** Lists by kind (`bullet`, `number`), or one function for all. */
  list?: PortableTextHtmlComponents["list"];
  /** List items, by kind or one function for all. */
  listItem?: PortableTextHtmlComponents["listItem"];
  /** A hard break (`\n` in a span); default `<br>`. */
  hardBreak?: PortableTextHtmlComponents["hardBreak"];
}

/** What a render call knows besides the content. */
export interface ComponentContext {
  resolveLink?: ResolveLink;
  headingOffset: number;
  documentId?: string;
}

/** Escapes text for HTML content (`&`, `<`, `>`, quotes; runs of spaces kept as `&nbsp;`), from `@portabletext/to-html`. */
export { escapeHTML };

/** Escapes a string for a double-quoted attribute value. */
export const escapeAttribute = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;

const title = (block: string, label: string, value: unknown): string => {
  const own = text(value);
  return `<p class="${block}__title"><strong>${escapeHTML(own ? `${label}: ${own}` : label)}</strong></p>`;
};

/** Labels of the callout tones (the Studio's labels): the tone is said in words, not only in colour. */
export const calloutLabels = { info: "Info", warning: "Let op", important: "Belangrijk" } as const;

/** Builds the full component set for one render call (ours merged with the caller's). */
export function createComponents(
  context: ComponentContext,
  overrides: HtmlComponents = {},
): PortableTextHtmlComponents {
  let components: PortableTextHtmlComponents;
  const renderBody = (body: unknown): string =>
    Array.isArray(body) && body.length > 0
      ? toHTML(repairListItems(body) as typeof body, { components, onMissingComponent: false })
      : "";
  const where = (value: Record<string, unknown>, field: string) => ({
    ...(context.documentId ? { documentId: context.documentId } : {}),
    path: typeof value._key === "string" ? `[_key=="${value._key}"].${field}` : field,
  });

  const heading =
    (level: number): PortableTextBlockComponent =>
    ({ children, value }) => {
      const words = (value.children ?? []).map((child) => (typeof child.text === "string" ? child.text : "")).join("");
      if (words.trim() === "") return ""; // an empty heading helps nobody (and fails accessibility checks)
      const tag = `h${Math.min(6, Math.max(1, level + context.headingOffset))}`;
      return `<${tag}>${children ?? ""}</${tag}>`;
    };

  const types: Record<string, PortableTextTypeComponent> = {
    tip: ({ value }) =>
      `<div class="tip" role="note">${title("tip", "Tip", value.title)}${renderBody(value.body)}</div>`,
    practiceExample: ({ value }) => {
      const organisation = value.organisation as { name?: unknown; _ref?: unknown } | null | undefined;
      const name =
        text(organisation?.name) ??
        (typeof organisation?._ref === "string" ? text(context.resolveLink?.(organisation._ref)?.title) : undefined);
      const source = name ? `<p class="practice-example__source">Uit de praktijk van ${escapeHTML(name)}</p>` : "";
      return `<div class="practice-example" role="note">${title("practice-example", "Praktijkvoorbeeld", value.title)}${renderBody(value.body)}${source}</div>`;
    },
    callout: ({ value }) => {
      const tone: keyof typeof calloutLabels =
        value.tone === "warning" || value.tone === "important" ? value.tone : "info";
      return `<div class="callout callout--${tone}" role="note">${title("callout", calloutLabels[tone], value.title)}${renderBody(value.body)}</div>`;
    },
    checklist: ({ value }) => {
      const items = (Array.isArray(value.items) ? (value.items as Record<string, unknown>[]) : [])
        .filter((item) => text(item?.text))
        .map((item) => {
          const note = text(item.note);
          const noteHtml = note ? ` <span class="checklist__note">${escapeHTML(note)}</span>` : "";
          return `<li>${escapeHTML(text(item.text) as string)}${noteHtml}</li>`;
        });
      if (items.length === 0) return "";
      const heading = text(value.title);
      const head = heading ? `<p class="checklist__title"><strong>${escapeHTML(heading)}</strong></p>` : "";
      return `<div class="checklist">${head}<ul>${items.join("")}</ul></div>`;
    },
    image: ({ value }) => {
      const alt = text(value.alt);
      if (!alt) throw new ContentError("image has no alt text", where(value, "alt"));
      if (typeof value.url !== "string") throw new ContentError("image has no url (asset->url)", where(value, "url"));
      const src = safeUrl(value.url, imageSchemes);
      if (!src) return ""; // not an http(s) or site URL: no image rather than an unsafe one
      const caption = text(value.caption);
      return `<figure class="image"><img src="${escapeAttribute(src)}" alt="${escapeAttribute(alt)}" loading="lazy" decoding="async">${caption ? `<figcaption>${escapeHTML(caption)}</figcaption>` : ""}</figure>`;
    },
  };

  const userTypes: Record<string, PortableTextTypeComponent> = {};
  for (const [name, component] of Object.entries(overrides.types ?? {})) {
    if (component) userTypes[name] = (options) => component({ ...options, renderBody });
  }

  const ours: PortableTextHtmlComponents = {
    types: { ...types, ...userTypes },
    block: {
      normal: ({ children }) => `<p>${children ?? ""}</p>`,
      blockquote: ({ children }) => `<blockquote>${children ?? ""}</blockquote>`,
      h1: heading(1),
      h2: heading(2),
      h3: heading(3),
      h4: heading(4),
      h5: heading(5),
      h6: heading(6),
      ...(typeof overrides.block === "object" ? overrides.block : {}),
    },
    marks: {
      em: ({ children }) => `<em>${children}</em>`,
      strong: ({ children }) => `<strong>${children}</strong>`,
      code: ({ children }) => `<code>${children}</code>`,
      "strike-through": ({ children }) => `<del>${children}</del>`,
      link: ({ children, value }) => {
        const href = safeUrl((value as { href?: unknown } | undefined)?.href, linkSchemes);
        return href ? `<a href="${escapeAttribute(href)}">${children}</a>` : children;
      },
      internalLink: ({ children, value }) => {
        // Unknown or unpublished target: the words stay, the link does not.
        const href = internalHref((value as { reference?: unknown } | undefined)?.reference, context.resolveLink);
        return href ? `<a href="${escapeAttribute(href)}">${children}</a>` : children;
      },
      ...overrides.marks,
    },
    list:
      typeof overrides.list === "function"
        ? overrides.list
        : {
            number: ({ children }) => `<ol>${children ?? ""}</ol>`,
            bullet: ({ children }) => `<ul>${children ?? ""}</ul>`,
            ...overrides.list,
          },
    listItem: overrides.listItem ?? (({ children }) => `<li>${children ?? ""}</li>`),
    hardBreak: overrides.hardBreak ?? (() => "<br>"),
    escapeHTML,
    // Unknown content never shows up as a visible warning or as raw data.
    unknownType: () => "",
    unknownMark: ({ children }) => children,
    unknownBlockStyle: ({ children }) => `<p>${children ?? ""}</p>`,
    unknownList: ({ children }) => `<ul>${children ?? ""}</ul>`,
    unknownListItem: ({ children }) => `<li>${children ?? ""}</li>`,
  };
  if (typeof overrides.block === "function") ours.block = overrides.block;
  components = ours;
  return components;
}
