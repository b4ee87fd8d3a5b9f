/**
 * The preview mode's request scope. The preview server (`gastvrij preview-server`) renders the site on request from
 * the drafts; its middleware runs each request inside `previewScope`, so that `content()` loads that request's content
 * once instead of the build's. In the static build nothing ever enters the scope.
 */
import { AsyncLocalStorage } from "node:async_hooks";

/** What one preview request shares between its page, its layout and its components. */
export interface PreviewRequest {
  /** What the editor chose in the Studio: the drafts (default) or the published content. */
  perspective: PreviewPerspective;
  /** The request's content, loaded on first use (typed by `lib/content.ts`). */
  content?: Promise<unknown>;
}

/** The perspectives the preview shows. */
export type PreviewPerspective = "drafts" | "published";

export const previewScope = new AsyncLocalStorage<PreviewRequest>();

/** The current preview request, or undefined outside the preview server (always in the static build). */
export function previewRequest(): PreviewRequest | undefined {
  return previewScope.getStore();
}
