import type { APIRoute, GetStaticPaths } from "astro";
import { content, type PublishedFile } from "../../lib/content";
import { downloadsPath } from "../../lib/views/files";

/** Downloads from the content (tool, event, page and news files, report books), copied into the build. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { downloads } = await content();
  return downloads.map((file) => ({ params: { path: file.sitePath.slice(downloadsPath.length) }, props: { file } }));
};

// The preview reads the live dataset, whose files stay on Sanity's CDN: nothing is served from here there.
// (The preview server renders on request, without getStaticPaths' props.)
export const GET: APIRoute = async ({ props }) => {
  const file = props.file as PublishedFile | undefined;
  return file ? new Response(await file.read()) : new Response("Niet gevonden", { status: 404 });
};
