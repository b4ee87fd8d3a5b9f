import { apiVersion, signalStatuses, siteSettingsId } from "@gastvrij/content/model";
import { BellIcon } from "@sanity/icons/Bell";
import { BookIcon } from "@sanity/icons/Book";
import { CalendarIcon } from "@sanity/icons/Calendar";
import { CogIcon } from "@sanity/icons/Cog";
import { DocumentIcon } from "@sanity/icons/Document";
import { DocumentPdfIcon } from "@sanity/icons/DocumentPdf";
import { DocumentsIcon } from "@sanity/icons/Documents";
import { TagIcon } from "@sanity/icons/Tag";
import { UsersIcon } from "@sanity/icons/Users";
import { WarningOutlineIcon } from "@sanity/icons/WarningOutline";
import { WrenchIcon } from "@sanity/icons/Wrench";
import type { StructureBuilder, StructureResolver } from "sanity/structure";
import { documentNode } from "../components/print-preview.js";
import {
  chaptersOfEditionFilter,
  pastEventsFilter,
  sectionsOfChapterFilter,
  seriesFilter,
  supplementsOfSectionFilter,
  upcomingEventsFilter,
} from "./filters.js";

/** A document list of one type, filtered by its parent's id, whose "new" button fills in the parent. */
function childList(
  S: StructureBuilder,
  options: { type: string; title: string; filter: string; parentId: string; template: string; param: string },
) {
  return S.documentList()
    .title(options.title)
    .schemaType(options.type)
    .filter(options.filter)
    .params({ parentId: options.parentId })
    .apiVersion(apiVersion)
    .initialValueTemplates([S.initialValueTemplateItem(options.template, { [options.param]: options.parentId })]);
}

/** Toolkit: edition → chapters → sections → supplements; each level can also be edited itself. */
function toolkit(S: StructureBuilder) {
  const section = (sectionId: string) =>
    S.list()
      .title("Paragraaf")
      .items([
        S.listItem()
          .title("Paragraaf bewerken")
          .icon(DocumentsIcon)
          .child(documentNode(S, "toolkitSection").documentId(sectionId)),
        S.listItem()
          .title("Bijlagen")
          .child(
            childList(S, {
              type: "toolkitSupplement",
              title: "Bijlagen",
              filter: supplementsOfSectionFilter,
              parentId: sectionId,
              template: "toolkitSupplement-in-section",
              param: "sectionId",
            }).defaultOrdering([{ field: "order", direction: "asc" }]),
          ),
      ]);

  const chapter = (chapterId: string) =>
    S.list()
      .title("Hoofdstuk")
      .items([
        S.listItem()
          .title("Hoofdstuk bewerken")
          .icon(DocumentsIcon)
          .child(documentNode(S, "toolkitChapter").documentId(chapterId)),
        S.listItem()
          .title("Paragrafen")
          .child(
            childList(S, {
              type: "toolkitSection",
              title: "Paragrafen",
              filter: sectionsOfChapterFilter,
              parentId: chapterId,
              template: "toolkitSection-in-chapter",
              param: "chapterId",
            })
              .defaultOrdering([{ field: "number", direction: "asc" }])
              .child(section),
          ),
      ]);

  const edition = (editionId: string) =>
    S.list()
      .title("Editie")
      .items([
        S.listItem()
          .title("Editie bewerken")
          .icon(BookIcon)
          .child(S.document().schemaType("toolkitEdition").documentId(editionId)),
        S.listItem()
          .title("Hoofdstukken")
          .child(
            childList(S, {
              type: "toolkitChapter",
              title: "Hoofdstukken",
              filter: chaptersOfEditionFilter,
              parentId: editionId,
              template: "toolkitChapter-in-edition",
              param: "editionId",
            })
              .defaultOrdering([{ field: "number", direction: "asc" }])
              .child(chapter),
          ),
      ]);

  return S.listItem()
    .title("Toolkit")
    .icon(BookIcon)
    .child(
      S.list()
        .title("Toolkit")
        .items([
          S.listItem()
            .title("Edities")
            .child(
              S.documentTypeList("toolkitEdition")
                .title("Edities")
                .defaultOrdering([{ field: "editionNumber", direction: "desc" }])
                .child(edition),
            ),
          S.divider(),
          S.documentTypeListItem("toolkitChapter").title("Alle hoofdstukken"),
          S.documentTypeListItem("toolkitSection").title("Alle paragrafen"),
          S.documentTypeListItem("toolkitSupplement").title("Alle bijlagen"),
        ]),
    );
}

function filteredEvents(S: StructureBuilder, title: string, filter: string, direction: "asc" | "desc") {
  return S.listItem()
    .title(title)
    .child(
      S.documentList()
        .title(title)
        .schemaType("event")
        .filter(filter)
        .apiVersion(apiVersion)
        .defaultOrdering([{ field: "start", direction }]),
    );
}

function agenda(S: StructureBuilder) {
  return S.listItem()
    .title("Agenda")
    .icon(CalendarIcon)
    .child(
      S.list()
        .title("Agenda")
        .items([
          filteredEvents(S, "Komende activiteiten", upcomingEventsFilter, "asc"),
          filteredEvents(S, "Voorbije activiteiten", pastEventsFilter, "desc"),
          filteredEvents(S, "Reeksen", seriesFilter, "asc"),
          S.divider(),
          S.documentTypeListItem("event").title("Alle activiteiten"),
        ]),
    );
}

function signals(S: StructureBuilder) {
  const byStatus = signalStatuses.items.map(({ title, value }) =>
    S.listItem()
      .id(`signals-${value}`)
      .title(title)
      .child(
        S.documentList()
          .title(`Signalen: ${title.toLowerCase()}`)
          .schemaType("signal")
          .filter(`_type == "signal" && status == $status`)
          .params({ status: value })
          .apiVersion(apiVersion)
          .defaultOrdering([{ field: "observedAt", direction: "desc" }]),
      ),
  );
  return S.listItem()
    .title("Signalen")
    .icon(WarningOutlineIcon)
    .child(
      S.list()
        .title("Signalen")
        .items([...byStatus, S.divider(), S.documentTypeListItem("signal").title("Alle signalen")]),
    );
}

function themes(S: StructureBuilder) {
  const byKind = (title: string, kind: string) =>
    S.listItem()
      .title(title)
      .child(
        S.documentList()
          .title(title)
          .schemaType("theme")
          .filter(`_type == "theme" && kind == $kind`)
          .params({ kind })
          .apiVersion(apiVersion)
          .defaultOrdering([{ field: "order", direction: "asc" }]),
      );
  return S.listItem()
    .title("Thema’s")
    .icon(TagIcon)
    .child(
      S.list()
        .title("Thema’s")
        .items([
          byKind("Dagelijks leven (hoofdstuk 3)", "dailyLife"),
          byKind("Thema’s van het netwerk", "network"),
          S.divider(),
          S.documentTypeListItem("theme").title("Alle thema’s"),
        ]),
    );
}

function organisations(S: StructureBuilder) {
  return S.listItem()
    .title("Organisaties")
    .icon(UsersIcon)
    .child(
      S.list()
        .title("Organisaties")
        .items([
          S.documentTypeListItem("organisation").title("Organisaties"),
          S.documentTypeListItem("person").title("Personen"),
        ]),
    );
}

/** The organisation's pages: the top level, then every page. */
function pages(S: StructureBuilder) {
  return S.listItem()
    .title("Pagina’s")
    .icon(DocumentIcon)
    .child(
      S.list()
        .title("Pagina’s")
        .items([
          S.listItem()
            .title("Hoofdpagina’s")
            .child(
              S.documentList()
                .title("Hoofdpagina’s")
                .schemaType("page")
                .filter(`_type == "page" && !defined(parent)`)
                .apiVersion(apiVersion)
                .defaultOrdering([{ field: "title", direction: "asc" }]),
            ),
          S.documentTypeListItem("page").title("Alle pagina’s"),
        ]),
    );
}

/** Every uploaded file (statutes, forms, report books), to see what is online and where it is used. */
function files(S: StructureBuilder) {
  return S.listItem()
    .title("Bestanden")
    .icon(DocumentPdfIcon)
    .child(
      S.documentList()
        .title("Bestanden")
        .schemaType("sanity.fileAsset")
        .filter(`_type == "sanity.fileAsset"`)
        .apiVersion(apiVersion)
        .defaultOrdering([{ field: "originalFilename", direction: "asc" }]),
    );
}

function settings(S: StructureBuilder) {
  return S.listItem()
    .id(siteSettingsId)
    .title("Site-instellingen")
    .icon(CogIcon)
    .child(S.document().schemaType("siteSettings").documentId(siteSettingsId).title("Site-instellingen"));
}

/** The desk: how the network's editors think about their content. */
export const structure: StructureResolver = (S) =>
  S.list()
    .title("Inhoud")
    .items([
      toolkit(S),
      S.documentTypeListItem("tool").title("Tools").icon(WrenchIcon),
      agenda(S),
      S.documentTypeListItem("newsItem").title("Nieuws").icon(BellIcon),
      signals(S),
      themes(S),
      organisations(S),
      pages(S),
      files(S),
      S.divider(),
      settings(S),
    ]);
