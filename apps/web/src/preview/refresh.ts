/**
 * How the preview shows a changed draft without losing the editor's place: it fetches the page again (the server
 * renders it from the drafts) and puts the new body in place of the old one, keeping the scroll position and the
 * overlays (they live outside the body and find the new titles by themselves). A page that cannot be fetched is
 * reloaded instead.
 */
export async function refreshPage(): Promise<void> {
  const response = await fetch(window.location.href, { credentials: "same-origin", cache: "no-store" });
  if (!response.ok) {
    window.location.reload();
    return;
  }
  const next = new DOMParser().parseFromString(await response.text(), "text/html");
  const { scrollX, scrollY } = window;
  document.title = next.title;
  document.body.replaceWith(document.adoptNode(next.body));
  window.scrollTo(scrollX, scrollY);
}
