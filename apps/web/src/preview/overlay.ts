/**
 * Click-to-edit in the Studio's Presentation tool: the overlays of `@sanity/visual-editing` find the titles the preview
 * hid edit links in (stega) and open that field in the Studio; the Studio's navigation follows the preview and the
 * other way round, and a change to a draft reloads the page. Injected into every page of the preview build only.
 */
import { enableVisualEditing } from "@sanity/visual-editing";

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
});
