/** Fixed site paths the pages link to (from the content package's routes). */
export { calendarFeedPath as feedHref, toolkitPdfPath as pdfHref } from "@gastvrij/content";
