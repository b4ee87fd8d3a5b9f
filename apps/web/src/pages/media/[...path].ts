import type { APIRoute, GetStaticPaths } from "astro";
import { content, type PublishedFile } from "../../lib/content";
import { imagesPath } from "../../lib/views/files";

/** Images from the content, copied into the build under `/media/`. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { images } = await content();
  return images.map((image) => ({ params: { path: image.sitePath.slice(imagesPath.length) }, props: { image } }));
};

// The preview reads the live dataset, whose files stay on Sanity's CDN: nothing is served from here there.
// (The preview server renders on request, without getStaticPaths' props.)
export const GET: APIRoute = async ({ props }) => {
  const image = props.image as PublishedFile | undefined;
  return image ? new Response(await image.read()) : new Response("Niet gevonden", { status: 404 });
};
