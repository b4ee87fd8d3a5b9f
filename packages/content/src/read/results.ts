import { z } from "zod";
import {
  assetUrlSchema,
  audienceSchema,
  dateSchema,
  dateTimeSchema,
  eventKindSchema,
  organisationKindSchema,
  recurrenceSchema,
  regionSchema,
  safeUrlSchema,
  signalStatusSchema,
  signalVisibilitySchema,
  themeKindSchema,
} from "./documents.js";

/**
 * zod schemas of the query results (the projections in `queries/*.ts`): what the typed functions return after the
 * boundary check. Optional fields come back as `null` from GROQ when absent, so they are `nullish` here.
 */

const opt = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);
const missingTarget = {
  error: (issue: { input: unknown }) => (issue.input === null ? "verwijzing naar een ontbrekend document" : undefined),
};

/**
 * A slug as the site uses it in paths (`/tools/<slug>/`): lowercase words with dashes, the Studio's own rule. A slug
 * with `/`, `..`, spaces or markup (from an export edited by hand) is refused by document and field, before it can
 * become a file path or a broken link.
 */
export const slugSchema = z
  .string({ error: "document zonder slug" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug met andere tekens dan kleine letters, cijfers en streepjes");

/** An image inside Portable Text, with a resolved `url` and a required `alt`. */
export const imageBlockSchema = z.looseObject({
  _type: z.literal("image"),
  _key: z.string(),
  url: assetUrlSchema("afbeelding zonder bestand (asset)"),
  alt: z.string({ error: "afbeelding zonder alt-tekst" }).min(1, "afbeelding zonder alt-tekst"),
  caption: opt(z.string()),
});

/** One item of a Portable Text array; images are checked for `url` and `alt`. */
export const richTextItemSchema = z.looseObject({ _type: z.string(), _key: z.string() }).check((ctx) => {
  if (ctx.value._type !== "image") return;
  const result = imageBlockSchema.safeParse(ctx.value);
  if (result.success) return;
  for (const issue of result.error.issues) {
    ctx.issues.push({ code: "custom", message: issue.message, path: issue.path, input: ctx.value });
  }
});

/** Portable Text as returned by the queries (`richText`/`simpleText`). */
export const richTextSchema = z.array(richTextItemSchema);
/** Portable Text that may be absent (returned as `[]`). */
const optionalRichText = richTextSchema.nullish().transform((value) => value ?? []);

/** A theme in short form. */
export const themeRefSchema = z.object(
  { _id: z.string(), _type: z.literal("theme"), title: z.string(), slug: slugSchema, kind: themeKindSchema },
  missingTarget,
);
const themeRefs = z
  .array(themeRefSchema)
  .nullish()
  .transform((value) => value ?? []);

/** An organisation in short form. */
export const organisationRefSchema = z.object(
  {
    _id: z.string(),
    _type: z.literal("organisation"),
    name: z.string(),
    slug: slugSchema,
    kind: organisationKindSchema,
    municipality: opt(z.string()),
    region: opt(regionSchema),
    website: opt(safeUrlSchema),
  },
  missingTarget,
);

/** A chapter in short form (inside a section). */
export const chapterRefSchema = z.object(
  { _id: z.string(), number: z.number(), title: z.string(), slug: slugSchema },
  missingTarget,
);

/** A toolkit supplement. */
export const toolkitSupplementSchema = z.object({
  _id: z.string(),
  _type: z.literal("toolkitSupplement"),
  title: z.string(),
  slug: slugSchema,
  order: opt(z.number()),
  summary: opt(z.string()),
  body: richTextSchema,
});

/** A toolkit section in short form (lists, navigation). */
export const toolkitSectionSummarySchema = z.object({
  _id: z.string(),
  _type: z.literal("toolkitSection"),
  number: z.string().regex(/^\d+(\.\d+)+$/, "verwacht een nummer zoals 3.12"),
  title: z.string(),
  slug: slugSchema,
  summary: opt(z.string()),
  chapter: chapterRefSchema,
});

/** A full toolkit section with themes and supplements. */
export const toolkitSectionSchema = toolkitSectionSummarySchema.extend({
  body: richTextSchema,
  themes: themeRefs,
  supplements: z.array(toolkitSupplementSchema),
});

/** A toolkit supplement with the section it belongs to. */
export const toolkitSupplementWithSectionSchema = toolkitSupplementSchema.extend({
  section: toolkitSectionSummarySchema.extend({}).and(z.object({}, missingTarget)),
});

/** A chapter with its sections (inside the edition). */
export const toolkitChapterSchema = z.object({
  _id: z.string(),
  _type: z.literal("toolkitChapter"),
  number: z.number().int(),
  title: z.string(),
  slug: slugSchema,
  summary: opt(z.string()),
  body: optionalRichText,
  sections: z.array(toolkitSectionSchema.omit({ chapter: true })),
});

/** The toolkit edition with chapters, sections and supplements. */
export const toolkitEditionSchema = z.object({
  _id: z.string(),
  _type: z.literal("toolkitEdition"),
  title: z.string(),
  subtitle: opt(z.string()),
  slug: slugSchema,
  editionNumber: z.number().int(),
  year: z.number().int(),
  intro: richTextSchema,
  colophon: richTextSchema,
  disclaimer: z.string(),
  publisher: opt(organisationRefSchema),
  editionHistory: z
    .array(z.object({ edition: z.number(), year: z.number(), note: z.string() }))
    .nullish()
    .transform((value) => value ?? []),
  chapters: z.array(toolkitChapterSchema),
});

/** A tool. */
export const toolSchema = z.object({
  _id: z.string(),
  _type: z.literal("tool"),
  title: z.string(),
  slug: slugSchema,
  summary: z.string(),
  whenToUse: opt(z.string()),
  year: opt(z.number()),
  audience: z
    .array(audienceSchema)
    .nullish()
    .transform((value) => value ?? []),
  publisher: opt(organisationRefSchema),
  themes: themeRefs,
  links: z
    .array(z.object({ label: z.string(), url: safeUrlSchema }))
    .nullish()
    .transform((value) => value ?? []),
  files: z
    .array(z.object({ title: z.string(), url: assetUrlSchema("bestand zonder asset") }))
    .nullish()
    .transform((value) => value ?? []),
  body: optionalRichText,
});

/** The recurrence of an event series, as returned. */
export const recurrenceResultSchema = recurrenceSchema.extend({
  setPosition: opt(recurrenceSchema.shape.setPosition.unwrap()),
  until: opt(dateSchema),
  count: opt(z.number().int().min(1)),
  exceptions: z
    .array(dateSchema)
    .nullish()
    .transform((value) => value ?? []),
});

/** An event (one date, or the first date of a series). */
export const eventSchema = z.object({
  _id: z.string(),
  _type: z.literal("event"),
  title: z.string(),
  slug: slugSchema,
  kind: eventKindSchema,
  summary: opt(z.string()),
  start: dateTimeSchema,
  end: opt(dateTimeSchema),
  timeZone: z.literal("Europe/Brussels"),
  recurrence: opt(recurrenceResultSchema),
  location: opt(
    z.object({
      name: z.string(),
      address: opt(z.string()),
      municipality: opt(z.string()),
      online: opt(z.boolean()),
      onlineUrl: opt(safeUrlSchema),
    }),
  ),
  registration: opt(
    z.object({
      contact: opt(
        z.object({
          _id: z.string(),
          name: z.string(),
          role: opt(z.string()),
          email: opt(z.string()),
          phone: opt(z.string()),
        }),
      ),
      email: opt(z.string()),
      url: opt(safeUrlSchema),
      note: opt(z.string()),
    }),
  ),
  speakers: z
    .array(z.object({ name: z.string(), role: opt(z.string()), organisation: opt(organisationRefSchema) }))
    .nullish()
    .transform((value) => value ?? []),
  themes: themeRefs,
  organiser: opt(organisationRefSchema),
  body: optionalRichText,
  report: optionalRichText,
  reportFile: opt(z.object({ title: z.string(), url: assetUrlSchema("bestand zonder asset") })),
});

/** A signal. */
export const signalSchema = z.object({
  _id: z.string(),
  _type: z.literal("signal"),
  title: z.string(),
  slug: slugSchema,
  description: richTextSchema,
  themes: themeRefs,
  region: regionSchema,
  observedAt: dateSchema,
  sourceOrganisation: opt(organisationRefSchema),
  status: signalStatusSchema,
  visibility: signalVisibilitySchema,
  passedTo: opt(z.string()),
  outcome: opt(z.string()),
});

/** A theme. */
export const themeSchema = z.object({
  _id: z.string(),
  _type: z.literal("theme"),
  title: z.string(),
  slug: slugSchema,
  kind: themeKindSchema,
  description: opt(z.string()),
  order: opt(z.number()),
});

/** A theme with everything linked to it. */
export const themeWithContentSchema = themeSchema.extend({
  sections: z.array(toolkitSectionSummarySchema),
  tools: z.array(toolSchema.pick({ _id: true, _type: true, title: true, slug: true, summary: true })),
  events: z.array(
    eventSchema.pick({
      _id: true,
      _type: true,
      title: true,
      slug: true,
      kind: true,
      summary: true,
      start: true,
      end: true,
    }),
  ),
  signals: z.array(
    signalSchema.pick({
      _id: true,
      _type: true,
      title: true,
      slug: true,
      status: true,
      region: true,
      observedAt: true,
      visibility: true,
    }),
  ),
});

/** The site settings. */
export const siteSettingsSchema = z.object({
  _id: z.literal("siteSettings"),
  _type: z.literal("siteSettings"),
  title: z.string(),
  description: z.string(),
  organisationName: z.string(),
  contactEmail: opt(z.string()),
  address: opt(z.string()),
  sampleContentNote: z.string(),
});

/** A link target as the query returns it (before `href` is added). */
export const linkTargetRowSchema = z.object({
  _id: z.string(),
  _type: z.enum(["toolkitChapter", "toolkitSection", "toolkitSupplement", "tool", "event", "signal", "theme"]),
  slug: slugSchema,
  title: z.string(),
  number: opt(z.union([z.string(), z.number()])),
});

/** Portable Text item as returned. */
export type RichTextItem = z.output<typeof richTextItemSchema>;
/** An image block with resolved `url`. */
export type ImageBlock = z.output<typeof imageBlockSchema>;
/** A theme in short form. */
export type ThemeRef = z.output<typeof themeRefSchema>;
/** An organisation in short form. */
export type OrganisationRef = z.output<typeof organisationRefSchema>;
/** A toolkit supplement. */
export type ToolkitSupplement = z.output<typeof toolkitSupplementSchema>;
/** A toolkit supplement with its section. */
export type ToolkitSupplementWithSection = z.output<typeof toolkitSupplementWithSectionSchema>;
/** A toolkit section in short form. */
export type ToolkitSectionSummary = z.output<typeof toolkitSectionSummarySchema>;
/** A full toolkit section. */
export type ToolkitSection = z.output<typeof toolkitSectionSchema>;
/** A chapter with its sections. */
export type ToolkitChapter = z.output<typeof toolkitChapterSchema>;
/** The toolkit edition. */
export type ToolkitEdition = z.output<typeof toolkitEditionSchema>;
/** A tool. */
export type Tool = z.output<typeof toolSchema>;
/** An event. */
export type Event = z.output<typeof eventSchema>;
/** A recurrence rule of an event series. */
export type Recurrence = z.output<typeof recurrenceResultSchema>;
/** A signal. */
export type Signal = z.output<typeof signalSchema>;
/** A theme. */
export type Theme = z.output<typeof themeSchema>;
/** A theme with linked content. */
export type ThemeWithContent = z.output<typeof themeWithContentSchema>;
/** The site settings. */
export type SiteSettings = z.output<typeof siteSettingsSchema>;
