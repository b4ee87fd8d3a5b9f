/** TEMPORARY: a tiny typed stand-in for `@gastvrij/content` until its query API lands. */
import type { ContentBundle } from "./content";

const wonen = { title: "Wonen", slug: "wonen", href: "/themas/wonen/" };
const vrijwilligerswerk = { title: "Vrijwilligerswerk", slug: "vrijwilligerswerk", href: "/themas/vrijwilligerswerk/" };

const s31 = {
  title: "Inleiding",
  slug: "inleiding",
  href: "/toolkit/inleiding/",
  number: "3.1",
  summary: "Wat erkenning betekent en welk huiswerk volgt.",
};
const s34 = {
  title: "Wonen",
  slug: "wonen",
  href: "/toolkit/wonen/",
  number: "3.4",
  summary: "Een woning zoeken, de huurwaarborg en het huurcontract.",
};

export function stubBundle(): ContentBundle {
  const tools = [
    {
      title: "Checklist na erkenning",
      slug: "checklist-na-erkenning",
      href: "/tools/checklist-na-erkenning/",
      summary: "Een afdrukbare checklist van alles wat na erkenning geregeld moet worden.",
      description: "Een afdrukbare checklist van alles wat na erkenning geregeld moet worden.",
      whenToUse: "In de eerste weken na de beslissing van het CGVS.",
      publisher: "Gastvrij Netwerk",
      year: 2019,
      themes: [wonen],
      audience: ["volunteers", "newcomers"],
      links: [{ label: "Vluchtelingenwerk Vlaanderen", url: "https://www.vluchtelingenwerk.be/" }],
      files: [],
      html: '<p>Gebruik de checklist samen met de nieuwkomer. Zie ook <a href="/toolkit/wonen/">wonen</a>.</p>',
    },
  ];
  const events = [
    {
      title: "Intervisie voor vrijwilligers",
      slug: "intervisie-leuven",
      href: "/agenda/intervisie-leuven/",
      kind: "intervision",
      summary: "Een avond om ervaringen uit te wisselen.",
      description: "Een avond om ervaringen uit te wisselen.",
      start: "2026-12-08T18:30:00Z",
      end: "2026-12-08T20:30:00Z",
      nextOccurrences: [
        { start: "2026-12-08T18:30:00Z", end: "2026-12-08T20:30:00Z" },
        { start: "2027-02-09T18:30:00Z", end: "2027-02-09T20:30:00Z" },
      ],
      isSeries: true,
      recurrenceText: "elke twee maanden op de tweede dinsdag",
      location: { name: "Buurthuis De Linde", address: "Lindestraat 1", municipality: "Leuven" },
      registration: { email: "info@example.org", note: "Inschrijven is niet nodig." },
      speakers: [],
      organiser: "Samen Thuis Leuven",
      themes: [vrijwilligerswerk],
      html: "<p>We bespreken situaties uit de praktijk.</p>",
      icsHref: "/agenda/intervisie-leuven.ics",
    },
    {
      title: "Netwerkdag 2026",
      slug: "netwerkdag-2026",
      href: "/agenda/netwerkdag-2026/",
      kind: "networkDay",
      summary: "De jaarlijkse netwerkdag.",
      description: "De jaarlijkse netwerkdag.",
      start: "2026-03-14T09:00:00Z",
      end: "2026-03-14T16:00:00Z",
      nextOccurrences: [],
      isSeries: false,
      speakers: [{ name: "An Peeters", role: "coördinator" }],
      themes: [wonen],
      html: "<p>Workshops en ontmoeting.</p>",
      reportHtml: "<p>Meer dan honderd vrijwilligers kwamen samen.</p>",
      icsHref: "/agenda/netwerkdag-2026.ics",
    },
  ];
  const signals = [
    {
      title: "Huurwaarborg via OCMW duurt te lang",
      slug: "huurwaarborg-ocmw",
      href: "/signalen/huurwaarborg-ocmw/",
      status: "passedToPolicy",
      region: "vlaams-brabant",
      observedAt: "2026-05-12",
      description: "Nieuwkomers verliezen woningen omdat de waarborg te laat komt.",
      html: "<p>Nieuwkomers verliezen woningen omdat de waarborg te laat komt.</p>",
      themes: [wonen],
      passedTo: "VVSG",
    },
  ];
  const sections = [
    {
      ...s31,
      description: s31.summary,
      html: '<p>Na de erkenning begint het <a href="/toolkit/wonen/">huiswerk</a>.</p><h2 id="eerste-weken">De eerste weken</h2><p>Tekst.</p>',
      toc: [{ id: "eerste-weken", text: "De eerste weken", level: 2 }],
      chapter: { title: "Huiswerk voor vluchteling en vrijwilliger", href: "/toolkit/huiswerk/", number: 3 },
      themes: [],
      supplements: [],
      next: s34,
    },
    {
      ...s34,
      description: s34.summary,
      html: '<p>Zoeken naar een huurwoning is moeilijk.</p><h2 id="huurwaarborg">Huurwaarborg</h2><p>Het OCMW kan helpen.</p><aside class="tip"><p class="tip__title">Tip</p><p>Bouw vertrouwen op bij verhuurders.</p></aside>',
      toc: [{ id: "huurwaarborg", text: "Huurwaarborg", level: 2 }],
      chapter: { title: "Huiswerk voor vluchteling en vrijwilliger", href: "/toolkit/huiswerk/", number: 3 },
      themes: [wonen],
      supplements: [
        {
          title: "Energie en water",
          slug: "energie-en-water",
          href: "/toolkit/bijlage/energie-en-water/",
          summary: "Aansluiten op energie en water.",
        },
      ],
      previous: s31,
    },
  ];
  const chapters = [
    {
      title: "Huiswerk voor vluchteling en vrijwilliger",
      slug: "huiswerk",
      href: "/toolkit/huiswerk/",
      number: 3,
      summary: "Wat er na erkenning te regelen valt, per thema.",
      description: "Wat er na erkenning te regelen valt, per thema.",
      html: "<p>Dit hoofdstuk overloopt het huiswerk.</p>",
      sections: [s31, s34],
    },
  ];
  return {
    site: {
      title: "Gastvrij Netwerk",
      description:
        "Het netwerk van lokale vrijwilligersorganisaties voor mensen op de vlucht in Vlaanderen en Brussel.",
      organisationName: "Gastvrij Netwerk vzw",
      contactEmail: "info@example.org",
      sampleContentNote: "Dit is voorbeeldinhoud, geen juridisch advies.",
    },
    edition: {
      title: "Toolkit voor lokale vrijwilligersorganisaties die mensen op de vlucht ondersteunen",
      subtitle: "Tips, praktijkvoorbeelden en checklists",
      editionNumber: 2,
      year: 2019,
      introHtml: "<p>Welkom bij de tweede editie van onze toolkit.</p>",
      colophonHtml: "<p>Uitgegeven door Gastvrij Netwerk vzw.</p>",
      disclaimer: "Dit is voorbeeldinhoud en geen juridisch advies.",
      history: [{ edition: 1, year: 2016, note: "Eerste editie." }],
      chapters,
    },
    sections,
    supplements: [
      {
        title: "Energie en water",
        slug: "energie-en-water",
        href: "/toolkit/bijlage/energie-en-water/",
        summary: "Aansluiten op energie en water.",
        description: "Aansluiten op energie en water.",
        html: "<p>Vraag energie aan bij een leverancier.</p>",
        toc: [],
        section: s34,
      },
    ],
    tools,
    events,
    signals,
    themes: [
      {
        ...wonen,
        kind: "dailyLife",
        description: "Op zoek naar een eigen adres.",
        sections: [s34],
        tools,
        events: [events[1]!],
        signals,
      },
      { ...vrijwilligerswerk, kind: "network", sections: [], tools: [], events: [events[0]!], signals: [] },
    ],
    images: [],
    calendarFeed: () => "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//stub//NL\r\nEND:VCALENDAR\r\n",
    eventCalendar: (slug) =>
      `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//stub//NL\r\nBEGIN:VEVENT\r\nUID:${slug}@stub\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20261208T183000Z\r\nSUMMARY:${slug}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
  };
}
