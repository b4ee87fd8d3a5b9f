import { documentTypeTitles, siteAddress } from "@gastvrij/content/model";
import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { textField } from "./fields.js";

/** The one settings document (fixed id `siteSettings`; the desk structure opens it directly). */
export const siteSettings = defineType({
  name: "siteSettings",
  type: "document",
  title: documentTypeTitles.siteSettings,
  fields: [
    defineField({
      name: "title",
      type: "string",
      title: "Titel van de site",
      initialValue: "Gastvrij Netwerk",
      validation: (rule) => rule.required().error("Vul de titel van de site in."),
    }),
    textField("description", "Beschrijving", {
      description: "Eén of twee zinnen over het netwerk, voor zoekmachines en de voettekst.",
      required: "Schrijf een korte beschrijving van de site.",
    }),
    defineField({
      name: "siteUrl",
      type: "url",
      title: "Adres van de website",
      description:
        "Het openbare adres van de site, zoals https://www.gastvrijnetwerk.be. Het staat in de pdf, de agenda-abonnementen, de sitemap en de links die zoekmachines tonen. Wijzig het alleen als de site echt verhuist.",
      validation: (rule) =>
        rule.custom((value) =>
          value === undefined || siteAddress(value) !== undefined
            ? true
            : "Vul het volledige adres in, zoals https://www.gastvrijnetwerk.be (zonder pad, ? of # erachter).",
        ),
    }),
    defineField({
      name: "organisationName",
      type: "string",
      title: "Naam van de organisatie",
      initialValue: "Gastvrij Netwerk",
      validation: (rule) => rule.required().error("Vul de naam van de organisatie in."),
    }),
    defineField({
      name: "contactEmail",
      type: "string",
      title: "Contact-e-mailadres",
      validation: (rule) => rule.email().error("Vul een geldig e-mailadres in, zoals info@gastvrijnetwerk.be."),
    }),
    textField("address", "Adres"),
    defineField({
      name: "phone",
      type: "string",
      title: "Telefoon van het secretariaat",
      description: "Zoals +32 2 123 45 67; staat in de voettekst.",
    }),
    defineField({
      name: "mainMenu",
      type: "array",
      title: "Hoofdmenu",
      description:
        "De items bovenaan elke pagina, in deze volgorde. Leeg: Toolkit, Tools, Agenda, Nieuws, Signalen, Thema’s.",
      of: [defineArrayMember({ type: "menuLink" })],
      validation: (rule) => rule.max(8).warning("Meer dan acht items maken het menu moeilijk te lezen op een gsm."),
    }),
    defineField({
      name: "footerLinks",
      type: "array",
      title: "Links in de voettekst",
      description:
        "Bijvoorbeeld ‘Over ons’, ‘Lid worden’, ‘Contact’. Leeg: de toolkit als pdf en het agenda-abonnement.",
      of: [defineArrayMember({ type: "menuLink" })],
    }),
    defineField({
      name: "sampleContentNote",
      type: "text",
      rows: 3,
      title: "Opmerking over de inhoud",
      description: "Zegt op elke pagina dat dit voorbeeldinhoud is en geen juridisch advies.",
      initialValue:
        "Dit is voorbeeldinhoud en geen juridisch advies. Controleer regels en bedragen altijd bij de bevoegde dienst.",
      validation: (rule) =>
        rule.required().error("Vul de opmerking in dat dit voorbeeldinhoud is en geen juridisch advies."),
    }),
  ],
  preview: { prepare: () => ({ title: "Site-instellingen" }) },
});
