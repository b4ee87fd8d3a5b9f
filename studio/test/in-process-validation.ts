/**
 * The Studio's validation rules run in-process as the Studio runs them (environment "studio"), for tests. Rules that
 * look at other documents get a client that answers GROQ from the given documents with groq-js.
 */
import { Schema } from "@sanity/schema";
import { builtinTypes } from "@sanity/schema/_internal";
import { type ValidationClient, validateDocumentWithWorkspace } from "@sanity/validation";
import { evaluate, parse } from "groq-js";
import { schemaTypes } from "../schemaTypes/index.js";

const schema = Schema.compile({ name: "test", types: [...builtinTypes, ...schemaTypes] });

export type Doc = { _id: string; _type: string; [field: string]: unknown };

function datasetClient(dataset: Doc[]): ValidationClient {
  const client = {
    fetch: async (query: string, params: Record<string, unknown> = {}) =>
      (await evaluate(parse(query, { params }), { dataset, params })).get(),
    getDataUrl: () => "offline://",
    observable: {},
    withConfig: () => client,
  };
  return client as unknown as ValidationClient;
}

/** The validation markers of `document`, validated together with `others`. */
export function validationMarkers(document: Doc, others: Doc[] = []) {
  const client = datasetClient([document, ...others]);
  return validateDocumentWithWorkspace({
    document: document as never,
    workspace: { schema, getClient: () => client } as never,
    environment: "studio",
    getDocumentExists: async () => true,
  });
}
