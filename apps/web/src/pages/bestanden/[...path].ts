import type { APIRoute, GetStaticPaths } from "astro";
import { content, type PublishedFile } from "../../lib/content";
import { downloadsPath } from "../../lib/views/files";

/** Downloads from the content (tool, event, page and news files, report books), copied into the build. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { downloads } = await content();
  return downloads.map((file) => ({ params: { path: file.sitePath.slice(downloadsPath.length) }, props: { file } }));
};

export const GET: APIRoute = async ({ props }) => new Response(await (props.file as PublishedFile).read());
