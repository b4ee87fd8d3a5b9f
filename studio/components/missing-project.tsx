import { missingProjectMessage } from "../env.js";

/** Replaces the Studio when no project id is set: says which variables to set instead of failing to log in. */
export function MissingProject() {
  return (
    <main style={{ maxWidth: "40rem", margin: "3rem auto", padding: "0 1.5rem", fontFamily: "system-ui, sans-serif" }}>
      <h1>Geen Sanity-project ingesteld</h1>
      <p>{missingProjectMessage}</p>
      <pre>{"SANITY_STUDIO_PROJECT_ID=abc123xy\nSANITY_STUDIO_DATASET=production"}</pre>
    </main>
  );
}
