import { defineCliConfig } from "sanity/cli";
import { studioEnv } from "./env.js";

const { projectId, dataset } = studioEnv();

export default defineCliConfig({
  // A placeholder project id when SANITY_STUDIO_PROJECT_ID is unset: enough for the offline tasks (schema validate,
  // schema extract, typegen, build); commands that talk to Sanity need the real id.
  api: { projectId, dataset },
  // The extracted schema and the generated types live with the content package that reads them.
  schemaExtraction: { path: "../packages/content/src/generated/schema.json", enforceRequiredFields: true },
  typegen: {
    // The staleness test regenerates into a temp folder through these two variables.
    schema: process.env.GASTVRIJ_TYPEGEN_SCHEMA ?? "../packages/content/src/generated/schema.json",
    path: "../packages/content/src/read/queries.ts",
    generates: process.env.GASTVRIJ_TYPEGEN_OUT ?? "../packages/content/src/generated/sanity.types.ts",
    overloadClientMethods: false,
  },
  deployment: { autoUpdates: false },
});
