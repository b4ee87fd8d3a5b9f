import type { TextReport } from "./check-text.js";
import type { DatasetProblem, DatasetReport } from "./validate-dataset.js";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** `(draft)` or `(release version)` after the id of a document that is not published. */
function unpublishedMark(documentId: string): string {
  return documentId.startsWith("versions.") ? " (release version)" : " (draft)";
}

/**
 * `file:line: document <id>, field <path>: <message>`; warnings marked `warning:`. A problem in a draft or release
 * version is a note line: `note: file:line: document drafts.<id> (draft), field <path>: <message>`.
 */
export function formatProblem(problem: DatasetProblem): string {
  return format(problem, false);
}

/**
 * A finding of a report whose every line is advice (`check-text`): as {@link formatProblem}, without `warning:`.
 * `file:line: document <id>, field <path>: <message>`; in a draft `note: file:line: document drafts.<id> (draft), …`.
 */
export function formatAdvice(problem: DatasetProblem): string {
  return format(problem, true);
}

function format(problem: DatasetProblem, advice: boolean): string {
  const documentId =
    problem.documentId && problem.draft
      ? `${problem.documentId}${unpublishedMark(problem.documentId)}`
      : problem.documentId;
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const parts = [documentId ? `document ${documentId}` : "", problem.path ? `field ${problem.path}` : ""].filter(
    Boolean,
  );
  const location = `${where}: ${parts.length ? `${parts.join(", ")}: ` : ""}`;
  if (problem.level === "note") return `note: ${location}${problem.message}`;
  return `${location}${problem.level === "warning" && !advice ? "warning: " : ""}${problem.message}`;
}

/** The problems of drafts and release versions: reported as notes, never blocking. */
export function draftProblems(report: DatasetReport): DatasetProblem[] {
  return report.problems.filter((problem) => problem.level === "note");
}

/**
 * One note for all draft problems, or undefined when the drafts are clean:
 * `note: 3 problems in 2 drafts (not published; they do not block a build). See them with --drafts.`
 */
export function formatDraftSummary(report: DatasetReport, options: { listed?: boolean } = {}): string | undefined {
  const notes = draftProblems(report);
  if (notes.length === 0) return undefined;
  const ids = new Set(notes.map((problem) => problem.documentId ?? ""));
  const versions = [...ids].filter((id) => id.startsWith("versions.")).length;
  const drafts = ids.size - versions;
  const documents = [drafts ? plural(drafts, "draft") : "", versions ? plural(versions, "release version") : ""]
    .filter(Boolean)
    .join(" and ");
  const they = ids.size === 1 ? "it does" : "they do";
  const hint = options.listed ? "" : " See them with --drafts.";
  return `note: ${plural(notes.length, "problem")} in ${documents} (not published; ${they} not block a build).${hint}`;
}

/** The closing line: how many documents were checked and how many errors and warnings published documents have. */
export function formatSummary(report: DatasetReport): string {
  const errors = report.problems.filter((problem) => problem.level === "error").length;
  const warnings = report.problems.filter((problem) => problem.level === "warning").length;
  const documents = `${plural(report.validated, "document")} checked`;
  const skipped = report.skipped ? `, ${plural(report.skipped, "system document")} skipped` : "";
  const verdict = errors ? "invalid" : "valid";
  return `${verdict}: ${documents}${skipped}; ${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}

/**
 * The closing line of `check-text`: how many documents were checked and how many findings published documents have
 * (and drafts, when they were checked). `text: 41 documents checked; 3 findings in 2 documents (advice: they do
 * not block publishing)`.
 */
export function formatTextSummary(report: TextReport): string {
  const count = (level: DatasetProblem["level"]) => {
    const found = report.problems.filter((problem) => problem.level === level);
    return { findings: found.length, documents: new Set(found.map((problem) => problem.documentId)).size };
  };
  const published = count("warning");
  const drafts = count("note");
  const findings = published.findings
    ? `${plural(published.findings, "finding")} in ${plural(published.documents, "document")}`
    : "no findings";
  const inDrafts = drafts.findings
    ? `; ${plural(drafts.findings, "note")} in ${plural(drafts.documents, "unpublished document")}`
    : "";
  const advice = published.findings || drafts.findings ? " (advice: they do not block publishing)" : "";
  return `text: ${plural(report.checked, "document")} checked; ${findings}${inDrafts}${advice}`;
}
