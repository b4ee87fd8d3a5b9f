import { apiVersion } from "@gastvrij/content/model";
import { createPreviewSecret } from "@sanity/preview-url-secret/create-secret";
import { type ComponentProps, useEffect, useState } from "react";
import { type SanityClient, useClient, useCurrentUser } from "sanity";
import type { StructureBuilder, UserViewComponent } from "sanity/structure";
import { previewModePaths, previewServerUrl } from "./presentation.js";
import { printedTypes } from "./site-link.js";

/**
 * The document view "Afdrukvoorbeeld" of a toolkit chapter, section or supplement: the PDF of that part as it will
 * print, made from the draft by the preview server (`/_preview/pdf/<id>`, the book's Typst template). It opens the
 * server's preview mode with a secret the Studio stores in the dataset (as the Presentation tool does), and loads the
 * PDF again shortly after the draft changes.
 */

/** The view's title in the document's tabs. */
export const printPreviewTitle = "Afdrukvoorbeeld";

/** The preview server's path of a part's PDF. */
export const printPreviewPath = "/_preview/pdf/";

/** How long the view waits after the last change before it loads the PDF again (the draft is saved by then). */
export const refreshDelayMs = 1500;

/** The addresses the view loads: first through the preview mode (with the secret), then the PDF itself. */
export function printPreviewUrls(previewUrl: string, documentId: string) {
  const id = documentId.replace(/^drafts\./, "");
  const pdfPath = `${printPreviewPath}${encodeURIComponent(id)}`;
  return {
    /** Opens the preview mode (sets its cookie) and goes on to the PDF. */
    enable(secret: string): string {
      const query = new URLSearchParams({ "sanity-preview-secret": secret, "sanity-preview-pathname": pdfPath });
      return `${previewUrl}${previewModePaths.enable}?${query}`;
    },
    /** The PDF of the draft at revision `revision` (a new address makes the frame load it again). */
    pdf(revision: string): string {
      return `${previewUrl}${pdfPath}?${new URLSearchParams({ v: revision })}`;
    },
  };
}

/** Makes a preview secret in the dataset (valid for an hour): `@sanity/preview-url-secret`, as Presentation does. */
export type CreateSecret = (client: SanityClient, userId: string | undefined) => Promise<{ secret: string }>;

const createSecret: CreateSecret = (client, userId) =>
  createPreviewSecret(client, "gastvrij-afdrukvoorbeeld", window.location.href, userId);

type ViewProps = ComponentProps<UserViewComponent>;

/** The view, with the way it makes secrets given (tests give a fake). */
export function PrintPreview(props: ViewProps & { createSecret?: CreateSecret; previewUrl?: string }) {
  const client = useClient({ apiVersion });
  const user = useCurrentUser();
  const urls = printPreviewUrls(props.previewUrl ?? previewServerUrl(), props.documentId);
  const revision = String(props.document.displayed._rev ?? props.document.displayed._updatedAt ?? "");
  const [state, setState] = useState<{ src?: string; error?: string; opened: boolean }>({ opened: false });
  const make = props.createSecret ?? createSecret;

  // First load: a fresh secret opens the preview mode, which sets the cookie and shows the PDF.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the secret is made once per document, not per change
  useEffect(() => {
    let current = true;
    make(client, user?.id).then(
      ({ secret }) => {
        if (current) setState({ src: urls.enable(secret), opened: true });
      },
      (error: Error) => {
        if (current) setState({ error: error.message, opened: false });
      },
    );
    return () => {
      current = false;
    };
  }, [client, props.documentId]);

  // After a change: the PDF again, once the editor has paused.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload on a new revision only
  useEffect(() => {
    if (!state.opened) return;
    const timer = setTimeout(() => setState((previous) => ({ ...previous, src: urls.pdf(revision) })), refreshDelayMs);
    return () => clearTimeout(timer);
  }, [revision]);

  if (state.error) {
    return (
      <p style={{ padding: "1rem" }} role="alert">
        Het afdrukvoorbeeld kon niet worden geopend: {state.error}. Werkt de voorbeeldserver (gastvrij preview-server)?
      </p>
    );
  }
  if (!state.src) return <p style={{ padding: "1rem" }}>Het afdrukvoorbeeld wordt gemaakt…</p>;
  return (
    <iframe
      title={`${printPreviewTitle}: ${String(props.document.displayed.title ?? "")}`}
      src={state.src}
      style={{ border: 0, width: "100%", height: "100%", minHeight: "80vh", display: "block" }}
    />
  );
}

/**
 * The document node of a type: for a toolkit chapter, section or supplement the form and the print preview, for
 * anything else the form alone.
 */
export function documentNode(S: StructureBuilder, schemaType: string) {
  const node = S.document().schemaType(schemaType);
  if (!printedTypes.has(schemaType)) return node;
  return node.views([
    S.view.form().title("Bewerken"),
    S.view.component(PrintPreview).title(printPreviewTitle).id("afdrukvoorbeeld"),
  ]);
}
