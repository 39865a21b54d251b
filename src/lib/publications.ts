/** The two publications this site reproduces, and how each asks to be cited. */
import type { PublicationId } from './content-schema';

export interface Publication {
  id: PublicationId;
  title: string;
  shortTitle: string;
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
    publisher: 'DCAF – Geneva Centre for Security Sector Governance',
    citationBy: 'site',
  },
  'ppp-guide': {
    id: 'ppp-guide',
    title: 'Cybersecurity in the Western Balkans: A Guide to Public–Private Partnerships',
    shortTitle: 'A Guide to Public–Private Partnerships',
    publisher: 'DCAF – Geneva Centre for Security Sector Governance',
    citationBy: 'publisher',
  },
};

export const PUBLICATION_ORDER: PublicationId[] = ['booklets', 'ppp-guide'];
