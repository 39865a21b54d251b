/**
 * The publications this site reproduces, in reading order: the one list the
 * content schema, the navigation, the search filter and the citations use.
 */
export const PUBLICATION_ORDER = ['booklets', 'ppp-guide'] as const;
export type PublicationId = (typeof PUBLICATION_ORDER)[number];

export interface Publication {
  id: PublicationId;
  title: string;
  shortTitle: string;
  /** The label of the search filter. */
  searchLabel: string;
  publisher: string;
  /** 'publisher': the citation is the publication's own; 'site': the booklets give none, so the wording is ours. */
  citationBy: 'publisher' | 'site';
}

/** The publisher's terms of use, quoted from the guide's copyright page. */
export const TERMS_OF_USE =
  'DCAF encourages the use, translation, and dissemination of this publication. We do, however, ask that you acknowledge and cite materials and that you refrain from altering the content.';

export const PUBLICATIONS: Record<PublicationId, Publication> = {
  booklets: {
    id: 'booklets',
    title: 'Booklets on National Cybersecurity Institutions',
    shortTitle: 'Booklets on National Cybersecurity Institutions',
    searchLabel: 'Booklets',
    publisher: 'DCAF – Geneva Centre for Security Sector Governance',
    citationBy: 'site',
  },
  'ppp-guide': {
    id: 'ppp-guide',
    title: 'Cybersecurity in the Western Balkans: A Guide to Public–Private Partnerships',
    shortTitle: 'A Guide to Public–Private Partnerships',
    searchLabel: 'PPP guide',
    publisher: 'DCAF – Geneva Centre for Security Sector Governance',
    citationBy: 'publisher',
  },
};

/** Parts of the site that search can filter on besides the publications. */
export const SEARCH_SECTIONS = [
  ...PUBLICATION_ORDER.map((id) => ({ id: id as string, label: PUBLICATIONS[id].searchLabel })),
  { id: 'tools', label: 'Tools' },
  { id: 'glossary', label: 'Glossary' },
];
