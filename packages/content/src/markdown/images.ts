import { posix } from "node:path";
import type { Image, Paragraph } from "mdast";
import { lineField, markdownError } from "./locate.js";
import type { ConversionContext, JsonObject } from "./types.js";

/** Whether the paragraph is one image and nothing else (whitespace aside). */
export function isImageParagraph(node: Paragraph): boolean {
  const content = node.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  return content.length === 1 && content[0]?.type === "image";
}

/**
 * `![alt](images/x.svg "caption")` → a Sanity image in export form: `_sanityAsset: "image@file://./images/x.svg"`,
 * the file being copied next to the NDJSON. The alt text is required.
 */
export function convertImage(node: Paragraph, context: ConversionContext): JsonObject {
  const image = node.children.find((child): child is Image => child.type === "image");
  if (!image) throw markdownError(context, node, "expected an image");
  const alt = (image.alt ?? "").trim();
  if (alt === "") {
    throw markdownError(context, image, `image ${image.url} needs an alt text: ![what the image shows](${image.url})`);
  }
  const url = image.url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("/") || url.startsWith("//")) {
    throw markdownError(context, image, `image ${url} must be a file next to the Markdown, like images/name.svg`);
  }
  const name = posix.basename(decodeURIComponent(url));
  if (name === "" || name === "." || name === "..") {
    throw markdownError(context, image, `image ${url} names no file`);
  }
  const target = `images/${name}`;
  context.assets.push({ kind: "image", url: decodeURIComponent(url), target, ...lineField(context, image) });
  const caption = image.title?.trim();
  return {
    _type: "image",
    alt,
    ...(caption ? { caption } : {}),
    _sanityAsset: `image@file://./${target}`,
  };
}
