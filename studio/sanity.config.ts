import { apiVersion } from "@gastvrij/content/model";
import { nlNLLocale } from "@sanity/locale-nl-nl";
import { visionTool } from "@sanity/vision";
import { defineConfig } from "sanity";
import { presentationTool } from "sanity/presentation";
import { structureTool } from "sanity/structure";
import { showMissingProjectNotice } from "./components/missing-project.js";
import { presentationOptions } from "./components/presentation.js";
import { documentNode } from "./components/print-preview.js";
import { siteLinkActions } from "./components/site-link-actions.js";
import { missingProjectMessage, studioEnv } from "./env.js";
import { schemaTypes, singletonTypes } from "./schemaTypes/index.js";
import { structure } from "./structure/index.js";
import { initialValueTemplates } from "./structure/templates.js";

const { projectId, dataset, configured } = studioEnv();
if (!configured) {
  console.warn(missingProjectMessage);
  showMissingProjectNotice();
}

export default defineConfig({
  name: "default",
  title: "Gastvrij Netwerk",
  projectId,
  dataset,
  plugins: [
    // A toolkit chapter, section or supplement also has the view Afdrukvoorbeeld (its PDF from the draft).
    structureTool({
      title: "Inhoud",
      structure,
      defaultDocumentNode: (S, { schemaType }) => documentNode(S, schemaType),
    }),
    // The site with the drafts, from the preview server (gastvrij preview-server, SANITY_STUDIO_PREVIEW_URL).
    presentationTool(presentationOptions()),
    visionTool({ title: "GROQ", defaultApiVersion: apiVersion, defaultDataset: dataset }),
    nlNLLocale(),
  ],
  schema: {
    types: schemaTypes,
    templates: (templates) => [
      // No "new site settings": the one settings document is opened from the desk.
      ...templates.filter((template) => !singletonTypes.has(template.schemaType)),
      ...initialValueTemplates,
    ],
  },
  document: {
    // The singleton cannot be duplicated or deleted, only edited and published. A document with a page gets "Bekijk
    // op de site" (and a toolkit part "Bekijk de pdf") in the menu next to Publiceren.
    actions: (actions, { schemaType }) => [
      ...(singletonTypes.has(schemaType)
        ? actions.filter(({ action }) => action !== "duplicate" && action !== "delete" && action !== "unpublish")
        : actions),
      ...siteLinkActions(schemaType),
    ],
    newDocumentOptions: (items, { creationContext }) =>
      creationContext.type === "global" ? items.filter((item) => !singletonTypes.has(item.templateId)) : items,
  },
});
