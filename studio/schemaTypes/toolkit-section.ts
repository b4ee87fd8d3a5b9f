import { apiVersion, chapterNumberOf, documentTypeTitles, sectionNumberPattern } from "@gastvrij/content/model";
import { defineField, defineType } from "@sanity/types";
import { ordering, parentField, sampleField, slugField, textField, themesField, titleField } from "./fields.js";
import { textCheckRules } from "./rich-text.js";
import { othersWith } from "./rules.js";

export const toolkitSection = defineType({
  name: "toolkitSection",
  type: "document",
  title: documentTypeTitles.toolkitSection,
  fields: [
    parentField("chapter", "Hoofdstuk", "toolkitChapter", "Kies het hoofdstuk waartoe deze paragraaf hoort."),
    defineField({
      name: "number",
      type: "string",
      title: "Nummer",
      description: "Hoofdstuk en volgnummer, zoals 3.12.",
      validation: (rule) => [
        rule.required().error("Vul het nummer van de paragraaf in, zoals 3.12."),
        rule
          .regex(sectionNumberPattern)
          .error(
            "Schrijf het nummer als hoofdstuknummer, punt, volgnummer: bijvoorbeeld 3.12 (zonder spaties of punt op het einde).",
          ),
        rule.custom(async (number: string | undefined, context) => {
          const chapterId = (context.document as { chapter?: { _ref?: string } } | undefined)?.chapter?._ref;
          const first = number ? chapterNumberOf(number) : undefined;
          if (first === undefined || !context.document || !chapterId) return true;
          const chapterNumber = await context
            .getClient({ apiVersion })
            .fetch<number | null>(`coalesce(*[_id == $draft][0].number, *[_id == $id][0].number)`, {
              id: chapterId,
              draft: `drafts.${chapterId}`,
            });
          if (typeof chapterNumber === "number" && chapterNumber !== first) {
            return `Het nummer ${number} begint met ${first}, maar de paragraaf staat in hoofdstuk ${chapterNumber}; begin het nummer met ${chapterNumber}. of kies het juiste hoofdstuk.`;
          }
          const others = await othersWith(
            context,
            `*[_type == "toolkitSection" && chapter._ref == $chapter && number == $number && !(_id in [$id, $draft])].title`,
            { chapter: chapterId, number },
          );
          return others.length ? `Paragraaf ${number} bestaat al (‘${others[0]}’); kies een ander nummer.` : true;
        }),
      ],
    }),
    titleField("Vul de titel van de paragraaf in."),
    slugField(),
    textField("summary", "Samenvatting"),
    defineField({
      name: "body",
      type: "richText",
      title: "Tekst",
      validation: (rule) => [rule.required().error("Schrijf de tekst van de paragraaf."), ...textCheckRules(rule)],
    }),
    themesField(),
    sampleField(),
  ],
  orderings: [ordering("Nummer", "numberAsc", ["chapter.number", "asc"], ["number", "asc"])],
  preview: {
    select: { number: "number", title: "title", chapter: "chapter.title" },
    prepare: ({ number, title, chapter }) => ({
      title: [number, title ?? "Paragraaf zonder titel"].filter(Boolean).join(" "),
      subtitle: chapter ? `Paragraaf · ${chapter}` : "Paragraaf",
    }),
  },
});
