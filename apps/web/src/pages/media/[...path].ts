import type { APIRoute, GetStaticPaths } from "astro";
import { content } from "../../lib/content";

/** Images from the content, copied into the build under `/media/`. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { images } = await content();
  return images.map((image) => ({
    params: { path: image.sitePath.replace(/^\/media\//, "") },
    props: { image },
  }));
};

export const GET: APIRoute = async ({ props }) => {
  const image = props.image as Awaited<ReturnType<typeof content>>["images"][number];
  return new Response(await image.read());
};
