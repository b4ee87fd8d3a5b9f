/**
 * The zod schemas of the query results: what the typed functions check at the package boundary, and the result types
 * they return (`z.output`). Each schema is tied to the result type TypeGen derives from the Studio schema and the query
 * (`src/generated/sanity.types.ts`) by `results.types.test.ts`: zod accepts everything TypeGen says the query can
 * return, and what zod lets through is a value of TypeGen's type. Where zod promises more (a slug that can be a path,
 * a URL that is safe, a file that exists, a value of the vocabulary), the output type says so.
 *
 * So a field that changes in the Studio changes TypeGen's types (after `pnpm --filter gastvrij-studio run typegen`),
 * and the type-check fails here until these schemas agree.
 */
import { z } from "zod";
import type { ToolkitEditionQueryResult, ToolkitSectionQueryResult } from "../generated/sanity.types.js";
import {
  audiences,
  eventKinds,
  eventTimeZone,
  internalLinkTypes,
  linkSchemes,
  organisationKinds,
  recurrenceFrequencies,
  regions,
  routableTypes,
  safeUrl,
  sectionNumberPattern,
  setPositions,
  signalStatuses,
  signalVisibilities,
  siteSettingsId,
  slugPattern,
  themeKinds,
  weekdays,
} from "../model/index.js";

// ---------------------------------------------------------------------------------------------------------------
// Fields

const missingTarget = {
  error: (issue: { input: unknown }) => (issue.input === null ? "reference to a missing document" : undefined),
};

/** A document a reference points to, dereferenced by the query (`null` when the target is missing). */
function target<S extends z.ZodRawShape>(shape: S) {
  return z.object(shape, missingTarget);
}

/** A slug as the site uses it in paths; a slug with `/`, `..`, spaces or markup is refused before it becomes a path. */
export const slugSchema = z
  .string({ error: "document without a slug" })
  .regex(slugPattern, "slug with other characters than lowercase letters, digits and dashes");

/** `YYYY-MM-DD`. */
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD");

/** An ISO datetime as Sanity stores it (UTC, with `Z` or an offset). */
const dateTimeSchema = z.iso.datetime({ offset: true });

/** An absolute URL with a link scheme of the content model (http, https, mailto, tel). */
const linkUrlSchema = z
  .string()
  .refine(
    (value) => safeUrl(value, linkSchemes, { absolute: true }) !== undefined,
    `not an absolute ${linkSchemes.join(", ")} URL`,
  );

/**
 * The URL of an asset's file as a query returns it (`asset->url`): the Sanity CDN (https), or a `file:` URL of a local
 * export. Anything else (an asset document with a `javascript:` or `data:` URL) is refused, so it never becomes a `src`
 * or an `href`. `missing` is the message when there is no file at all.
 */
function assetUrlSchema(missing: string) {
  return z
    .string({ error: missing })
    .nullable()
    .pipe(
      z
        .string({ error: missing })
        .refine(
          (value) => safeUrl(value, ["http", "https", "file"], { absolute: true }) === value,
          "file with an unsafe URL (only http, https or a local file)",
        ),
    );
}

/** A downloadable file: its title, its file's URL, and what the site shows next to the link (type and size). */
const fileDownloadSchema = z.object({
  title: z.string(),
  url: assetUrlSchema("file without an asset"),
  /** Bytes (from the asset document, or measured on disk for a local export). */
  size: z.number().nullable(),
  /** Lowercase, without the dot: `pdf`. */
  extension: z.string().nullable(),
  mimeType: z.string().nullable(),
  /** The name the file was uploaded with. */
  filename: z.string().nullable(),
});

/** The sample mark: the document is invented to show the site (the site and the PDF say so). */
const sample = z.boolean();

/** A value of an option list of the content model (TypeGen types some of them as plain strings). */
function vocabulary<V extends string | number>(values: readonly [V, ...V[]]) {
  return z.literal(values);
}

/** An array that the query gives as `[]` when it is empty. */
const list = <S extends z.ZodType>(item: S) => z.array(item);

// ---------------------------------------------------------------------------------------------------------------
// Portable Text

/** An image inside Portable Text: its file's URL and an alt text are required. */
const imageBlockSchema = z.looseObject({
  _type: z.literal("image"),
  _key: z.string(),
  url: assetUrlSchema("image has no file (asset)"),
  alt: z.string({ error: "image has no alt text" }).min(1, "image has no alt text"),
  caption: z.string().optional(),
});

/**
 * Portable Text as the queries return it. zod checks what the site could not do without (every item an object with
 * `_type` and `_key`; images with a safe URL and alt text); the shape of each block is TypeGen's, and the renderers
 * read blocks defensively (see `portable-text/read.ts`). The type parameter is the TypeGen type of the field.
 */
function portableText<T extends readonly unknown[]>() {
  const item = z.looseObject({ _type: z.string(), _key: z.string() }).check((ctx) => {
    if (ctx.value._type !== "image") return;
    const result = imageBlockSchema.safeParse(ctx.value);
    if (result.success) return;
    for (const issue of result.error.issues) {
      ctx.issues.push({ code: "custom", message: issue.message, path: issue.path, input: ctx.value });
    }
  });
  // The one place where zod takes TypeGen's word: the block union of the Studio's rich text.
  return z.array(item) as unknown as z.ZodType<T, T>;
}

// ---------------------------------------------------------------------------------------------------------------
// Shared shapes (the projections of `queries.ts`)

const organisationSummary = target({
  _id: z.string(),
  _type: z.literal("organisation"),
  name: z.string(),
  slug: slugSchema,
  kind: z.enum(organisationKinds.values),
  municipality: z.string().nullable(),
  region: z.enum(regions.values).nullable(),
  website: linkUrlSchema.nullable(),
});

const themeSummary = target({
  _id: z.string(),
  _type: z.literal("theme"),
  title: z.string(),
  slug: slugSchema,
  kind: z.enum(themeKinds.values),
});

const chapterSummary = target({ _id: z.string(), number: z.number(), title: z.string(), slug: slugSchema });

const sectionNumberSchema = z.string().regex(sectionNumberPattern, "expected a section number such as 3.12");

const sectionSummaryShape = {
  _id: z.string(),
  _type: z.literal("toolkitSection"),
  number: sectionNumberSchema,
  title: z.string(),
  slug: slugSchema,
  summary: z.string().nullable(),
};
const sectionSummary = target({ ...sectionSummaryShape, chapter: chapterSummary });

/** The rich text fields of the results, typed as TypeGen types them. */
type SectionBody = NonNullable<ToolkitSectionQueryResult>["body"];
type ChapterBody = NonNullable<ToolkitEditionQueryResult>["chapters"][number]["body"];

const supplementShape = {
  _id: z.string(),
  _type: z.literal("toolkitSupplement"),
  title: z.string(),
  slug: slugSchema,
  order: z.number().nullable(),
  summary: z.string().nullable(),
  body: portableText<SectionBody>(),
  sample,
};

const sectionContent = {
  ...sectionSummaryShape,
  body: portableText<SectionBody>(),
  themes: list(themeSummary),
  supplements: list(z.object(supplementShape)),
  sample,
};

// ---------------------------------------------------------------------------------------------------------------
// Results, one per query

/** `toolkitEditionQuery`: an edition with its chapters, sections and supplements. */
export const toolkitEditionSchema = z.object({
  _id: z.string(),
  _type: z.literal("toolkitEdition"),
  title: z.string(),
  subtitle: z.string().nullable(),
  slug: slugSchema,
  editionNumber: z.number().int(),
  year: z.number().int(),
  intro: portableText<SectionBody>(),
  colophon: portableText<SectionBody>(),
  disclaimer: z.string(),
  publisher: organisationSummary.nullable(),
  editionHistory: list(z.object({ edition: z.number(), year: z.number(), note: z.string() })),
  chapters: list(
    z.object({
      _id: z.string(),
      _type: z.literal("toolkitChapter"),
      number: z.number().int(),
      title: z.string(),
      slug: slugSchema,
      summary: z.string().nullable(),
      body: portableText<ChapterBody>(),
      sample,
      sections: list(z.object(sectionContent)),
    }),
  ),
});

/** `toolkitSectionListQuery`: every section in short form. */
export const toolkitSectionSummarySchema = sectionSummary;

/** `toolkitSectionQuery`: one section with its chapter, themes and supplements. */
export const toolkitSectionSchema = z.object({ ...sectionContent, chapter: chapterSummary });

/** `toolkitSupplementQuery`: one supplement with its section. */
export const toolkitSupplementWithSectionSchema = z.object({ ...supplementShape, section: sectionSummary });

/** `toolsQuery`: a tool. */
export const toolSchema = z.object({
  _id: z.string(),
  _type: z.literal("tool"),
  title: z.string(),
  slug: slugSchema,
  summary: z.string(),
  whenToUse: z.string().nullable(),
  year: z.number().nullable(),
  audience: list(z.string().pipe(vocabulary(audiences.values))),
  publisher: organisationSummary.nullable(),
  themes: list(themeSummary),
  links: list(z.object({ label: z.string(), url: linkUrlSchema })),
  files: list(fileDownloadSchema),
  body: portableText<ChapterBody>(),
  sample,
});

/** The recurrence of an event series. */
const recurrenceSchema = z.object({
  frequency: z.enum(recurrenceFrequencies.values),
  interval: z.number().int().min(1),
  weekday: z.enum(weekdays.values),
  setPosition: vocabulary(setPositions.values).nullable(),
  until: dateSchema.nullable(),
  count: z.number().int().min(1).nullable(),
  exceptions: list(dateSchema),
});

/** `eventsQuery`: an event (one date, or the first date of a series). */
export const eventSchema = z.object({
  _id: z.string(),
  _type: z.literal("event"),
  title: z.string(),
  slug: slugSchema,
  kind: z.enum(eventKinds.values),
  summary: z.string().nullable(),
  start: dateTimeSchema,
  end: dateTimeSchema.nullable(),
  timeZone: z.string().pipe(z.literal(eventTimeZone)),
  /** Dates without an hour: the day of `start` (and of `end`) in Brussels counts, the time does not. */
  allDay: z.boolean(),
  recurrence: recurrenceSchema.nullable(),
  location: z
    .object({
      name: z.string(),
      address: z.string().nullable(),
      municipality: z.string().nullable(),
      online: z.boolean().nullable(),
      onlineUrl: linkUrlSchema.nullable(),
    })
    .nullable(),
  registration: z
    .object({
      contact: target({
        _id: z.string(),
        name: z.string(),
        role: z.string().nullable(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
      }).nullable(),
      email: z.string().nullable(),
      url: linkUrlSchema.nullable(),
      /** The last day one can register (`YYYY-MM-DD`, inclusive, in Brussels time). */
      deadline: dateSchema.nullable(),
      note: z.string().nullable(),
    })
    .nullable(),
  speakers: list(
    z.object({ name: z.string(), role: z.string().nullable(), organisation: organisationSummary.nullable() }),
  ),
  themes: list(themeSummary),
  organiser: organisationSummary.nullable(),
  body: portableText<ChapterBody>(),
  report: portableText<ChapterBody>(),
  reportFile: fileDownloadSchema.nullable(),
  files: list(fileDownloadSchema),
  sample,
});

/** `signalsQuery`: a signal. */
export const signalSchema = z.object({
  _id: z.string(),
  _type: z.literal("signal"),
  title: z.string(),
  slug: slugSchema,
  description: portableText<SectionBody>(),
  themes: list(themeSummary),
  region: z.enum(regions.values),
  observedAt: dateSchema,
  sourceOrganisation: organisationSummary.nullable(),
  status: z.enum(signalStatuses.values),
  visibility: z.enum(signalVisibilities.values),
  passedTo: z.string().nullable(),
  outcome: z.string().nullable(),
  sample,
});

/** The ids of the themes a document points at. */
const pointsAt = { themes: z.array(z.string()) };

/** `themesQuery`: the themes, and everything that points at a theme with the ids of its themes. */
export const themesSchema = z.object({
  themes: list(
    z.object({
      _id: z.string(),
      _type: z.literal("theme"),
      title: z.string(),
      slug: slugSchema,
      kind: z.enum(themeKinds.values),
      description: z.string().nullable(),
      order: z.number().nullable(),
    }),
  ),
  sections: list(z.object({ ...sectionSummaryShape, chapter: chapterSummary, ...pointsAt })),
  tools: list(toolSchema.pick({ _id: true, _type: true, title: true, slug: true, summary: true }).extend(pointsAt)),
  events: list(
    eventSchema
      .pick({ _id: true, _type: true, title: true, slug: true, kind: true, summary: true, start: true, end: true })
      .extend(pointsAt),
  ),
  signals: list(
    signalSchema
      .pick({
        _id: true,
        _type: true,
        title: true,
        slug: true,
        status: true,
        region: true,
        observedAt: true,
        visibility: true,
      })
      .extend(pointsAt),
  ),
});

/**
 * An item of the main menu or the footer: a document of the site (`target`, `null` when it is not published) or an
 * address (a site path such as `/agenda/`, or an absolute link).
 */
const menuLinkSchema = z.object({
  label: z.string(),
  url: z
    .string()
    .refine((value) => safeUrl(value, linkSchemes) === value, "menu link with an unsafe address")
    .nullable(),
  target: z.object({ _id: z.string(), _type: z.enum(internalLinkTypes), slug: slugSchema }).nullable(),
});

/** `siteSettingsQuery`: the site settings. */
export const siteSettingsSchema = z.object({
  _id: z.literal(siteSettingsId),
  _type: z.literal("siteSettings"),
  title: z.string(),
  description: z.string(),
  /** The public address as stored; use `siteAddress()` of the model to normalise it. */
  siteUrl: z.string().nullable(),
  organisationName: z.string(),
  contactEmail: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  sampleContentNote: z.string(),
  mainMenu: list(menuLinkSchema),
  footerLinks: list(menuLinkSchema),
});

/** `pagesQuery`: one of the organisation's own pages. */
export const pageSchema = z.object({
  _id: z.string(),
  _type: z.literal("page"),
  title: z.string(),
  slug: slugSchema,
  summary: z.string(),
  order: z.number().nullable(),
  parent: target({ _id: z.string(), title: z.string(), slug: slugSchema }).nullable(),
  body: portableText<ChapterBody>(),
  files: list(fileDownloadSchema),
  sample,
});

/** `newsQuery`: a news item. */
export const newsItemSchema = z.object({
  _id: z.string(),
  _type: z.literal("newsItem"),
  title: z.string(),
  slug: slugSchema,
  publishedAt: dateTimeSchema,
  summary: z.string(),
  body: portableText<ChapterBody>(),
  themes: list(themeSummary),
  files: list(fileDownloadSchema),
  sample,
});

/** `linkTargetsQuery`: a document with a page (the typed function adds its `href`). */
export const linkTargetRowSchema = z.object({
  _id: z.string(),
  _type: z.enum(routableTypes),
  slug: slugSchema,
  title: z.string(),
  number: z.union([z.string(), z.number()]).nullable(),
});

// ---------------------------------------------------------------------------------------------------------------
// Types

/** A toolkit edition with its chapters (by number), sections (by number parts) and supplements. */
export type ToolkitEdition = z.output<typeof toolkitEditionSchema>;
/** A chapter of an edition, with its sections. */
export type ToolkitChapter = ToolkitEdition["chapters"][number];
/** A toolkit section with its chapter, themes and supplements. */
export type ToolkitSection = z.output<typeof toolkitSectionSchema>;
/** A toolkit section in short form, with its chapter. */
export type ToolkitSectionSummary = z.output<typeof toolkitSectionSummarySchema>;
/** A toolkit supplement (an appendix of a section). */
export type ToolkitSupplement = ToolkitSection["supplements"][number];
/** A toolkit supplement with the section it belongs to. */
export type ToolkitSupplementWithSection = z.output<typeof toolkitSupplementWithSectionSchema>;
/** A tool. */
export type Tool = z.output<typeof toolSchema>;
/** An event: one date, or the first date of a series. */
export type Event = z.output<typeof eventSchema>;
/** A signal. */
export type Signal = z.output<typeof signalSchema>;
type Pointing = z.output<typeof themesSchema>;
/** What points at a theme, in short form. */
type About<K extends Exclude<keyof Pointing, "themes">> = Omit<Pointing[K][number], "themes">[];
/** A theme with everything that points at it. */
export type Theme = Pointing["themes"][number] & {
  sections: About<"sections">;
  tools: About<"tools">;
  events: About<"events">;
  signals: About<"signals">;
};
/** The site settings. */
export type SiteSettings = z.output<typeof siteSettingsSchema>;
/** An item of the main menu or the footer. */
export type MenuLink = SiteSettings["mainMenu"][number];
/** A downloadable file with its type and size. */
export type FileDownload = z.output<typeof fileDownloadSchema>;
/** One of the organisation's own pages. */
export type Page = z.output<typeof pageSchema>;
/** A news item. */
export type NewsItem = z.output<typeof newsItemSchema>;
/** Portable Text as the queries return it (rich text of a section, a tool, an event, …). */
export type PortableText = SectionBody;
