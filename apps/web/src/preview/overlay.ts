/**
 * Click-to-edit in the Studio's Presentation tool: the overlays of `@sanity/visual-editing` find the titles the preview
 * hid edit links in (stega) and open that field in the Studio; the Studio's navigation follows the preview and the
 * other way round, and a saved change to a draft shows on the page (`refresh.ts`). Injected into every page of the
 * preview build only.
 */
import { enableVisualEditing } from "@sanity/visual-editing";
import { refreshPage } from "./refresh";

enableVisualEditing({
  history: {
    subscribe(navigate) {
      navigate({ type: "push", url: `${location.pathname}${location.search}${location.hash}` });
      return () => {};
    },
    update(update) {
      if (update.type === "push" || update.type === "replace") location.assign(update.url);
      else if (update.type === "pop") history.back();
    },
  },
  // The Studio's refresh button, and every saved change to a document (Presentation waits a moment between them).
  refresh: () => refreshPage(),
  // The editor switched between the drafts and the published content: the server keeps the choice for the next pages.
  onPerspectiveChange: async (perspective) => {
    const response = await fetch("/_preview/perspective", {
      method: "POST",
      credentials: "same-origin",
      body: typeof perspective === "string" ? perspective : JSON.stringify(perspective),
    });
    if (response.ok && ((await response.json()) as { changed?: boolean }).changed) await refreshPage();
  },
});
