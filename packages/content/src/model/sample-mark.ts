/**
 * The words of the sample mark, said once for the site and the PDF: a document marked `sample` in the Studio is
 * (wholly or partly) invented to show how the site and the toolkit work, and every output says so where it begins.
 */
export const sampleMark = {
  /** Printed in bold before the text, and alone on a card's badge. */
  label: "Voorbeeld",
  /** The rest of the line. */
  text: "namen, plaatsen, data en voorbeelden in deze tekst zijn verzonnen; ze tonen hoe het werkt en zijn niet echt.",
} as const;
