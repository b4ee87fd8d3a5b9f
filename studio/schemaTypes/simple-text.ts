import { defineArrayMember, defineType } from "@sanity/types";
import { textAnnotations, textDecorators, textLists } from "./annotations.js";

/** Short Portable Text inside our custom blocks: paragraphs and lists, bold/italic, links. */
export const simpleText = defineType({
  name: "simpleText",
  type: "array",
  title: "Tekst",
  of: [
    defineArrayMember({
      type: "block",
      styles: [{ title: "Normaal", value: "normal" }],
      lists: textLists,
      marks: { decorators: textDecorators, annotations: textAnnotations },
    }),
  ],
});
