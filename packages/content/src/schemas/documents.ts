import { z } from "zod";

/**
 * zod schemas of the stored documents, one per `_type`, following `docs/content-model.md` and the Studio schema
 * (a drift test compares field names and required-ness with `studio/schemaTypes`). The result schemas of the queries
 * (`schemas/results.ts`) reuse these pieces.
 */

/** Regions a signal or organisation can belong to. */
export const regions = [
  "antwerpen",
  "limburg",
  "oost-vlaanderen",
  "vlaams-brabant",
  "west-vlaanderen",
  "brussel",
  "vlaanderen",
  "belgie",
] as const;
/** A region key, such as `vlaams-brabant`. */
export const regionSchema = z.enum(regions);

/** Theme kinds: the daily-life themes of chapter 3 and the network's other themes. */
export const themeKindSchema = z.enum(["dailyLife", "network"]);
/** Organisation kinds. */
export const organisationKindSchema = z.enum(["member", "partner", "publicService"]);
/** Event kinds. */
export const eventKindSchema = z.enum(["networkDay", "intervision", "learningNetwork", "training"]);
/** Signal statuses, in the order a signal moves through them. */
export const signalStatusSchema = z.enum(["received", "examining", "passedToPolicy", "followedUp"]);
/** Signal visibility: only `public` signals reach public output. */
export const signalVisibilitySchema = z.enum(["public", "internal"]);
/** Tool audiences. */
export const audienceSchema = z.enum(["volunteers", "coordinators", "newcomers", "socialWorkers", "localGovernments"]);
/** Weekday codes as in RRULE. */
export const weekdaySchema = z.enum(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);

/** `YYYY-MM-DD`. */
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "verwacht een datum JJJJ-MM-DD");
/** An ISO datetime as Sanity stores it (UTC, with `Z` or an offset). */
export const dateTimeSchema = z.iso.datetime({ offset: true });
/** A URL with one of the allowed schemes (http, https, mailto, tel). */
export const safeUrlSchema = z
  .string()
  .refine((value) => /^(https?:\/\/|mailto:|tel:)/i.test(value.trim()), "alleen http, https, mailto of tel");

/**
 * The URL of an asset file as a query returns it (`asset->url`): the Sanity CDN (https), or a `file:` URL of the local
 * export. Anything else (an asset document in an export with a `javascript:` or `data:` URL) is refused, so it can
 * never become an `src` or `href`. `missing` is the message when there is no URL at all.
 */
export function assetUrlSchema(missing: string) {
  return z
    .string({ error: missing })
    .refine(
      (value) =>
        /^(https?|file):\/\//i.test(value) &&
        ![...value].some((c) => c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x7f),
      "bestand met een onveilige URL (alleen http, https of een lokaal bestand)",
    );
}

const reference = z.looseObject({
  _type: z.literal("reference").optional(),
  _ref: z.string(),
  _weak: z.boolean().optional(),
});
const keyedReference = reference.extend({ _key: z.string().optional() });
const slug = z.looseObject({ _type: z.literal("slug").optional(), current: z.string().min(1) });
/** Portable Text as stored: an array of keyed objects (blocks are checked by the renderer and the Studio). */
const portableText = z.array(z.looseObject({ _type: z.string(), _key: z.string().optional() }));
const fileField = z.looseObject({
  _type: z.literal("file").optional(),
  title: z.string(),
  asset: reference.optional(),
});

/** `link` object. */
export const linkSchema = z.looseObject({ _type: z.literal("link").optional(), label: z.string(), url: safeUrlSchema });
/** `recurrence` object (for event series). */
export const recurrenceSchema = z.looseObject({
  frequency: z.enum(["weekly", "monthly"]),
  interval: z.number().int().min(1),
  weekday: weekdaySchema,
  setPosition: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]).optional(),
  until: dateSchema.optional(),
  count: z.number().int().min(1).optional(),
  exceptions: z.array(dateSchema).optional(),
});
/** `location` object. */
export const locationSchema = z.looseObject({
  name: z.string(),
  address: z.string().optional(),
  municipality: z.string().optional(),
  online: z.boolean().optional(),
  onlineUrl: safeUrlSchema.optional(),
});
/** `registration` object. */
export const registrationSchema = z.looseObject({
  contact: reference.optional(),
  email: z.string().optional(),
  url: safeUrlSchema.optional(),
  note: z.string().optional(),
});
/** `speaker` object. */
export const speakerSchema = z.looseObject({
  name: z.string(),
  role: z.string().optional(),
  organisation: reference.optional(),
});

const documentBase = { _id: z.string(), _type: z.string() };

/** Stored document schemas by `_type`. Only the fields of the content model; system fields (`_rev`, …) pass. */
export const documentSchemas = {
  siteSettings: z.looseObject({
    ...documentBase,
    title: z.string(),
    description: z.string(),
    organisationName: z.string(),
    contactEmail: z.string().optional(),
    address: z.string().optional(),
    sampleContentNote: z.string(),
  }),
  theme: z.looseObject({
    ...documentBase,
    title: z.string(),
    slug,
    kind: themeKindSchema,
    description: z.string().optional(),
    order: z.number().optional(),
  }),
  organisation: z.looseObject({
    ...documentBase,
    name: z.string(),
    slug,
    kind: organisationKindSchema,
    municipality: z.string().optional(),
    region: regionSchema.optional(),
    website: safeUrlSchema.optional(),
    description: z.string().optional(),
  }),
  person: z.looseObject({
    ...documentBase,
    name: z.string(),
    role: z.string().optional(),
    organisation: reference.optional(),
    email: z.string().optional(),
    phone: z.string().optional(),
  }),
  toolkitEdition: z.looseObject({
    ...documentBase,
    title: z.string(),
    subtitle: z.string().optional(),
    slug,
    editionNumber: z.number().int().min(1),
    year: z.number().int(),
    intro: portableText,
    colophon: portableText,
    disclaimer: z.string(),
    publisher: reference.optional(),
    editionHistory: z.array(z.looseObject({ edition: z.number(), year: z.number(), note: z.string() })).optional(),
  }),
  toolkitChapter: z.looseObject({
    ...documentBase,
    edition: reference,
    number: z.number().int().min(1),
    title: z.string(),
    slug,
    summary: z.string().optional(),
    body: portableText.optional(),
  }),
  toolkitSection: z.looseObject({
    ...documentBase,
    chapter: reference,
    number: z.string().regex(/^\d+(\.\d+)+$/, "verwacht een nummer zoals 3.12"),
    title: z.string(),
    slug,
    summary: z.string().optional(),
    body: portableText,
    themes: z.array(keyedReference).optional(),
  }),
  toolkitSupplement: z.looseObject({
    ...documentBase,
    section: reference,
    title: z.string(),
    slug,
    order: z.number().optional(),
    summary: z.string().optional(),
    body: portableText,
  }),
  tool: z.looseObject({
    ...documentBase,
    title: z.string(),
    slug,
    summary: z.string(),
    whenToUse: z.string().optional(),
    publisher: reference.optional(),
    year: z.number().int().optional(),
    themes: z.array(keyedReference).optional(),
    audience: z.array(audienceSchema).optional(),
    links: z.array(linkSchema).optional(),
    files: z.array(fileField).optional(),
    body: portableText.optional(),
  }),
  event: z.looseObject({
    ...documentBase,
    title: z.string(),
    slug,
    kind: eventKindSchema,
    summary: z.string().optional(),
    body: portableText.optional(),
    start: dateTimeSchema,
    end: dateTimeSchema.optional(),
    timeZone: z.literal("Europe/Brussels"),
    recurrence: recurrenceSchema.optional(),
    location: locationSchema.optional(),
    registration: registrationSchema.optional(),
    speakers: z.array(speakerSchema).optional(),
    themes: z.array(keyedReference).optional(),
    organiser: reference.optional(),
    report: portableText.optional(),
    reportFile: fileField.optional(),
  }),
  signal: z.looseObject({
    ...documentBase,
    title: z.string(),
    slug,
    description: portableText,
    themes: z.array(keyedReference).optional(),
    region: regionSchema,
    observedAt: dateSchema,
    sourceOrganisation: reference.optional(),
    status: signalStatusSchema,
    visibility: signalVisibilitySchema,
    passedTo: z.string().optional(),
    outcome: z.string().optional(),
  }),
} as const;

/** The document types of the content model. */
export type DocumentType = keyof typeof documentSchemas;
/** The document types of the content model, as a list. */
export const documentTypes = Object.keys(documentSchemas) as DocumentType[];
