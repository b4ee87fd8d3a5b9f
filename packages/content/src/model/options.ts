/**
 * The option lists of the content model: each value as it is stored (an English key) with the one Dutch title that
 * editors see in the Studio and readers see on the site and in print. The Studio's `options.list`, the result
 * schemas' enums, the Markdown importer and the site's labels all come from here.
 */

/** One value of an option list and its Dutch title. */
export interface OptionItem<V extends string | number = string> {
  readonly value: V;
  readonly title: string;
}

/** An option list: its items in the order people see them, the values alone, and a lookup of titles. */
export interface OptionSet<V extends string | number = string> {
  /** The items, in the order the Studio shows them. */
  readonly items: readonly OptionItem<V>[];
  /** The stored values, in the same order. */
  readonly values: readonly [V, ...V[]];
  /** Whether `value` is one of the stored values. */
  has(value: unknown): value is V;
  /** The Dutch title of a value; the value itself (as text) when it is not in the list, `""` for none. */
  title(value: unknown): string;
}

function optionSet<const V extends string | number>(items: readonly [OptionItem<V>, ...OptionItem<V>[]]): OptionSet<V> {
  const values = items.map((item) => item.value) as unknown as readonly [V, ...V[]];
  const titles = new Map<unknown, string>(items.map((item) => [item.value, item.title]));
  return Object.freeze({
    items: Object.freeze(items.map((item) => Object.freeze({ ...item }))),
    values: Object.freeze(values),
    has: (value: unknown): value is V => titles.has(value),
    title: (value: unknown) => titles.get(value) ?? (value === null || value === undefined ? "" : String(value)),
  });
}

/** The value type of an option list. */
export type OptionValue<S> = S extends OptionSet<infer V> ? V : never;

/** Where a signal or an organisation is based. */
export const regions = optionSet([
  { value: "antwerpen", title: "Antwerpen" },
  { value: "limburg", title: "Limburg" },
  { value: "oost-vlaanderen", title: "Oost-Vlaanderen" },
  { value: "vlaams-brabant", title: "Vlaams-Brabant" },
  { value: "west-vlaanderen", title: "West-Vlaanderen" },
  { value: "brussel", title: "Brussel" },
  { value: "vlaanderen", title: "Heel Vlaanderen" },
  { value: "belgie", title: "België (nationaal)" },
]);

/** What kind of activity an event is. */
export const eventKinds = optionSet([
  { value: "networkDay", title: "Netwerkdag" },
  { value: "intervision", title: "Intervisie" },
  { value: "learningNetwork", title: "Lerend netwerk" },
  { value: "training", title: "Vorming" },
]);

/** Where a signal stands, in the order a signal moves through them. */
export const signalStatuses = optionSet([
  { value: "received", title: "Ontvangen" },
  { value: "examining", title: "In onderzoek" },
  { value: "passedToPolicy", title: "Doorgegeven aan beleid" },
  { value: "followedUp", title: "Opgevolgd" },
]);

/** Who may see a signal: only `public` signals reach public output. */
export const signalVisibilities = optionSet([
  { value: "internal", title: "Intern (alleen voor het netwerk)" },
  { value: "public", title: "Publiek (op de website)" },
]);

/** Whom a tool is for. */
export const audiences = optionSet([
  { value: "volunteers", title: "Vrijwilligers" },
  { value: "coordinators", title: "Coördinatoren" },
  { value: "newcomers", title: "Nieuwkomers" },
  { value: "socialWorkers", title: "Maatschappelijk werkers" },
  { value: "localGovernments", title: "Lokale besturen" },
]);

/** The daily-life themes of chapter 3 and the network's other themes. */
export const themeKinds = optionSet([
  { value: "dailyLife", title: "Dagelijks leven (hoofdstuk 3)" },
  { value: "network", title: "Thema van het netwerk" },
]);

/** What an organisation is to the network. */
export const organisationKinds = optionSet([
  { value: "member", title: "Lid (lokale vrijwilligersgroep)" },
  { value: "partner", title: "Partner" },
  { value: "publicService", title: "Openbare dienst" },
]);

/** The tone of a callout: said in words wherever it is shown, never in colour alone. The first is the default. */
export const calloutTones = optionSet([
  { value: "info", title: "Info" },
  { value: "warning", title: "Let op" },
  { value: "important", title: "Belangrijk" },
]);

/** Weekdays, with their RRULE codes as values. */
export const weekdays = optionSet([
  { value: "MO", title: "maandag" },
  { value: "TU", title: "dinsdag" },
  { value: "WE", title: "woensdag" },
  { value: "TH", title: "donderdag" },
  { value: "FR", title: "vrijdag" },
  { value: "SA", title: "zaterdag" },
  { value: "SU", title: "zondag" },
]);

/** How often a series comes back. */
export const recurrenceFrequencies = optionSet([
  { value: "weekly", title: "Wekelijks" },
  { value: "monthly", title: "Maandelijks" },
]);

/** Which weekday of the month a monthly series falls on (-1 is the last). */
export const setPositions = optionSet([
  { value: 1, title: "eerste" },
  { value: 2, title: "tweede" },
  { value: 3, title: "derde" },
  { value: 4, title: "vierde" },
  { value: -1, title: "laatste" },
]);

/** Styles of a text block in rich text. */
export const textStyles = optionSet([
  { value: "normal", title: "Normaal" },
  { value: "h2", title: "Kop 2" },
  { value: "h3", title: "Kop 3" },
  { value: "h4", title: "Kop 4" },
  { value: "blockquote", title: "Citaat" },
]);

/** Kinds of list in rich text. */
export const listKinds = optionSet([
  { value: "bullet", title: "Opsomming" },
  { value: "number", title: "Genummerd" },
]);

/** Decorators (inline styles) in rich text. */
export const decorators = optionSet([
  { value: "strong", title: "Vet" },
  { value: "em", title: "Cursief" },
]);

export type Region = OptionValue<typeof regions>;
export type EventKind = OptionValue<typeof eventKinds>;
export type SignalStatus = OptionValue<typeof signalStatuses>;
export type SignalVisibility = OptionValue<typeof signalVisibilities>;
export type Audience = OptionValue<typeof audiences>;
export type ThemeKind = OptionValue<typeof themeKinds>;
export type OrganisationKind = OptionValue<typeof organisationKinds>;
export type CalloutTone = OptionValue<typeof calloutTones>;
export type Weekday = OptionValue<typeof weekdays>;
export type RecurrenceFrequency = OptionValue<typeof recurrenceFrequencies>;
export type SetPosition = OptionValue<typeof setPositions>;
