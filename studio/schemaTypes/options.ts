import type { OptionSet } from "@gastvrij/content/model";

/**
 * An option list of the content model (`@gastvrij/content/model`) as a Studio field's `options.list`: values as
 * stored, titles as editors see them. The lists themselves are defined there, once, for the Studio and the site.
 */
export function listOf<V extends string | number>(set: OptionSet<V>): Array<{ title: string; value: V }> {
  return set.items.map(({ title, value }) => ({ title, value }));
}
