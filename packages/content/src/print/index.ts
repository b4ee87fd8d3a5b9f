// Public entry @gastvrij/content/print: the printable toolkit. A toolkit edition goes to the print tree in one step
// (`buildPrintBook`), the tree to a PDF with Typst (`compileBook`); `exportToolkitPdf` does both from the content.
// Its own entry because the Typst compiler is a native module that only printing needs. Only re-exports.

export {
  buildPrintBook,
  clampHeadings,
  editionLabel,
  maxPrintFieldLength,
  type PrintBlock,
  type PrintBook,
  type PrintBookBundle,
  type PrintContext,
  type PrintImageFile,
  type PrintInline,
  type PrintLinkTarget,
  type PrintOptions,
  printLabel,
  toPrintBlocks,
} from "./book.js";
export { compileBook, printFontsDir, type RenderedPdf, toolkitTemplatePath } from "./compile.js";
export {
  type ExportToolkitPdfOptions,
  exportToolkitPdf,
  loadPrintToolkit,
  type PrintToolkit,
} from "./export.js";
