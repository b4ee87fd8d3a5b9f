import { describe, expect, it } from "vitest";
import {
  collectText,
  describeFindings,
  findPersonalData,
  findPersonalDataIn,
  isNationalRegisterNumber,
} from "../schemaTypes/personal-data.js";

const kinds = (text: string) => findPersonalData(text).map(({ kind, match }) => `${kind}:${match}`);

describe("findPersonalData", () => {
  it("finds e-mail addresses", () => {
    expect(kinds("Mail naar jan.peeters@gmail.com of info@samen-thuis.be.")).toEqual([
      "email:jan.peeters@gmail.com",
      "email:info@samen-thuis.be",
    ]);
  });

  it("finds Belgian and international phone numbers in the usual notations", () => {
    expect(kinds("Bel 0470 12 34 56.")).toEqual(["phone:0470 12 34 56"]);
    expect(kinds("Tel. 02/123.45.67 (voormiddag)")).toEqual(["phone:02/123.45.67"]);
    expect(kinds("gsm 0475/12.34.56")).toEqual(["phone:0475/12.34.56"]);
    expect(kinds("via +32 470 12 34 56")).toEqual(["phone:+32 470 12 34 56"]);
    expect(kinds("of +32 (0)9 123 45 67")).toEqual(["phone:+32 (0)9 123 45 67"]);
    expect(kinds("familie in +963 11 234 5678")).toEqual(["phone:+963 11 234 5678"]);
    expect(kinds("nummer 0032470123456")).toEqual(["phone:0032470123456"]);
    expect(kinds("0470123456")).toEqual(["phone:0470123456"]);
  });

  it("finds national register numbers with or without separators", () => {
    expect(kinds("RRN 85.07.30-033.61")).toEqual(["nationalRegisterNumber:85.07.30-033.61"]);
    // 85073003328: check digits 97 - (850730033 % 97) = 28.
    expect(kinds("rijksregister 85073003328")).toEqual(["nationalRegisterNumber:85073003328"]);
    expect(kinds("nr. 850730 033 28")).toEqual(["nationalRegisterNumber:850730 033 28"]);
  });

  it("checks register numbers with the modulo-97 check digits, also for births from 2000", () => {
    expect(isNationalRegisterNumber("85073003328")).toBe(true);
    expect(isNationalRegisterNumber("85073003329")).toBe(false);
    // Born 2001-02-03: check digits computed over 2 followed by the first nine digits.
    const base = "010203123";
    const check = 97 - Number(BigInt(`2${base}`) % 97n);
    expect(isNationalRegisterNumber(`${base}${String(check).padStart(2, "0")}`)).toBe(true);
    expect(isNationalRegisterNumber("85133003328")).toBe(false);
  });

  it("leaves years, dates, times, amounts, section numbers and postcodes alone", () => {
    const text = [
      "Sinds 2019 en op 12/03/2019 van 09.30 - 12.30 uur, of 2019-03-12.",
      "Zie paragraaf 3.12 en 3.13; de huurwaarborg is € 1.650,00 of 3 maanden huur.",
      "Adres: Stationsstraat 12, 3000 Leuven. Het leefloon is 1.263,17 euro per maand.",
      "Vluchtelingen in 2015-2016: 35.476 asielaanvragen. Om 19:30 in zaal 2.",
    ].join(" ");
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe("Portable Text", () => {
  const description = [
    {
      _type: "block",
      _key: "a",
      style: "normal",
      markDefs: [{ _type: "link", _key: "m", href: "mailto:an@voorbeeld.be" }],
      children: [{ _type: "span", _key: "s", text: "Een gezin wacht al maanden.", marks: ["m"] }],
    },
    {
      _type: "callout",
      _key: "b",
      tone: "warning",
      body: [{ _type: "block", _key: "c", children: [{ _type: "span", _key: "d", text: "Bel 0470 12 34 56" }] }],
    },
    {
      _type: "checklist",
      _key: "e",
      items: [{ _key: "f", text: "Vraag het dossier op", note: "RRN 85.07.30-033.61" }],
    },
    { _type: "practiceExample", _key: "g", organisation: { _type: "reference", _ref: "org-0470123456" } },
  ];

  it("walks spans, link addresses and nested custom blocks, not keys, styles or references", () => {
    expect(collectText(description)).toEqual([
      "mailto:an@voorbeeld.be",
      "Een gezin wacht al maanden.",
      "Bel 0470 12 34 56",
      "Vraag het dossier op",
      "RRN 85.07.30-033.61",
    ]);
    expect(findPersonalDataIn(description).map((finding) => finding.kind)).toEqual([
      "email",
      "phone",
      "nationalRegisterNumber",
    ]);
  });

  it("describes findings in Dutch, each once", () => {
    expect(describeFindings(findPersonalData("jan@x.be, jan@x.be en 0470 12 34 56"))).toBe(
      "een e-mailadres (jan@x.be), een telefoonnummer (0470 12 34 56)",
    );
  });
});
