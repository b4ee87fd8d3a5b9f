/**
 * TEMPORARY stand-ins for package functions that are announced but not yet exported by `@gastvrij/content`
 * (`renderHtml`, `excerpt`). Each export prefers the package's own function as soon as it
 * exists; the fallbacks are deliberately minimal. Delete this file once the package exports them.
 */

import type { LinkTarget, RichTextItem } from "@gastvrij/content";
import * as contentPackage from "@gastvrij/content";
import type { TocEntry } from "./model";

type Resolve = (id: string) => LinkTarget | undefined;
const pkg = contentPackage as unknown as Record<string, unknown>;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

interface Span {
  _type: string;
  text?: string;
  marks?: string[];
}
interface Block {
  _type: string;
  _key: string;
  style?: string;
  listItem?: string;
  children?: Span[];
  markDefs?: { _key: string; _type: string; href?: string; reference?: { _ref: string } }[];
  [key: string]: unknown;
}

function slugId(text: string, used: Set<string>): string {
  const base =
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "kop";
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function plain(blocks: Block[]): string {
  return blocks
    .flatMap((block) => (block.children ?? []).map((span) => span.text ?? ""))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

function fallbackRender(items: RichTextItem[], resolve: Resolve): { html: string; toc: TocEntry[] } {
  const toc: TocEntry[] = [];
  const used = new Set<string>();
  const spans = (block: Block) =>
    (block.children ?? [])
      .map((span) => {
        let html = escapeHtml(span.text ?? "");
        for (const mark of span.marks ?? []) {
          if (mark === "strong" || mark === "em") html = `<${mark}>${html}</${mark}>`;
          const def = block.markDefs?.find((d) => d._key === mark);
          if (def?._type === "link" && def.href && /^(https?:|mailto:|tel:)/.test(def.href))
            html = `<a href="${escapeHtml(def.href)}">${html}</a>`;
          if (def?._type === "internalLink") {
            const target = def.reference ? resolve(def.reference._ref) : undefined;
            if (target) html = `<a href="${escapeHtml(target.href)}">${html}</a>`;
          }
        }
        return html;
      })
      .join("");
  const render = (list: Block[], withToc: boolean): string => {
    let out = "";
    let openList: string | undefined;
    for (const block of list) {
      const listTag =
        block._type === "block" && block.listItem ? (block.listItem === "number" ? "ol" : "ul") : undefined;
      if (openList && listTag !== openList) {
        out += `</${openList}>`;
        openList = undefined;
      }
      if (listTag) {
        if (!openList) out += `<${listTag}>`;
        openList = listTag;
        out += `<li>${spans(block)}</li>`;
        continue;
      }
      if (block._type === "block") {
        const style = block.style ?? "normal";
        if (/^h[2-4]$/.test(style)) {
          const text = plain([block]);
          const id = slugId(text, used);
          if (withToc) toc.push({ id, text, level: Number(style[1]) });
          out += `<${style} id="${id}">${spans(block)}</${style}>`;
        } else if (style === "blockquote") out += `<blockquote><p>${spans(block)}</p></blockquote>`;
        else out += `<p>${spans(block)}</p>`;
      } else if (block._type === "image") {
        const caption =
          typeof block.caption === "string" ? `<figcaption>${escapeHtml(block.caption)}</figcaption>` : "";
        out += `<figure><img src="${escapeHtml(String(block.url))}" alt="${escapeHtml(String(block.alt ?? ""))}" loading="lazy">${caption}</figure>`;
      } else if (block._type === "checklist") {
        const items = (block.items as { text: string; note?: string }[]) ?? [];
        const title = typeof block.title === "string" ? `<p><strong>${escapeHtml(block.title)}</strong></p>` : "";
        out += `<div class="checklist">${title}<ul>${items.map((i) => `<li>${escapeHtml(i.text)}${i.note ? ` <small>${escapeHtml(i.note)}</small>` : ""}</li>`).join("")}</ul></div>`;
      } else if (["tip", "callout", "practiceExample"].includes(block._type)) {
        const cls =
          block._type === "practiceExample"
            ? "practice-example"
            : block._type === "callout"
              ? `callout callout--${String(block.tone ?? "info")}`
              : "tip";
        const label = block._type === "tip" ? "Tip" : block._type === "practiceExample" ? "Praktijkvoorbeeld" : "";
        const title = [label, typeof block.title === "string" ? block.title : ""].filter(Boolean).join(": ");
        out += `<div class="${cls}" role="note">${title ? `<p><strong>${escapeHtml(title)}</strong></p>` : ""}${render((block.body as Block[]) ?? [], false)}</div>`;
      }
    }
    if (openList) out += `</${openList}>`;
    return out;
  };
  return { html: render(items as unknown as Block[], true), toc };
}

/** Portable Text to HTML with a table of contents (the package's `renderHtml` when available). */
export function renderHtml(items: RichTextItem[], resolveLink: Resolve): { html: string; toc: TocEntry[] } {
  const real = pkg.renderHtml as
    | ((items: RichTextItem[], options: { resolveLink: Resolve }) => { html: string; toc: unknown[] })
    | undefined;
  if (real) {
    const result = real(items, { resolveLink });
    return { html: result.html, toc: result.toc.map(toTocEntry) };
  }
  return fallbackRender(items, resolveLink);
}

function toTocEntry(entry: unknown): TocEntry {
  const e = entry as { id?: string; slug?: string; text?: string; title?: string; level?: number; depth?: number };
  return { id: e.id ?? e.slug ?? "", text: e.text ?? e.title ?? "", level: e.level ?? e.depth ?? 2 };
}

/** A short plain-text excerpt for meta descriptions (the package's `excerpt` when available). */
export function excerpt(items: RichTextItem[], length = 160): string {
  const real = pkg.excerpt as ((items: RichTextItem[], options?: { length?: number }) => string) | undefined;
  if (real) return real(items, { length });
  const text = plain(items as unknown as Block[]);
  return text.length <= length ? text : `${text.slice(0, text.lastIndexOf(" ", length - 1))}…`;
}
