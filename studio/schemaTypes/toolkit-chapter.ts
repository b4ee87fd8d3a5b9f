import { documentTypeTitles } from "@gastvrij/content/model";
import { defineField, defineType } from "@sanity/types";
import { ordering, parentField, sampleField, slugField, textField, titleField } from "./fields.js";
import { othersWith } from "./rules.js";

export const toolkitChapter = defineType({
  name: "toolkitChapter",
  type: "document",
  title: documentTypeTitles.toolkitChapter,
  fields: [
    parentField("edition", "Editie", "toolkitEdition", "Kies de toolkit-editie waartoe dit hoofdstuk hoort."),
    defineField({
      name: "number",
      type: "number",
      title: "Nummer",
      validation: (rule) => [
        rule.required().integer().min(1).error("Vul het nummer van het hoofdstuk in als geheel getal van 1 of meer."),
        rule.custom(async (number: number | undefined, context) => {
          const edition = (context.document as { edition?: { _ref?: string } } | undefined)?.edition?._ref;
          if (number === undefined || !context.document || !edition) return true;
          const others = await othersWith(
            context,
            `*[_type == "toolkitChapter" && edition._ref == $edition && number == $number && !(_id in [$id, $draft])].title`,
            { edition, number },
          );
          return others.length
            ? `Hoofdstuk ${number} bestaat al in deze editie (‘${others[0]}’); kies een ander nummer.`
            : true;
        }),
      ],
    }),
    titleField("Vul de titel van het hoofdstuk in."),
    slugField(),
    textField("summary", "Samenvatting"),
    defineField({ name: "body", type: "richText", title: "Tekst" }),
    sampleField(),
  ],
  orderings: [ordering("Nummer", "numberAsc", ["number", "asc"])],
  preview: {
    select: { number: "number", title: "title", edition: "edition.editionNumber" },
    prepare: ({ number, title, edition }) => ({
      title: `${number ?? "?"}. ${title ?? "Hoofdstuk zonder titel"}`,
      subtitle: edition ? `Hoofdstuk · editie ${edition}` : "Hoofdstuk",
    }),
  },
});
