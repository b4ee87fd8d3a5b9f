/**
 * Writes the sample PDFs of the embedded dataset (statutes, internal rules, membership form, the report books of the
 * network days) into this folder. They stand in for the real documents: each says in its text that it is a sample
 * file and is not the real document. The PDFs are written by hand (one page, the standard Helvetica font, no
 * compression, no dates), so the same script always gives the same bytes.
 *
 * Run from the repository root: `node_modules/.bin/tsx packages/content/dataset/markdown/files/make-sample-files.ts`,
 * then `pnpm --filter @gastvrij/content run dataset:build`.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

interface SampleFile {
  name: string;
  title: string;
  /** What the real document is, in one line. */
  about: string;
}

const notice = "Voorbeeldbestand — dit is niet het echte document";

const files: SampleFile[] = [
  { name: "statuten.pdf", title: "Statuten", about: "Op deze plaats staan de statuten van Gastvrij Netwerk vzw." },
  {
    name: "huishoudelijk-reglement.pdf",
    title: "Huishoudelijk reglement",
    about: "Op deze plaats staat het huishoudelijk reglement van Gastvrij Netwerk vzw.",
  },
  {
    name: "aansluitingsformulier.pdf",
    title: "Aansluitingsformulier",
    about: "Op deze plaats staat het formulier waarmee een groep aansluit bij Gastvrij Netwerk.",
  },
  ...[2017, 2018, 2019].map((year) => ({
    name: `verslagboek-netwerkdag-${year}.pdf`,
    title: `Verslagboek netwerkdag Gastvrij Netwerk ${year}`,
    about: `Op deze plaats staat het verslagboek van de netwerkdag van ${year}.`,
  })),
];

/** Characters of WinAnsiEncoding outside ASCII that the texts use. */
const winAnsi: Record<string, number> = { "—": 0x97, "–": 0x96, é: 0xe9, ë: 0xeb, ï: 0xef, è: 0xe8 };

/** A PDF string literal in WinAnsiEncoding, as bytes. */
function pdfString(text: string): Buffer {
  const bytes: number[] = [0x28];
  for (const char of text) {
    const code = char.charCodeAt(0);
    const byte = code < 0x80 ? code : winAnsi[char];
    if (byte === undefined) throw new Error(`no WinAnsi byte for ${JSON.stringify(char)} in ${JSON.stringify(text)}`);
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) bytes.push(0x5c);
    bytes.push(byte);
  }
  bytes.push(0x29);
  return Buffer.from(bytes);
}

function pageContent(file: SampleFile): Buffer {
  const line = (font: string, size: number, y: number, text: string) =>
    Buffer.concat([Buffer.from(`BT /${font} ${size} Tf 72 ${y} Td `), pdfString(text), Buffer.from(" Tj ET\n")]);
  return Buffer.concat([
    line("F1", 10, 780, "Gastvrij Netwerk vzw"),
    line("F2", 22, 740, file.title),
    line("F2", 14, 705, notice),
    line("F1", 11, 670, "Dit bestand hoort bij de voorbeeldinhoud van de website van Gastvrij Netwerk."),
    line("F1", 11, 654, "Het toont alleen hoe een download op de site werkt."),
    line("F1", 11, 638, file.about),
    line("F1", 11, 622, "De inhoud van het echte document staat niet in dit bestand."),
  ]);
}

/** A one-page PDF 1.4 with a correct cross-reference table. */
function samplePdf(file: SampleFile): Buffer {
  const content = pageContent(file);
  const objects: Buffer[] = [
    Buffer.from(
      "<< /Type /Catalog /Pages 2 0 R /Lang (nl-BE) /ViewerPreferences << /DisplayDocTitle true >> >>",
    ),
    Buffer.from("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
    Buffer.from(
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
    ),
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from("endstream")]),
    Buffer.from("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
    Buffer.from("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"),
    Buffer.concat([
      Buffer.from("<< /Title "),
      pdfString(`${file.title} (voorbeeldbestand)`),
      Buffer.from(" /Subject "),
      pdfString(notice),
      Buffer.from(" /Author (Gastvrij Netwerk) >>"),
    ]),
  ];
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let offset = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from("\nendobj\n")]);
    parts.push(object);
    offset += object.length;
  });
  const xref = [
    "xref",
    `0 ${objects.length + 1}`,
    "0000000000 65535 f ",
    ...offsets.map((at) => `${String(at).padStart(10, "0")} 00000 n `),
    "trailer",
    `<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>`,
    "startxref",
    String(offset),
    "%%EOF",
    "",
  ].join("\n");
  parts.push(Buffer.from(xref));
  return Buffer.concat(parts);
}

const here = dirname(fileURLToPath(import.meta.url));
for (const file of files) {
  const pdf = samplePdf(file);
  writeFileSync(join(here, file.name), pdf);
  console.log(`${file.name}: ${pdf.length} bytes`);
}
