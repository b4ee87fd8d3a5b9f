// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { refreshPage } from "./refresh";

/** The preview's refresh after a change: the page as the server renders it now, in place, overlays kept. */
describe("refreshing the preview", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("puts the newly rendered body in place of the old one and keeps what lives outside it", async () => {
    document.title = "Oud · Gastvrij Netwerk";
    document.body.innerHTML = "<main><h1>Oude titel</h1></main>";
    const overlays = document.createElement("sanity-visual-editing");
    document.documentElement.append(overlays);
    const fetch = vi.fn(
      async () =>
        new Response("<!doctype html><title>Nieuw · Gastvrij Netwerk</title><main><h1>Nieuwe titel</h1></main>"),
    );
    vi.stubGlobal("fetch", fetch);
    vi.stubGlobal("scrollTo", () => {});
    await refreshPage();
    expect(fetch).toHaveBeenCalledWith(window.location.href, { credentials: "same-origin", cache: "no-store" });
    expect(document.querySelector("h1")?.textContent).toBe("Nieuwe titel");
    expect(document.title).toBe("Nieuw · Gastvrij Netwerk");
    expect(document.querySelector("sanity-visual-editing")).toBe(overlays);
  });

  it("reloads the page when it cannot be fetched", async () => {
    document.body.innerHTML = "<main><h1>Titel</h1></main>";
    vi.stubGlobal("fetch", async () => new Response("Niet gevonden", { status: 401 }));
    const reload = vi.fn();
    vi.stubGlobal("location", { href: "http://127.0.0.1/toolkit/x/", reload });
    await refreshPage();
    expect(reload).toHaveBeenCalledOnce();
    expect(document.querySelector("h1")?.textContent).toBe("Titel");
  });
});
