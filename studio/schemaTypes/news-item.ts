import { documentTypeTitles } from "@gastvrij/content/model";
import { defineField, defineType } from "@sanity/types";
import { filesField, ordering, sampleField, slugField, textField, themesField, titleField } from "./fields.js";
import { textCheckRules } from "./rich-text.js";

/**
 * News from the network and the sector: project calls, training, reports, policy recommendations. Listed newest
 * first on `/nieuws/`, the newest on the home page, and in the news feed.
 */
export const newsItem = defineType({
  name: "newsItem",
  type: "document",
  title: documentTypeTitles.newsItem,
  description: "Nieuws uit het netwerk en de sector: projectoproepen, vorming, rapporten, beleidsaanbevelingen.",
  fields: [
    titleField("Vul de titel van het bericht in."),
    slugField(),
    defineField({
      name: "publishedAt",
      type: "datetime",
      title: "Datum",
      description: "Wanneer het bericht verschijnt; de nieuwste berichten staan bovenaan.",
      validation: (rule) => rule.required().error("Vul de datum van het bericht in."),
    }),
    textField("summary", "Samenvatting", {
      description: "Eén of twee zinnen: in de lijst, op de startpagina en in de nieuwsfeed.",
      required: "Schrijf een korte samenvatting van het bericht.",
    }),
    defineField({
      name: "body",
      type: "richText",
      title: "Tekst",
      validation: (rule) => [rule.required().error("Schrijf de tekst van het bericht."), ...textCheckRules(rule)],
    }),
    themesField(),
    filesField("Rapport (pdf)"),
    sampleField(),
  ],
  orderings: [ordering("Datum, nieuwste eerst", "publishedAtDesc", ["publishedAt", "desc"])],
  preview: {
    select: { title: "title", publishedAt: "publishedAt" },
    prepare: ({ title, publishedAt }) => ({
      title: title ?? "Bericht zonder titel",
      subtitle: typeof publishedAt === "string" ? publishedAt.slice(0, 10) : "Nog geen datum",
    }),
  },
});
