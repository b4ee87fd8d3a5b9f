import { calendarFeedPath, eventsToIcs, openContent, writeFileAtomic } from "@gastvrij/content";
import type { Command } from "commander";
import { commandSiteAddress } from "../build/site-address.js";
import { userPath } from "../lib/paths.js";
import { action } from "../lib/run-command.js";

/** Site address for event links when no address is given or set in the site settings (where `npm start` serves). */
export const defaultSiteUrl = "http://127.0.0.1:4321";

interface CalendarOptions {
  out?: string;
  dataset?: string;
  siteUrl?: string;
}

/** `gastvrij calendar`: the subscribable ICS feed of all public events, to stdout or (atomically) to a file. */
export function registerCalendar(program: Command): void {
  program
    .command("calendar")
    .description(
      `Write the calendar feed (ICS) of all public events, as the site serves it at ${calendarFeedPath}: series as RRULE with their cancelled dates, times in Europe/Brussels.`,
    )
    .option("--out <file.ics>", "file to write (replaced only when the whole feed was made); default: standard output")
    .option(
      "--dataset <path>",
      "export to read (.ndjson, export folder or .tar.gz); default: GASTVRIJ_DATASET or the embedded dataset",
    )
    .option(
      "--site-url <url>",
      `site address for the event links; default: GASTVRIJ_SITE_URL, else the site settings' address, else ${defaultSiteUrl}`,
    )
    .addHelpText(
      "after",
      `
Examples:
  gastvrij calendar > agenda.ics
  gastvrij calendar --out build/agenda/agenda.ics --site-url https://example.be
  gastvrij calendar --dataset ./export.tar.gz --out agenda.ics`,
    )
    .action(
      action(async (options: CalendarOptions) => {
        // Only published documents are read (drafts and versions never), and events have no internal variant.
        const content = await openContent(options.dataset ? { dataset: userPath(options.dataset) } : {});
        const [events, settings] = await Promise.all([content.getEvents(), content.getSiteSettings()]);
        const siteUrl = commandSiteAddress(options.siteUrl, settings.siteUrl) ?? defaultSiteUrl;
        const ics = eventsToIcs(events, { siteUrl });
        if (!options.out) {
          process.stdout.write(ics);
          return 0;
        }
        const out = userPath(options.out);
        await writeFileAtomic(out, ics);
        console.log(`calendar written (${events.length} events): ${out}`);
        return 0;
      }),
    );
}
