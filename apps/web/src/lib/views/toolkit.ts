/** The toolkit's pages from one edition: the overview, a page per chapter, section and supplement. */
import { hrefFor, type ToolkitEdition } from "@gastvrij/content";
import { describe, given, sectionSummary, themeLink } from "./links";
import type { PageRenderer } from "./render";
import type { EditionView, SectionView, SupplementView } from "./types";

export interface ToolkitPages {
  edition: EditionView;
  /** Every section in reading order, with its neighbours. */
  sections: SectionView[];
  supplements: SupplementView[];
}

/** The pages of `edition` (chapters and sections in reading order, as the content package gives them). */
export function toolkitPages(edition: ToolkitEdition, renderer: PageRenderer): ToolkitPages {
  const inOrder = edition.chapters.flatMap((chapter) => chapter.sections.map((section) => ({ chapter, section })));
  const sections = inOrder.map(({ chapter, section }, index): SectionView => {
    const { html, toc } = renderer.render(section.body, section._id);
    const previous = inOrder[index - 1]?.section;
    const next = inOrder[index + 1]?.section;
    return {
      ...sectionSummary(section),
      sample: section.sample,
      description: describe(section.summary, section.body, section.title),
      html,
      toc,
      chapter: { title: chapter.title, number: chapter.number, href: hrefFor("toolkitChapter", chapter.slug) },
      themes: section.themes.map(themeLink),
      supplements: section.supplements.map((supplement) => ({
        title: supplement.title,
        slug: supplement.slug,
        href: hrefFor("toolkitSupplement", supplement.slug),
        summary: given(supplement.summary),
        sample: supplement.sample,
      })),
      previous: previous && sectionSummary(previous),
      next: next && sectionSummary(next),
    };
  });
  const supplements = inOrder.flatMap(({ section }) =>
    section.supplements.map((supplement): SupplementView => {
      const { html, toc } = renderer.render(supplement.body, supplement._id);
      return {
        title: supplement.title,
        slug: supplement.slug,
        href: hrefFor("toolkitSupplement", supplement.slug),
        summary: given(supplement.summary),
        description: describe(supplement.summary, supplement.body, supplement.title),
        html,
        toc,
        section: sectionSummary(section),
        sample: supplement.sample,
      };
    }),
  );
  return {
    edition: {
      title: edition.title,
      subtitle: given(edition.subtitle),
      editionNumber: edition.editionNumber,
      year: edition.year,
      introHtml: renderer.render(edition.intro, edition._id).html,
      colophonHtml: renderer.render(edition.colophon, edition._id).html,
      disclaimer: edition.disclaimer,
      history: edition.editionHistory,
      chapters: edition.chapters.map((chapter) => ({
        title: chapter.title,
        slug: chapter.slug,
        href: hrefFor("toolkitChapter", chapter.slug),
        number: chapter.number,
        summary: given(chapter.summary),
        description: describe(chapter.summary, chapter.body, chapter.title),
        html: renderer.render(chapter.body, chapter._id).html,
        sections: chapter.sections.map((section) => ({ ...sectionSummary(section), sample: section.sample })),
        sample: chapter.sample,
      })),
    },
    sections,
    supplements,
  };
}
