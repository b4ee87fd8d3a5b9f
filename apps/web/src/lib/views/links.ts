/** Small shapes every page list uses: a link to a theme or a section, and the description of a page. */
import { excerpt, hrefFor, type PortableText, type ToolkitSectionSummary } from "@gastvrij/content";
import type { SectionSummary, ThemeLink } from "./types";

/** `null` (GROQ's "no value") as the pages' `undefined`. */
export const given = <T>(value: T | null): T | undefined => value ?? undefined;

export const themeLink = (theme: { title: string; slug: string }): ThemeLink => ({
  title: theme.title,
  slug: theme.slug,
  href: hrefFor("theme", theme.slug),
});

export const sectionSummary = (
  section: Pick<ToolkitSectionSummary, "title" | "slug" | "number" | "summary">,
): SectionSummary => ({
  title: section.title,
  slug: section.slug,
  href: hrefFor("toolkitSection", section.slug),
  number: section.number,
  summary: given(section.summary),
});

/** The meta description of a page: its summary, else the start of its text, else its title. */
export const describe = (summary: string | null, body: PortableText, title: string): string =>
  summary || excerpt(body) || title;
