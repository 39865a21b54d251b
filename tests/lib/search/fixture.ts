/** A small site in the shape of the real one, for the quick-find tests. */
import type { AliasFile } from '../../../src/lib/search/aliases';
import type { QuickFindInput } from '../../../src/lib/search/quickfind';

export const INPUT: QuickFindInput = {
  publications: [
    { id: 'booklets', label: 'Booklets' },
    { id: 'ppp-guide', label: 'PPP guide' },
  ],
  documents: [
    {
      url: 'booklets/introduction/',
      title: 'Booklets on National Cybersecurity Institutions',
      shortTitle: 'Introduction and about the author',
      publication: 'booklets',
      intro: '',
      blocks: [
        {
          kind: 'section',
          depth: 2,
          id: 'about-the-author',
          title: 'About the author',
          body: 'Dr. Tadas Jakštas is an expert. Dr. Jakštas led the maturity assessment project with ENISA.',
        },
      ],
    },
    {
      url: 'booklets/sectoral-certs/',
      title: 'Setting Up and Regulating Sectoral CERTs',
      shortTitle: 'Booklet 2: Sectoral CERTs',
      publication: 'booklets',
      description: 'What a sectoral computer emergency response team does.',
      intro: 'Sectoral CERTs serve one sector of the economy.',
      blocks: [
        {
          kind: 'section',
          depth: 2,
          id: 'iii-recommendations',
          title: 'III. Recommendations for setting up a sectoral CERT',
          body: 'The following recommendations.',
        },
        {
          kind: 'section',
          depth: 3,
          id: 'iii-5-legislation-and-legal-authority',
          title: '5. Understand legislation and legal authority or guidance',
          body: 'Laws and regulations bind the sectoral CERT; compliance is enforced by the regulator.',
        },
        { kind: 'section', depth: 2, id: 'iv-examples', title: 'IV. Examples of established sectoral CERTs', body: '' },
        {
          kind: 'example',
          id: 'example-certfin',
          title: 'CERTFin (Italy)',
          body: 'CERTFin is the Italian financial CERT, set up by the banking association ABI and the Bank of Italy.',
        },
        {
          kind: 'example',
          id: 'example-z-cert',
          title: 'Creation of the Z-CERT (The Netherlands)',
          body: 'Z-CERT serves Dutch hospitals and healthcare institutions.',
        },
      ],
    },
    {
      url: 'booklets/private-sector-cooperation/',
      title: 'Strengthening Cooperation with Private Sector Actors for Networking and Information Sharing',
      shortTitle: 'Booklet 3: Private sector cooperation',
      publication: 'booklets',
      intro: 'Information sharing between public and private actors.',
      blocks: [
        {
          kind: 'section',
          depth: 2,
          id: 'iii-recommendations',
          title: 'III. Recommendations for strengthening cooperation with private sector actors',
          body: 'The following recommendations.',
        },
        {
          kind: 'section',
          depth: 3,
          id: 'iii-5-discretion-of-shared-information',
          title: '5. Ensure the discretion of shared information',
          body: 'The TLP provides a very easy method. RED information is personal; AMBER limited; GREEN community wide; WHITE unlimited. The TLP is used widely.',
          extra: ['Figure: The four colours of the Traffic Light Protocol'],
        },
        {
          kind: 'section',
          depth: 2,
          id: 'iv-examples',
          title: 'IV. Examples of information-sharing initiatives',
          body: '',
        },
        {
          kind: 'example',
          id: 'example-up-kritis',
          title: 'UP KRITIS (Germany)',
          body: 'In Germany, UP KRITIS is a national joint initiative between the state and CI operators.',
        },
        {
          kind: 'example',
          id: 'example-melani',
          title: 'MELANI (Switzerland)',
          body: 'The Reporting and Analysis Centre for Information Assurance in Switzerland.',
        },
      ],
    },
    {
      url: 'ppp-guide/chapter-2/',
      title: 'Chapter 2 Planning, setting up, and running a cybersecurity PPP',
      publication: 'ppp-guide',
      intro: 'Good practices for planning, setting up and running a PPP.',
      blocks: [
        { kind: 'section', depth: 2, id: '2-2-setting-up', title: '2.2 Setting up a cybersecurity PPP', body: '' },
        {
          kind: 'section',
          depth: 3,
          id: '2-2-level-of-formality',
          title: 'Determine the appropriate level of formality',
          body: 'Informal or formal arrangements bind members differently.',
        },
        {
          kind: 'section',
          depth: 3,
          id: '2-2-hierarchical-structure',
          title: 'Define the hierarchical structure',
          body: 'The PPP can then be run either by all members or by an administrative body, such as a secretariat. It can be run by the partners or by an independent secretariat, for which funding would need to be secured.',
        },
        {
          kind: 'section',
          depth: 3,
          id: '2-2-financial-plan',
          title: 'Establish a financial plan',
          body: 'A budget for costs, contact points, a secretariat, or long-term initiatives; funding sources and funds raised.',
        },
      ],
    },
  ],
  glossary: [
    { abbr: 'TLP', expansion: 'Traffic Light Protocol' },
    { abbr: 'FS-ISAC', expansion: 'Financial Services Information Sharing and Analysis Center' },
    { abbr: 'MELANI', expansion: 'Reporting and Analysis Centre for Information Assurance (Switzerland)' },
  ],
  glossaryUrl: 'glossary/',
  tools: [
    {
      id: 'tlp',
      title: 'Which Traffic Light Protocol label should this information carry?',
      summary: 'Choose RED, AMBER, GREEN or WHITE.',
      // Results as src/site/search-index.ts gives them: each with the shortest answers that show it.
      results: [
        {
          id: 'red',
          title: 'TLP:RED — for named recipients only',
          recommendation: 'Label it RED: personal, for named recipients only, not to be disclosed further.',
          url: 'tools/tlp/yes/named/',
        },
        {
          id: 'amber',
          title: 'TLP:AMBER — limited distribution',
          recommendation: 'Label it AMBER: limited distribution within the recipients’ organisations.',
          url: 'tools/tlp/no/',
        },
      ],
    },
  ],
};

/** The site's aliases for the small site: everyday and regional words for its concepts. */
export const ALIASES: AliasFile = {
  about: "Search aliases: this site's own words, not DCAF's.",
  aliases: [
    {
      id: 'funding',
      terms: 'financial plan',
      targets: [{ doc: 'ppp-guide/chapter-2', anchor: '2-2-financial-plan' }],
      phrases: { en: ['funding', 'money', 'budget'], sr: ['finansiranje', 'budžet', 'novac'], mk: ['финансирање'] },
    },
    {
      id: 'hierarchy',
      terms: 'hierarchical structure',
      targets: [{ doc: 'ppp-guide/chapter-2', anchor: '2-2-hierarchical-structure' }],
      phrases: { en: ['who should lead'], sr: ['ko treba da vodi'] },
    },
    {
      id: 'sectoral-cert',
      terms: 'sectoral CERT',
      targets: [{ doc: 'booklets/sectoral-certs' }, { doc: 'booklets/sectoral-certs', anchor: 'iii-recommendations' }],
      phrases: { en: ['sector CERT'], sr: ['sektorski CERT'], mk: ['секторски CERT'], sq: ['CERT sektorial'] },
    },
    {
      id: 'tlp',
      terms: 'Traffic Light Protocol',
      targets: [
        { doc: 'booklets/private-sector-cooperation', anchor: 'iii-5-discretion-of-shared-information' },
        { tool: 'tlp' },
        { tool: 'tlp', outcome: 'red' },
      ],
      phrases: { en: ['label information'], sr: ['protokol semafora'], sq: ['protokolli i semaforit'] },
    },
  ],
};
