/**
 * The Chromium side of the PDF benchmark: the same toolkit edition as `gastvrij export-pdf` prints (cover, intro,
 * colophon, contents, chapters, sections, supplements) as one HTML page with print CSS and the same fonts, its
 * bodies rendered by our HTML renderer (`renderHtml`), as the site renders them.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { openContent, type PortableText } from "@gastvrij/content";
import { printFontsDir } from "@gastvrij/content/print";
import { escapeHTML } from "@portabletext/to-html";
import { oursHtml } from "./html-renderer.js";

export interface PrintHtmlParams {
  dataset: string;
  out: string;
}

export interface PrintHtmlResult {
  file: string;
  bytes: number;
  sections: number;
  /** Which renderer made the bodies. */
  renderer: "renderHtml";
}

const font = (family: string, file: string, weight: number, style = "normal") =>
  `@font-face{font-family:"${family}";src:url("${pathToFileURL(join(printFontsDir, file)).href}");font-weight:${weight};font-style:${style}}`;

const css = `
${font("Source Sans 3", "SourceSans3_400Regular.ttf", 400)}
${font("Source Sans 3", "SourceSans3_400Regular_Italic.ttf", 400, "italic")}
${font("Source Sans 3", "SourceSans3_600SemiBold.ttf", 600)}
${font("Source Sans 3", "SourceSans3_700Bold.ttf", 700)}
@page{size:A4;margin:26mm 24mm 24mm}
body{font:10.5pt/1.45 "Source Sans 3",sans-serif;color:#1d2330;hyphens:auto}
h1,h2,h3,h4{color:#1f4e79;break-after:avoid}
.cover{break-after:page;padding-top:40mm}.cover h1{font-size:30pt}
.chapter{break-before:page}.chapter>h2{font-size:24pt}
section.section>h3{font-size:15pt}
aside{border-left:3pt solid #1f4e79;background:#f2f6fa;padding:4pt 10pt;margin:10pt 0;break-inside:avoid}
.checklist ul{list-style:none;padding-left:0}
figure{margin:10pt 0;break-inside:avoid}img{max-width:100%}
nav.toc{break-after:page}nav.toc li{list-style:none}
`;

/** Writes the print document of the newest edition of `dataset` to `out`. */
export async function writePrintHtml(params: PrintHtmlParams): Promise<PrintHtmlResult> {
  const content = await openContent({ dataset: params.dataset });
  const [edition, settings, resolveLink] = await Promise.all([
    content.getToolkitEdition(),
    content.getSiteSettings(),
    content.linkResolver(),
  ]);
  const render = (blocks: PortableText) => oursHtml(blocks, resolveLink);
  const text = (value: string | undefined | null) => escapeHTML(value ?? "");
  const parts: string[] = [
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${text(edition.title)}</title><style>${css}</style></head><body>`,
    `<div class="cover"><h1>${text(edition.title)}</h1><p>${text(edition.subtitle)}</p><p>${text(settings.organisationName)} · editie ${edition.editionNumber} · ${edition.year}</p></div>`,
    `<div class="intro">${render(edition.intro)}</div>`,
    `<div class="colophon">${render(edition.colophon)}<p>${text(edition.disclaimer)}</p></div>`,
    `<nav class="toc"><h2>Inhoud</h2><ol>`,
  ];
  for (const chapter of edition.chapters) {
    parts.push(`<li><a href="#${chapter._id}">${chapter.number} ${text(chapter.title)}</a><ol>`);
    for (const section of chapter.sections) {
      parts.push(`<li><a href="#${section._id}">${text(section.number)} ${text(section.title)}</a></li>`);
    }
    parts.push("</ol></li>");
  }
  parts.push("</ol></nav>");
  let sections = 0;
  for (const chapter of edition.chapters) {
    parts.push(`<div class="chapter" id="${chapter._id}"><h2>Hoofdstuk ${chapter.number}: ${text(chapter.title)}</h2>`);
    parts.push(`<p><em>${text(chapter.summary)}</em></p>${render(chapter.body)}`);
    for (const section of chapter.sections) {
      sections += 1;
      parts.push(
        `<section class="section" id="${section._id}"><h3>${text(section.number)} ${text(section.title)}</h3>${render(section.body)}`,
      );
      for (const supplement of section.supplements) {
        parts.push(
          `<section class="supplement"><h4>Bijlage: ${text(supplement.title)}</h4>${render(supplement.body)}</section>`,
        );
      }
      parts.push("</section>");
    }
    parts.push("</div>");
  }
  parts.push("</body></html>");
  const html = parts.join("\n");
  await writeFile(params.out, html);
  return { file: params.out, bytes: Buffer.byteLength(html), sections, renderer: "renderHtml" };
}
