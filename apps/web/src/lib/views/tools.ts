/** A tool's page and card. */
import { hrefFor, type Tool } from "@gastvrij/content";
import { given, themeLink } from "./links";
import type { PageRenderer } from "./render";
import type { ToolView } from "./types";

export function toolView(tool: Tool, renderer: PageRenderer): ToolView {
  return {
    title: tool.title,
    slug: tool.slug,
    href: hrefFor("tool", tool.slug),
    summary: tool.summary,
    description: tool.summary,
    whenToUse: given(tool.whenToUse),
    publisher: tool.publisher?.name,
    year: given(tool.year),
    themes: tool.themes.map(themeLink),
    audience: tool.audience,
    links: tool.links,
    files: tool.files.map((file) => renderer.download(file)),
    html: renderer.render(tool.body, tool._id).html,
    sample: tool.sample,
  };
}
