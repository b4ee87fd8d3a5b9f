/** The Sanity API version every client of the content speaks: the package's live source, the Studio, its rules. */
export const apiVersion = "2025-02-19";

/** The one time zone every event is planned in. */
export const eventTimeZone = "Europe/Brussels";

/**
 * Domain part of every calendar event's `UID` (`<event id>@gastvrijnetwerk.be`). Fixed, not the site's host: a UID
 * names the event, not where the feed is served, so moving the site (another host or port) gives no duplicates.
 */
export const calendarUidDomain = "gastvrijnetwerk.be";
