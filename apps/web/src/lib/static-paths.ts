/** `getStaticPaths` of the detail pages: one page per item of a list of the site's content, at the item's slug. */
import { content, type SiteContent } from "./content";

/** The lists of the site's content whose items have a page of their own. */
type Listed = {
  [K in keyof SiteContent]: SiteContent[K] extends readonly { slug: string }[] ? K : never;
}[keyof SiteContent];

/** A page per item of `list` (those `only` keeps): the slug as the path, the item as the page's `item` prop. */
export async function pagePerItem<K extends Listed>(
  list: K,
  only: (item: SiteContent[K][number]) => boolean = () => true,
) {
  const items = (await content())[list] as SiteContent[K][number][];
  return items.filter(only).map((item) => ({ params: { slug: item.slug }, props: { item } }));
}
