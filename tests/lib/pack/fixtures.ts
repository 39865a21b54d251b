/** A meeting pack as a convener would have it after the PPP wizards: real quotes, real citations. */
import { type CitedPublication, parsePublicationCitation } from '../../../src/lib/citation';
import type { PackView } from '../../../src/lib/pack/view';

export const PPP_GUIDE: CitedPublication = parsePublicationCitation(
  'Franziska Klopfer and Irina Rizmal, Cybersecurity in the Western Balkans: A Guide to Public–Private Partnerships (Geneva: DCAF, 2021)',
  'ppp-guide',
  'publisher',
)!;
export const BOOKLETS: CitedPublication = parsePublicationCitation(
  'Tadas Jakštas, Booklets on National Cybersecurity Institutions (Geneva: DCAF, 2022)',
  'booklets',
  'site',
)!;

const SITE = 'https://guide.example.org';
const chapter2 = 'Chapter 2 Planning, setting up, and running a cybersecurity PPP';
const chapter3 = 'Chapter 3 Examples of cybersecurity PPPs';

export function meetingPackView(overrides: Partial<PackView> = {}): PackView {
  return {
    title: 'First meeting: an information-sharing PPP for the energy sector',
    kind: 'partnership',
    date: '2026-12-01',
    siteVersion: '0.2.0',
    tlp: 'AMBER',
    sections: {
      purpose: 'Agree whether to set up a PPP for sharing information on threats to the grid.',
      invitees: 'National CERT\nEnergy regulator\nThree distribution operators',
      agenda: '1. Welcome\n2. Objectives (2.1)\n3. Level of formality (2.2)',
      notes: '',
    },
    results: [
      {
        tool: 'Which PPP type fits us',
        headline: 'A PPP for situational awareness through information sharing',
        recommendation: 'Bring together every stakeholder that holds relevant information, with formal structures.',
        answers: [
          { question: 'What is the main objective?', answer: 'Share information on threats and incidents' },
          { question: 'How mature is the community?', answer: 'Emerging', from: 'How mature is our community?' },
        ],
        passages: [
          {
            quote:
              'these partnerships are highly formal, restricted structures with a clear distribution of tasks and responsibilities.',
            source: {
              publication: PPP_GUIDE,
              document: chapter3,
              section: { number: '3.1', heading: 'Cooperating to protect critical infrastructure' },
              paragraph: 2,
              link: { kind: 'web', href: `${SITE}/ppp-guide/chapter-3/#3-1-critical-infrastructure-p2` },
            },
          },
        ],
        note: 'Box 2 (North Macedonia) is close to our case.',
      },
      {
        tool: 'Level of formality',
        headline: 'Informal is enough for now',
        recommendation: 'Start informally; formalise as trust grows.',
        siteNote: 'TLP 2.0 renamed WHITE to CLEAR.',
        answers: [{ question: 'Where does your partnership stand today?', answer: 'An informal group already meets' }],
        passages: [
          {
            quote:
              'such strict procedures are not necessary for all forms of cooperation; policy discussion forums, for example, can easily operate in an informal manner',
            source: {
              publication: PPP_GUIDE,
              document: chapter2,
              section: { number: '2.2', heading: 'Determine the appropriate level of formality' },
              paragraph: 1,
              link: { kind: 'in-site', path: '/ppp-guide/chapter-2/#2-2-level-of-formality-p1' },
            },
          },
        ],
      },
      { tool: 'Leadership and financing', answers: [], passages: [] },
    ],
    openPoints: [
      {
        tool: 'How mature is our community?',
        title: 'Build trust first',
        text: 'An emerging community needs trust before formal commitments.',
        passages: [],
      },
    ],
    conflicts: [
      {
        title: 'Formal structures beside an informal start',
        text: 'The type calls for formal structures; the community is only starting.',
        between: ['Which PPP type fits us: information sharing', 'Level of formality: informal'],
        passages: [
          {
            quote:
              'Membership is limited to actors that are in charge of critical infrastructure or involved in protecting it.',
            source: {
              publication: PPP_GUIDE,
              document: chapter3,
              section: { number: '3.1', heading: 'Cooperating to protect critical infrastructure' },
              paragraph: 2,
            },
          },
          {
            quote: 'The originator of the information can label it with one of four colours:',
            source: {
              publication: BOOKLETS,
              document: 'Strengthening Cooperation with Private Sector Actors for Networking and Information Sharing',
              section: { number: 'III.5', heading: 'Ensure the discretion of shared information' },
              paragraph: 1,
            },
          },
        ],
      },
    ],
    sources: [BOOKLETS, PPP_GUIDE],
    ...overrides,
  };
}
