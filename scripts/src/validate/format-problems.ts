import type { DatasetProblem, DatasetReport } from "./validate-dataset.js";

/** `file:line: document <id> (draft), field <path>: <message>`, warnings marked `warning:`. */
export function formatProblem(problem: DatasetProblem): string {
  const documentId = problem.documentId && problem.draft ? `${problem.documentId} (draft)` : problem.documentId;
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const parts = [documentId ? `document ${documentId}` : "", problem.path ? `field ${problem.path}` : ""].filter(
    Boolean,
  );
  const location = `${where}: ${parts.length ? `${parts.join(", ")}: ` : ""}`;
  return `${location}${problem.level === "warning" ? "warning: " : ""}${problem.message}`;
}

/** The closing line: how many documents were checked and how many errors and warnings were found. */
export function formatSummary(report: DatasetReport): string {
  const errors = report.problems.filter((problem) => problem.level === "error").length;
  const warnings = report.problems.length - errors;
  const documents = `${report.validated} document${report.validated === 1 ? "" : "s"} checked`;
  const skipped = report.skipped ? `, ${report.skipped} system document${report.skipped === 1 ? "" : "s"} skipped` : "";
  const verdict = errors ? "invalid" : "valid";
  return `${verdict}: ${documents}${skipped}; ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
}
