/** A theme's page: what points at it, as the cards of the tools, events and signals the site already shows. */
import type { Theme } from "@gastvrij/content";
import type { AgendaPages } from "./events";
import { given, sectionSummary, themeLink } from "./links";
import type { EventView, SectionView, SignalView, ThemeView, ToolView } from "./types";

/** The views of the site's tools, events and signals, by slug. */
export interface Cards {
  tools: ReadonlyMap<string, ToolView>;
  /** In the order a theme lists them (the agenda's: upcoming, soonest first, then past, most recent first). */
  events: ReadonlyMap<string, EventView>;
  signals: ReadonlyMap<string, SignalView>;
  /** The toolkit's sections, for what a theme's short list does not say (the sample mark). */
  sections?: ReadonlyMap<string, SectionView>;
}

/** Cards by slug, for {@link themeView}. */
export const bySlug = <T extends { slug: string }>(views: readonly T[]): Map<string, T> =>
  new Map(views.map((view) => [view.slug, view]));

const pick = <T>(cards: ReadonlyMap<string, T>, items: readonly { slug: string }[]): T[] =>
  items.flatMap((item) => {
    const card = cards.get(item.slug);
    return card ? [card] : [];
  });

/**
 * Event cards by slug in the order a theme lists them: the agenda's upcoming events (soonest first), then its past
 * ones (most recent first), then any other (an event without a date in the schedule's look-ahead).
 */
export const eventCards = (agenda: AgendaPages): Map<string, EventView> =>
  bySlug([...agenda.upcoming, ...agenda.past, ...agenda.events]);

/** The cards of `items`, in the order of `cards`. */
const pickInOrder = <T>(cards: ReadonlyMap<string, T>, items: readonly { slug: string }[]): T[] => {
  const wanted = new Set(items.map((item) => item.slug));
  return [...cards].flatMap(([slug, card]) => (wanted.has(slug) ? [card] : []));
};

export function themeView(theme: Theme, cards: Cards): ThemeView {
  return {
    ...themeLink(theme),
    kind: theme.kind,
    description: given(theme.description),
    sections: theme.sections.map((section) => ({
      ...sectionSummary(section),
      sample: cards.sections?.get(section.slug)?.sample,
    })),
    tools: pick(cards.tools, theme.tools),
    events: pickInOrder(cards.events, theme.events),
    signals: pick(cards.signals, theme.signals),
  };
}
