import { defineQuery } from "groq";

/** The site settings singleton. */
export const siteSettingsQuery = defineQuery(`*[_id == "siteSettings"][0]{
  _id, _type, title, description, organisationName, contactEmail, address, sampleContentNote
}`);
