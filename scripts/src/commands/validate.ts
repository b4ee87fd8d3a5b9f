import { defaultDatasetPath } from "@gastvrij/content/sources";
import type { Command } from "commander";
import { userPath } from "../lib/paths.js";
import { action, EXIT_INVALID } from "../lib/run-command.js";

interface CheckTextOptions {
  dataset?: string;
  strict?: boolean;
  drafts?: boolean;
}

interface ValidateOptions {
  dataset?: string;
  strict?: boolean;
  drafts?: boolean;
}

/** `gastvrij validate`: checks a dataset against the Studio's own schema and validation rules, offline. */
export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description(
      "Check a dataset against the Studio's schema and validation rules (offline): required fields, slugs, section numbers, dates, links, personal data in public signals, references, duplicate ids, unknown types.",
    )
    .option("--dataset <path>", "export to check (.ndjson, export folder or .tar.gz); default: the embedded dataset")
    .option("--strict", "also fail on warnings (of published documents)")
    .option("--drafts", "list every problem in drafts and release versions (as notes; they never fail the check)")
    .addHelpText(
      "after",
      [
        "",
        "Every problem of a published document is printed as `file:line: document <id>, field <path>: <message>`.",
        "Drafts (drafts.*) and release versions (versions.*) are checked as the Studio checks them, but they are not",
        "published and never block a build: their problems are notes, summed up in one line (listed with --drafts as",
        "`note: file:line: document <id> (draft), field <path>: <message>`). sanity.* and system.* documents are",
        "skipped. Exit status: 0 when published documents have no errors (and, with --strict, no warnings), 1 otherwise.",
      ].join("\n"),
    )
    .action(
      action(async (options: ValidateOptions) => {
        // Loaded here, not at start-up: the Studio schema and Sanity's validation are heavy and only this command uses them.
        const { validateExport } = await import("../validate/validate-export.js");
        const { formatDraftSummary, formatProblem, formatSummary } = await import("../validate/format-problems.js");
        const path = options.dataset ? userPath(options.dataset) : defaultDatasetPath();
        const report = await validateExport(path, { cwd: process.env.GASTVRIJ_CWD ?? process.cwd() });
        for (const problem of report.problems) {
          if (problem.level === "note" && !options.drafts) continue;
          (problem.level === "error" ? console.error : console.warn)(formatProblem(problem));
        }
        const drafts = formatDraftSummary(report, { listed: options.drafts === true });
        if (drafts) console.warn(drafts);
        console.log(formatSummary(report));
        // Only published documents decide: notes (drafts, release versions) never change the exit status.
        const errors = report.problems.filter((problem) => problem.level === "error").length;
        const warnings = report.problems.filter((problem) => problem.level === "warning").length;
        const failed = errors > 0 || (options.strict === true && warnings > 0);
        return failed ? EXIT_INVALID : 0;
      }),
    );
}

/**
 * `gastvrij check-text`: the editors' checks on rich text (the Studio's yellow warnings, and images without alt
 * text) as a report over a whole export. Its own command rather than a flag of `validate`: `validate` is the gate of
 * every build and already prints these warnings among the Studio's other rules; this is the editors' to-do list,
 * only the text checks, with one count, and advice unless `--strict`.
 */
export function registerCheckText(program: Command): void {
  program
    .command("check-text")
    .description(
      "Report what editors may want to change in rich text (offline): headings that skip a level, images without alt text, link text that says nothing, lists typed by hand, sentences too long to read easily (aim: B1).",
    )
    .option("--dataset <path>", "export to check (.ndjson, export folder or .tar.gz); default: the embedded dataset")
    .option("--drafts", "also check drafts and release versions (their findings are notes)")
    .option("--strict", "exit 1 when a published document has a finding")
    .addHelpText(
      "after",
      [
        "",
        "Every finding is printed as `file:line: document <id>, field <path>: <message>` (the message in Dutch, as the",
        "Studio shows it under the field), then one line with the count. Only published documents are checked, unless",
        "--drafts (`note: file:line: document drafts.<id> (draft), …`). Findings are advice: exit status 0, unless",
        "--strict and a published document has one (exit 1).",
      ].join("\n"),
    )
    .action(
      action(async (options: CheckTextOptions) => {
        const { checkTextOfExport } = await import("../validate/check-text.js");
        const { formatAdvice, formatTextSummary } = await import("../validate/format-problems.js");
        const path = options.dataset ? userPath(options.dataset) : defaultDatasetPath();
        const report = await checkTextOfExport(path, {
          cwd: process.env.GASTVRIJ_CWD ?? process.cwd(),
          drafts: options.drafts === true,
        });
        for (const problem of report.problems) console.log(formatAdvice(problem));
        console.log(formatTextSummary(report));
        const published = report.problems.filter((problem) => problem.level !== "note").length;
        return options.strict === true && published > 0 ? EXIT_INVALID : 0;
      }),
    );
}
