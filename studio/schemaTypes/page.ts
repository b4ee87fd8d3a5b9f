import { apiVersion, documentTypeTitles, reservedPageSlugs } from "@gastvrij/content/model";
import { defineField, defineType, type Reference } from "@sanity/types";
import { filesField, ordering, sampleField, slugField, textField, titleField } from "./fields.js";
import { textCheckRules } from "./rich-text.js";

/**
 * The organisation's own pages: what the network is, how to join, contact, projects. A page lives at `/<slug>/`; a
 * parent page groups pages (breadcrumbs, the parent's list of its pages) without changing their address, so a page
 * keeps its address when it is moved.
 */
export const page = defineType({
  name: "page",
  type: "document",
  title: documentTypeTitles.page,
  description: "Een eigen pagina van het netwerk, zoals ‘Over Gastvrij Netwerk’, ‘Lid worden’ of ‘Contact’.",
  fields: [
    titleField("Vul de titel van de pagina in."),
    slugField("title", {
      reserved: reservedPageSlugs,
      description: "Het webadres van de pagina: /slug/. Kies korte, duidelijke woorden, zoals ‘lid-worden’.",
    }),
    defineField({
      name: "parent",
      type: "reference",
      title: "Valt onder",
      description: "Optioneel: de pagina waaronder deze hoort, zoals ‘Projecten’. Eén niveau diep.",
      to: [{ type: "page" }],
      validation: (rule) =>
        rule
          .custom(async (value: Reference | undefined, context) => {
            if (!value?._ref) return true;
            const id = context.document?._id.replace(/^drafts\./, "");
            if (value._ref === id) return "Een pagina kan niet onder zichzelf vallen.";
            const client = context.getClient({ apiVersion });
            const parentHasParent = await client.fetch<boolean>(`defined(*[_id == $id][0].parent)`, { id: value._ref });
            return parentHasParent
              ? "Die pagina valt zelf al onder een andere; kies een pagina van het hoogste niveau."
              : true;
          })
          .error(),
    }),
    textField("summary", "Samenvatting", {
      description:
        "Eén of twee zinnen: bovenaan de pagina, in de zoekresultaten en in de lijst van de bovenliggende pagina.",
      required: "Schrijf een korte samenvatting van de pagina.",
    }),
    defineField({
      name: "body",
      type: "richText",
      title: "Tekst",
      validation: (rule) => [rule.required().error("Schrijf de tekst van de pagina."), ...textCheckRules(rule)],
    }),
    filesField("Statuten (pdf)"),
    defineField({
      name: "order",
      type: "number",
      title: "Volgorde",
      description: "De volgorde onder de bovenliggende pagina (1 = eerst).",
      validation: (rule) => rule.integer().min(1).error("Vul een geheel getal van 1 of meer in."),
    }),
    sampleField(),
  ],
  orderings: [ordering("Titel", "titleAsc", ["title", "asc"])],
  preview: {
    select: { title: "title", slug: "slug.current", parent: "parent.title" },
    prepare: ({ title, slug, parent }) => ({
      title: title ?? "Pagina zonder titel",
      subtitle: [parent, slug ? `/${slug}/` : undefined].filter(Boolean).join(" · "),
    }),
  },
});
