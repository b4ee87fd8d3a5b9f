import { callout } from "./callout.js";
import { checklist } from "./checklist.js";
import { event } from "./event.js";
import { link } from "./link.js";
import { location } from "./location.js";
import { menuLink } from "./menu-link.js";
import { newsItem } from "./news-item.js";
import { organisation } from "./organisation.js";
import { page } from "./page.js";
import { person } from "./person.js";
import { practiceExample } from "./practice-example.js";
import { recurrence } from "./recurrence.js";
import { registration } from "./registration.js";
import { richText } from "./rich-text.js";
import { signal } from "./signal.js";
import { simpleText } from "./simple-text.js";
import { siteSettings } from "./site-settings.js";
import { speaker } from "./speaker.js";
import { theme } from "./theme.js";
import { tip } from "./tip.js";
import { tool } from "./tool.js";
import { toolkitChapter } from "./toolkit-chapter.js";
import { toolkitEdition } from "./toolkit-edition.js";
import { toolkitSection } from "./toolkit-section.js";
import { toolkitSupplement } from "./toolkit-supplement.js";

/** Every type of the content model (docs/content-model.md): documents first, then objects and text types. */
export const schemaTypes = [
  siteSettings,
  theme,
  organisation,
  person,
  toolkitEdition,
  toolkitChapter,
  toolkitSection,
  toolkitSupplement,
  tool,
  event,
  signal,
  page,
  newsItem,
  link,
  menuLink,
  recurrence,
  location,
  registration,
  speaker,
  richText,
  simpleText,
  tip,
  practiceExample,
  checklist,
  callout,
];

/** The singleton document type: one per dataset, with the fixed id `siteSettingsId` of the content model. */
export const singletonTypes = new Set(["siteSettings"]);
