import type { Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).use(remarkDirective);

/** Parses Markdown (with YAML front matter, GFM and directives) to an mdast tree with positions. */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}
