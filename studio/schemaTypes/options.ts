/** Option lists shared by several types: values as stored (English keys), titles as editors see them (Dutch). */

export const regionOptions = [
  { title: "Antwerpen", value: "antwerpen" },
  { title: "Limburg", value: "limburg" },
  { title: "Oost-Vlaanderen", value: "oost-vlaanderen" },
  { title: "Vlaams-Brabant", value: "vlaams-brabant" },
  { title: "West-Vlaanderen", value: "west-vlaanderen" },
  { title: "Brussel", value: "brussel" },
  { title: "Heel Vlaanderen", value: "vlaanderen" },
  { title: "België (nationaal)", value: "belgie" },
];

export const eventKindOptions = [
  { title: "Netwerkdag", value: "networkDay" },
  { title: "Intervisie", value: "intervision" },
  { title: "Lerend netwerk", value: "learningNetwork" },
  { title: "Vorming", value: "training" },
];

export const signalStatusOptions = [
  { title: "Ontvangen", value: "received" },
  { title: "In onderzoek", value: "examining" },
  { title: "Doorgegeven aan beleid", value: "passedToPolicy" },
  { title: "Opgevolgd", value: "followedUp" },
];

export const signalVisibilityOptions = [
  { title: "Intern (alleen voor het netwerk)", value: "internal" },
  { title: "Publiek (op de website)", value: "public" },
];

export const audienceOptions = [
  { title: "Vrijwilligers", value: "volunteers" },
  { title: "Coördinatoren", value: "coordinators" },
  { title: "Nieuwkomers", value: "newcomers" },
  { title: "Maatschappelijk werkers", value: "socialWorkers" },
  { title: "Lokale besturen", value: "localGovernments" },
];

export const weekdayOptions = [
  { title: "maandag", value: "MO" },
  { title: "dinsdag", value: "TU" },
  { title: "woensdag", value: "WE" },
  { title: "donderdag", value: "TH" },
  { title: "vrijdag", value: "FR" },
  { title: "zaterdag", value: "SA" },
  { title: "zondag", value: "SU" },
];

/** The Dutch title of an option value (the value itself when unknown). */
export function optionTitle(options: ReadonlyArray<{ title: string; value: unknown }>, value: unknown): string {
  return options.find((option) => option.value === value)?.title ?? String(value ?? "");
}

/** The one time zone of the network's events. */
export const eventTimeZone = "Europe/Brussels";
