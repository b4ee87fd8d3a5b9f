import type { Node } from "unist";
import { ContentError } from "../errors.js";
import type { MarkdownLocation } from "./types.js";

/** The 1-based line of `node` in the Markdown file (taking text that sits in front matter into account). */
export function lineOf(location: MarkdownLocation, node: Node | undefined): number | undefined {
  const line = node?.position?.start.line;
  return line === undefined ? undefined : line + (location.lineOffset ?? 0);
}

/** `{line}` for spreading into a record, or nothing when the node has no position. */
export function lineField(location: MarkdownLocation, node: Node | undefined): { line?: number } {
  const line = lineOf(location, node);
  return line === undefined ? {} : { line };
}

/** A ContentError naming the Markdown file, the line of `node` and the document. */
export function markdownError(location: MarkdownLocation, node: Node | undefined, problem: string): ContentError {
  return errorAt(location, lineOf(location, node), problem);
}

/** A ContentError naming the Markdown file, `line` and the document. */
export function errorAt(location: MarkdownLocation, line: number | undefined, problem: string): ContentError {
  return new ContentError(problem, {
    ...(location.file ? { file: location.file } : {}),
    ...(line !== undefined ? { line } : {}),
    ...(location.documentId ? { documentId: location.documentId } : {}),
  });
}
