import type { APIRoute, GetStaticPaths } from "astro";
import { content, type PublishedFile } from "../../lib/content";
import { imagesPath } from "../../lib/views/files";

/** Images from the content, copied into the build under `/media/`. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { images } = await content();
  return images.map((image) => ({ params: { path: image.sitePath.slice(imagesPath.length) }, props: { image } }));
};

export const GET: APIRoute = async ({ props }) => new Response(await (props.image as PublishedFile).read());
