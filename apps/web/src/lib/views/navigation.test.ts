import type { MenuLink } from "@gastvrij/content";
import { describe, expect, it } from "vitest";
import { currentItem, defaultFooterLinks, defaultMainMenu, mainMenuItems, menuItems, searchItem } from "./navigation";

const link = (label: string, url: string | null, target: MenuLink["target"] = null): MenuLink => ({
  label,
  url,
  target,
});

describe("the menus from the site settings", () => {
  it("resolves a target through hrefFor and otherwise takes the address", () => {
    const items = menuItems(
      [
        link("Lid worden", null, { _id: "page-lid", _type: "page", slug: "lid-worden" }),
        link("Nieuws", "/nieuws/"),
        link("Bericht", null, { _id: "news-1", _type: "newsItem", slug: "nieuwe-toolkit" }),
        link("Elders", "https://example.org/"),
      ],
      defaultMainMenu,
    );
    expect(items).toEqual([
      { label: "Lid worden", href: "/lid-worden/" },
      { label: "Nieuws", href: "/nieuws/" },
      { label: "Bericht", href: "/nieuws/nieuwe-toolkit/" },
      { label: "Elders", href: "https://example.org/" },
    ]);
  });

  it("leaves out an item whose document is not published, and falls back when nothing is left", () => {
    expect(menuItems([link("Weg", null)], defaultMainMenu)).toEqual(defaultMainMenu);
    expect(menuItems([], defaultMainMenu)).toEqual(defaultMainMenu);
  });

  it("has the site's default main menu", () => {
    expect(defaultMainMenu.map((item) => item.label)).toEqual([
      "Toolkit",
      "Tools",
      "Agenda",
      "Nieuws",
      "Signalen",
      "Thema’s",
      "Zoeken",
    ]);
  });

  it("puts the PDF, the agenda subscription and the pages in the default footer", () => {
    expect(defaultFooterLinks([{ title: "Over ons", href: "/over-ons/" }])).toEqual([
      { label: "Toolkit als pdf", href: "/toolkit/gastvrij-netwerk-toolkit.pdf" },
      { label: "Agenda abonneren (ics)", href: "/agenda/agenda.ics" },
      { label: "Over ons", href: "/over-ons/" },
    ]);
  });
});

describe("the current item of the menu", () => {
  const items = [
    { label: "Home", href: "/" },
    { label: "Toolkit", href: "/toolkit/" },
    { label: "Bijlagen", href: "/toolkit/bijlage/" },
    { label: "Over ons", href: "/over-ons/" },
    { label: "Elders", href: "https://example.org/toolkit/" },
  ];

  it("is the item of the page itself", () => {
    expect(currentItem(items, "/")).toBe(0);
    expect(currentItem(items, "/over-ons/")).toBe(3);
    expect(currentItem(items, "/over-ons")).toBe(3);
  });

  it("is the part of the site the page is in, the most specific one", () => {
    expect(currentItem(items, "/toolkit/wonen/")).toBe(1);
    expect(currentItem(items, "/toolkit/bijlage/checklist/")).toBe(2);
  });

  it("is the parent page's item for a page under it, else none", () => {
    expect(currentItem(items, "/lid-worden/", "/over-ons/")).toBe(3);
    expect(currentItem(items, "/lid-worden/")).toBe(-1);
    expect(currentItem(items, "/agenda/")).toBe(-1);
  });
});

describe("mainMenuItems", () => {
  it("always ends with the search page, once", () => {
    const own = [{ label: "Agenda", url: "/agenda/", target: null }];
    expect(mainMenuItems(own).map((item) => item.href)).toEqual(["/agenda/", "/zoeken/"]);
    const withSearch = [...own, { label: "Zoek", url: "/zoeken/", target: null }];
    expect(mainMenuItems(withSearch).filter((item) => item.href === searchItem.href)).toHaveLength(1);
    expect(mainMenuItems([])).toEqual(defaultMainMenu);
  });
});
