import type { QueryParams } from "./groq-engine.js";

/**
 * What the typed functions need from a back end: answer a GROQ query with the published perspective. The local
 * source (an export, the default) and the live source (the Sanity API) both implement it and give the same results.
 */
export interface ContentSource {
  /** `local` (an export read from disk) or `live` (the Content Lake). */
  readonly kind: "local" | "live";
  /** Where the content comes from, for messages: a dataset path or `project/dataset`. */
  readonly description: string;
  /** Runs a GROQ query against published documents only and returns its JSON result. */
  fetch<T = unknown>(query: string, params?: QueryParams): Promise<T>;
  /**
   * Where a document is stored, for error messages: the export file and line of a local source. Optional; sources
   * without files (live) leave it out.
   */
  locate?(documentId: string): { file: string; line?: number } | undefined;
}
