/**
 * The Portable Text → HTML renderers the benchmark compares: ours (`renderHtml` of @gastvrij/content) and bare
 * `toHTML` of @portabletext/to-html; plus `simpleHtml`, to-html with small components for our block types (kept
 * to compare Chromium's print with a plain HTML input).
 */

import { type LinkTarget, type RichTextItem, renderHtml } from "@gastvrij/content";
import { escapeHTML, toHTML, uriLooksSafe } from "@portabletext/to-html";

/** Resolves an internal link target by document id. */
export type ResolveLink = (id: string) => LinkTarget | undefined;
/** Portable Text in, HTML out. */
export type HtmlRenderer = (blocks: readonly RichTextItem[], resolveLink: ResolveLink) => string;

/** Our HTML pipeline: `renderHtml` of @gastvrij/content (components, link resolution, sanitising, heading ids). */
export const oursHtml: HtmlRenderer = (blocks, resolveLink) => renderHtml(blocks, { resolveLink }).html;

/** A Portable Text node as to-html takes it. */
type TypedObject = { _type: string; _key?: string };
type ToHtmlInput = Parameters<typeof toHTML>[0];
const asBlocks = (blocks: readonly RichTextItem[]) => blocks as unknown as TypedObject[];

/** Bare `toHTML`: the library's defaults, unknown block types skipped silently. */
export const bareToHtml: HtmlRenderer = (blocks) =>
  toHTML(asBlocks(blocks) as ToHtmlInput, { onMissingComponent: false });

interface Boxed extends TypedObject {
  title?: string;
  tone?: string;
  body?: TypedObject[];
  items?: { text: string; note?: string }[];
  url?: string;
  alt?: string;
  caption?: string;
}

/** to-html with plain components for tips, callouts, practice examples, checklists, images and internal links. */
export const simpleHtml: HtmlRenderer = (blocks, resolveLink) => {
  const render = (value: readonly TypedObject[]): string =>
    toHTML(value as ToHtmlInput, {
      onMissingComponent: false,
      components: {
        types: {
          tip: ({ value }: { value: Boxed }) => box("tip", "Tip", value),
          callout: ({ value }: { value: Boxed }) => box(`callout ${value.tone ?? "info"}`, "", value),
          practiceExample: ({ value }: { value: Boxed }) => box("example", "Praktijkvoorbeeld", value),
          checklist: ({ value }: { value: Boxed }) =>
            `<div class="checklist">${value.title ? `<p><strong>${escapeHTML(value.title)}</strong></p>` : ""}<ul>${(
              value.items ?? []
            )
              .map(
                (item) =>
                  `<li>☐ ${escapeHTML(item.text)}${item.note ? ` <small>${escapeHTML(item.note)}</small>` : ""}</li>`,
              )
              .join("")}</ul></div>`,
          image: ({ value }: { value: Boxed }) =>
            value.url
              ? `<figure><img src="${escapeHTML(value.url)}" alt="${escapeHTML(value.alt ?? "")}">${
                  value.caption ? `<figcaption>${escapeHTML(value.caption)}</figcaption>` : ""
                }</figure>`
              : "",
        },
        marks: {
          link: ({ children, value }: { children: string; value?: { href?: string } }) =>
            value?.href && uriLooksSafe(value.href) ? `<a href="${escapeHTML(value.href)}">${children}</a>` : children,
          internalLink: ({ children, value }: { children: string; value?: { reference?: { _ref?: string } } }) => {
            const target = value?.reference?._ref ? resolveLink(value.reference._ref) : undefined;
            return target ? `<a href="${escapeHTML(target.href)}">${children}</a>` : children;
          },
        },
      },
    });
  const box = (className: string, label: string, value: Boxed) => {
    const title = [label, value.title ?? ""].filter(Boolean).join(": ");
    return `<aside class="${className}">${title ? `<p><strong>${escapeHTML(title)}</strong></p>` : ""}${render(value.body ?? [])}</aside>`;
  };
  return render(asBlocks(blocks));
};
