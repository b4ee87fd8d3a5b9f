/**
 * The public entries and their export lists, pinned (as rehype-sanitize pins its own): a name added to or removed
 * from an entry fails here until the list below says so. Types count as much as values; the TypeScript compiler
 * lists both.
 */
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const entries = {
  ".": "./index.ts",
  "./print": "./print/index.ts",
  "./sources": "./read/sources/index.ts",
};

function exportsOf(file: string): string[] {
  const path = fileURLToPath(new URL(file, import.meta.url));
  const program = ts.createProgram([path], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(path);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`cannot read ${file}`);
  return checker
    .getExportsOfModule(module)
    .map((symbol) => symbol.getName())
    .sort();
}

describe("public entries", () => {
  it("the root entry holds the read API, about 45 names", () => {
    expect(exportsOf(entries["."])).toEqual([
      "Content",
      "ContentError",
      "ContentErrorLocation",
      "ContentSource",
      "Event",
      "EventIcsOptions",
      "EventSchedule",
      "EventsIcsOptions",
      "FileDownload",
      "HtmlComponents",
      "LinkTarget",
      "MenuLink",
      "NewsItem",
      "Occurrence",
      "OpenContentOptions",
      "Page",
      "PortableText",
      "RenderHtmlOptions",
      "RenderedHtml",
      "ResolveLink",
      "RoutableType",
      "ScheduledEvent",
      "Signal",
      "SiteSettings",
      "Theme",
      "TocEntry",
      "Tool",
      "ToolkitChapter",
      "ToolkitEdition",
      "ToolkitSection",
      "ToolkitSectionPage",
      "ToolkitSectionSummary",
      "ToolkitSupplement",
      "calendarFeedPath",
      "createContent",
      "eventCalendarPath",
      "eventToIcs",
      "eventsToIcs",
      "excerpt",
      "hrefFor",
      "htmlSanitizeSchema",
      "openContent",
      "renderHtml",
      "toPlainText",
      "toolkitPdfPath",
      "writeFileAtomic",
    ]);
  });

  it("printing is its own entry: the edition to the print book in one step, then Typst", () => {
    expect(exportsOf(entries["./print"])).toEqual([
      "ExportToolkitPdfOptions",
      "ExportToolkitPdfsOptions",
      "ImposedBooklet",
      "PrintBlock",
      "PrintBook",
      "PrintBookBundle",
      "PrintBookPart",
      "PrintBookPartSupplement",
      "PrintContext",
      "PrintImageFile",
      "PrintInline",
      "PrintLinkTarget",
      "PrintOptions",
      "PrintPart",
      "PrintPartKind",
      "PrintToolkit",
      "RenderedPdf",
      "SheetSide",
      "ToolkitPdf",
      "bookletGeometry",
      "buildPrintBook",
      "clampHeadings",
      "compileBook",
      "editionLabel",
      "exportToolkitPdf",
      "exportToolkitPdfs",
      "findPrintPart",
      "imposeBooklet",
      "listPrintParts",
      "loadPrintToolkit",
      "maxPrintFieldLength",
      "printFontsDir",
      "printLabel",
      "saddleStitchOrder",
      "toPrintBlocks",
      "toolkitTemplatePath",
      "writeToolkitPdfs",
    ]);
  });

  it("the back ends are their own entry, for the validator, the benchmark and the query command", () => {
    expect(exportsOf(entries["./sources"])).toEqual([
      "ContentSource",
      "ExportAssetUse",
      "ExportData",
      "ExportDocument",
      "GroqEngine",
      "GroqEngineOptions",
      "LivePerspective",
      "LiveSource",
      "LiveSourceError",
      "LiveSourceOptions",
      "LocalSource",
      "LocalSourceOptions",
      "QueryParams",
      "RawDocument",
      "checkReferences",
      "collectAssets",
      "createGroqEngine",
      "defaultDatasetPath",
      "describeAsset",
      "embeddedDatasetPath",
      "openLiveSource",
      "openLocalSource",
      "publishedDocuments",
      "readExport",
    ]);
  });
});
