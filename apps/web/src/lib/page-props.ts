/**
 * The props of a page with a path per item, from the same function in both modes: the static build gets them from
 * `getStaticPaths` (Astro passes them as `Astro.props`); the preview server renders on request, so it runs the page's
 * `getStaticPaths` on the request's content and picks the entry of `Astro.params`.
 */

/** An entry of a page's `getStaticPaths`. */
interface PathEntry<P> {
  params: Record<string, string | number | undefined>;
  props?: P;
}

/** What the function needs of `Astro`. */
interface PageRequest<P> {
  params: Record<string, string | undefined>;
  props: P;
}

/** The page's props, or undefined when no item has the requested path (the preview answers 404). */
export async function pageProps<P>(
  astro: PageRequest<P>,
  paths: () => Promise<readonly PathEntry<P>[]> | readonly PathEntry<P>[],
): Promise<P | undefined> {
  if (!import.meta.env.GASTVRIJ_PREVIEW) return astro.props;
  const entry = (await paths()).find((candidate) =>
    Object.entries(candidate.params).every(([name, value]) => String(value) === astro.params[name]),
  );
  return entry?.props;
}
