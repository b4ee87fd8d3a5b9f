import { calendarFeedPath, eventsToIcs, openContent, writeFileAtomic } from "@gastvrij/content";
import type { Command } from "commander";
import { userPath } from "../lib/paths.js";
import { action } from "../lib/run-command.js";

/** Site address used for event links when neither `--site-url` nor `GASTVRIJ_SITE_URL` is given (as the site does). */
export const defaultSiteUrl = "http://localhost:4321";

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
      `site address for the event links and UIDs; default: GASTVRIJ_SITE_URL, else ${defaultSiteUrl}`,
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
        const siteUrl = options.siteUrl ?? (process.env.GASTVRIJ_SITE_URL || defaultSiteUrl);
        // Only published documents are read (drafts and versions never), and events have no internal variant.
        const content = await openContent(options.dataset ? { dataset: userPath(options.dataset) } : {});
        const events = await content.getEvents();
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
