// Public entry @gastvrij/content/print: the printable toolkit. A toolkit edition goes to the print tree in one step
// (`buildPrintBook`), the tree to a PDF with Typst (`compileBook`); `exportToolkitPdf` does both from the content,
// `exportToolkitPdfs` the whole book and its parts (`listPrintParts`) in A4 and as A5 booklet (`imposeBooklet`).
// Its own entry because the Typst compiler is a native module that only printing needs. Only re-exports.

export {
  buildPrintBook,
  clampHeadings,
  editionLabel,
  maxPrintFieldLength,
  type PrintBlock,
  type PrintBook,
  type PrintBookBundle,
  type PrintBookPart,
  type PrintBookPartSupplement,
  type PrintContext,
  type PrintImageFile,
  type PrintInline,
  type PrintLinkTarget,
  type PrintOptions,
  printLabel,
  toPrintBlocks,
} from "./book.js";
export { bookletGeometry, type ImposedBooklet, imposeBooklet, type SheetSide, saddleStitchOrder } from "./booklet.js";
export { compileBook, printFontsDir, type RenderedPdf, toolkitTemplatePath } from "./compile.js";
export {
  type ExportToolkitPdfOptions,
  type ExportToolkitPdfsOptions,
  exportToolkitPdf,
  exportToolkitPdfs,
  loadPrintToolkit,
  type PrintToolkit,
  type ToolkitPdf,
  writeToolkitPdfs,
} from "./export.js";
export { findPrintPart, listPrintParts, type PrintPart, type PrintPartKind } from "./parts.js";
