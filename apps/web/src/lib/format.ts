/** Dutch labels and date formatting for the pages. */

const timeZone = "Europe/Brussels";

const dateFormat = new Intl.DateTimeFormat("nl-BE", {
  timeZone,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const shortDateFormat = new Intl.DateTimeFormat("nl-BE", { timeZone, day: "numeric", month: "short", year: "numeric" });
const timeFormat = new Intl.DateTimeFormat("nl-BE", { timeZone, hour: "2-digit", minute: "2-digit" });

/** "dinsdag 3 maart 2026". */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** "3 mrt 2026". */
export function formatShortDate(iso: string): string {
  return shortDateFormat.format(new Date(iso));
}

/** "dinsdag 3 maart 2026, 19:30–21:30" in Brussels time. */
export function formatWhen(start: string, end?: string): string {
  const day = formatDate(start);
  const from = timeFormat.format(new Date(start));
  if (!end) return `${day}, ${from}`;
  const sameDay = formatDate(end) === day;
  return sameDay
    ? `${day}, ${from}–${timeFormat.format(new Date(end))}`
    : `${day}, ${from} – ${formatDate(end)}, ${timeFormat.format(new Date(end))}`;
}

/** A date-only string (`YYYY-MM-DD`) as "12 maart 2026". */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat("nl-BE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export const eventKindLabels: Record<string, string> = {
  networkDay: "Netwerkdag",
  intervision: "Intervisie",
  learningNetwork: "Lerend netwerk",
  training: "Vorming",
};

export const signalStatusLabels: Record<string, string> = {
  received: "Ontvangen",
  examining: "In onderzoek",
  passedToPolicy: "Doorgegeven aan beleid",
  followedUp: "Opgevolgd",
};

/** Status order on the signals page. */
export const signalStatusOrder = ["received", "examining", "passedToPolicy", "followedUp"];

export const audienceLabels: Record<string, string> = {
  volunteers: "vrijwilligers",
  coordinators: "coördinatoren",
  newcomers: "nieuwkomers",
  socialWorkers: "maatschappelijk werkers",
  localGovernments: "lokale besturen",
};

export const regionLabels: Record<string, string> = {
  antwerpen: "Antwerpen",
  limburg: "Limburg",
  "oost-vlaanderen": "Oost-Vlaanderen",
  "vlaams-brabant": "Vlaams-Brabant",
  "west-vlaanderen": "West-Vlaanderen",
  brussel: "Brussel",
  vlaanderen: "Vlaanderen",
  belgie: "België",
};

export function label(labels: Record<string, string>, key: string): string {
  return labels[key] ?? key;
}

const weekdays: Record<string, string> = {
  MO: "maandag",
  TU: "dinsdag",
  WE: "woensdag",
  TH: "donderdag",
  FR: "vrijdag",
  SA: "zaterdag",
  SU: "zondag",
};
const positions: Record<string, string> = {
  "1": "eerste",
  "2": "tweede",
  "3": "derde",
  "4": "vierde",
  "-1": "laatste",
};

/** A series' rule in Dutch: "elke twee maanden op de eerste dinsdag", "elke week op donderdag". */
export function describeRecurrence(rule: {
  frequency: "weekly" | "monthly";
  interval: number;
  weekday: string;
  setPosition?: number;
  until?: string;
}): string {
  const day = weekdays[rule.weekday] ?? rule.weekday;
  const every =
    rule.frequency === "weekly"
      ? rule.interval === 1
        ? "elke week"
        : `om de ${rule.interval} weken`
      : rule.interval === 1
        ? "elke maand"
        : `om de ${rule.interval} maanden`;
  const when =
    rule.frequency === "monthly" && rule.setPosition !== undefined
      ? `op de ${positions[String(rule.setPosition)] ?? `${rule.setPosition}e`} ${day}`
      : `op ${day}`;
  return `${every} ${when}${rule.until ? `, tot ${formatDay(rule.until)}` : ""}`;
}
