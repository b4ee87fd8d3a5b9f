/** The Sanity API version every client of the content speaks: the package's live source, the Studio, its rules. */
export const apiVersion = "2025-02-19";

/** The one time zone every event is planned in. */
export const eventTimeZone = "Europe/Brussels";
