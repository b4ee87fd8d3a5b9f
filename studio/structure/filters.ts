/**
 * GROQ filters of the desk lists. `now()` is evaluated by the Content Lake when the list loads; a series counts as
 * upcoming while it has no end date or its end date has not passed.
 */

const eventEnd = "coalesce(end, start)";
const seriesRunning = `defined(recurrence) && (!defined(recurrence.until) || recurrence.until >= now())`;

export const upcomingEventsFilter = `_type == "event" && (${eventEnd} >= now() || (${seriesRunning}))`;
export const pastEventsFilter = `_type == "event" && ${eventEnd} < now() && !(${seriesRunning})`;
export const seriesFilter = `_type == "event" && defined(recurrence)`;

export const chaptersOfEditionFilter = `_type == "toolkitChapter" && edition._ref == $parentId`;
export const sectionsOfChapterFilter = `_type == "toolkitSection" && chapter._ref == $parentId`;
export const supplementsOfSectionFilter = `_type == "toolkitSupplement" && section._ref == $parentId`;
