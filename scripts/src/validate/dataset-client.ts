import { createGroqEngine, type RawDocument } from "@gastvrij/content/sources";
import type { ValidationClient } from "@sanity/validation";

/**
 * A stand-in for the Sanity client that the Studio's validation rules ask (slug uniqueness, chapter numbers, …):
 * `fetch` answers GROQ from the documents of the dataset being validated (drafts included, as the raw perspective
 * does), with groq-js. Nothing goes over the network; anything else a rule might use throws.
 */
export function createDatasetClient(documents: readonly RawDocument[]): ValidationClient {
  const engine = createGroqEngine(documents, { resultCacheSize: 0 });
  const unsupported = (what: string) => () => {
    throw new Error(`the offline validation client does not support ${what}`);
  };
  const client = {
    fetch: (query: string, params?: Record<string, unknown>) => engine.query(query, params ?? {}),
    getDataUrl: (operation: string, path?: string) => `offline://data/${operation}/${path ?? ""}`,
    observable: { fetch: unsupported("observable.fetch"), request: unsupported("observable.request") },
    withConfig: () => client,
  };
  return client as unknown as ValidationClient;
}
