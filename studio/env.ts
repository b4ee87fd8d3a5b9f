/**
 * Project id and dataset of the Studio, from the environment (`SANITY_STUDIO_PROJECT_ID`, `SANITY_STUDIO_DATASET`,
 * e.g. in `studio/.env.local`).
 *
 * Offline tasks (`sanity schema validate`, `schema extract`, `typegen generate`, `sanity build`) need no project: when
 * the id is missing they run with the placeholder {@link placeholderProjectId}. A Studio built or started that way
 * shows {@link missingProjectMessage} instead of a login screen (see sanity.config.ts).
 */

/** Placeholder project id for offline tasks only; it names no real project. */
export const placeholderProjectId = "unset0000";

/** Shown (and printed) when the Studio runs without a project id. */
export const missingProjectMessage =
  "Geen Sanity-project ingesteld / No Sanity project configured: set SANITY_STUDIO_PROJECT_ID (and optionally SANITY_STUDIO_DATASET, default ‘production’) in studio/.env.local or the environment, then restart the Studio. Example: SANITY_STUDIO_PROJECT_ID=abc123xy pnpm dev";

interface StudioEnv {
  projectId: string;
  dataset: string;
  /** Whether a real project id was given. */
  configured: boolean;
}

/** Reads the environment (Vite exposes `SANITY_STUDIO_*` variables to the browser bundle through `process.env`). */
export function studioEnv(): StudioEnv {
  const projectId = process.env.SANITY_STUDIO_PROJECT_ID?.trim() ?? "";
  const dataset = process.env.SANITY_STUDIO_DATASET?.trim() || "production";
  return projectId
    ? { projectId, dataset, configured: true }
    : { projectId: placeholderProjectId, dataset, configured: false };
}
