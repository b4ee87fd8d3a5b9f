/** Where a problem sits: a file and line for export input, a document id and field path for content. */
export interface ContentErrorLocation {
  /** Path of the export or Markdown file that holds the problem. */
  file?: string;
  /** 1-based line number in `file`. */
  line?: number;
  /** `_id` of the document that holds the problem. */
  documentId?: string;
  /** Field path inside the document, such as `body[3].items[0].text`. */
  path?: string;
}

/**
 * The one error type the package throws for bad content or bad input: the message names the place
 * (file:line, document id, field path) and what is wrong, so a CLI can print it as it is.
 */
export class ContentError extends Error {
  override readonly name = "ContentError";
  readonly location: ContentErrorLocation;
  /** The problem without the location prefix. */
  readonly problem: string;

  constructor(problem: string, location: ContentErrorLocation = {}, options?: { cause?: unknown }) {
    super(`${formatLocation(location)}${problem}`, options);
    this.problem = problem;
    this.location = location;
  }
}

/** `file:line: document <id>, field <path>: ` — each part only when known. */
export function formatLocation(location: ContentErrorLocation): string {
  const parts: string[] = [];
  if (location.file) parts.push(location.line ? `${location.file}:${location.line}` : location.file);
  if (location.documentId) parts.push(`document ${location.documentId}`);
  if (location.path) parts.push(`field ${location.path}`);
  return parts.length ? `${parts.join(", ")}: ` : "";
}
