import type { Template } from "sanity";

const ref = (id: unknown) => ({ _type: "reference", _ref: String(id) });

/**
 * New chapters, sections and supplements created inside the toolkit tree start with their parent filled in (the
 * desk passes the parent's id as a parameter).
 */
export const initialValueTemplates: Template[] = [
  {
    id: "toolkitChapter-in-edition",
    title: "Hoofdstuk in deze editie",
    schemaType: "toolkitChapter",
    parameters: [{ name: "editionId", type: "string" }],
    value: (params: { editionId?: string }) => ({ edition: ref(params.editionId) }),
  },
  {
    id: "toolkitSection-in-chapter",
    title: "Paragraaf in dit hoofdstuk",
    schemaType: "toolkitSection",
    parameters: [{ name: "chapterId", type: "string" }],
    value: (params: { chapterId?: string }) => ({ chapter: ref(params.chapterId) }),
  },
  {
    id: "toolkitSupplement-in-section",
    title: "Bijlage bij deze paragraaf",
    schemaType: "toolkitSupplement",
    parameters: [{ name: "sectionId", type: "string" }],
    value: (params: { sectionId?: string }) => ({ section: ref(params.sectionId), order: 1 }),
  },
];
