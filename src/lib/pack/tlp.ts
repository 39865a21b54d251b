/**
 * The Traffic Light Protocol marking a convener may put on a meeting pack.
 * Booklet 3, III.5: "whoever contributes sensitive information also
 * establishes whether and how widely the information can be circulated", so
 * the pack carries the label its originator chose into every page and export.
 * The booklet describes TLP 1.0 (RED, AMBER, GREEN, WHITE); TLP 2.0 (FIRST,
 * 2022) renamed WHITE to CLEAR and added AMBER+STRICT. Both are accepted.
 */

export const TLP_LABELS = ['RED', 'AMBER+STRICT', 'AMBER', 'GREEN', 'CLEAR', 'WHITE'] as const;
export type TlpLabel = (typeof TLP_LABELS)[number];

/** How the label is written on a page: "TLP:AMBER". */
export const tlpMarking = (label: TlpLabel): string => `TLP:${label}`;

/** Reads a label as people write it ("amber", "TLP:AMBER", "tlp: amber + strict"); undefined if it is none. */
export function parseTlp(value: unknown): TlpLabel | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const label = value
    .trim()
    .toUpperCase()
    .replace(/^TLP\s*:\s*/, '')
    .replace(/\s*\+\s*/, '+');
  return TLP_LABELS.find((l) => l === label);
}

export interface TlpMeaning {
  /** What the label allows, in a few words. */
  meaning: string;
  /** 'booklet': DCAF's words (booklet 3, III.5); 'site': this site's note on TLP 2.0. */
  by: 'booklet' | 'site';
}

/** The booklet's own few words for its four labels, and this site's for TLP 2.0's two. */
export const TLP_MEANINGS: Record<TlpLabel, TlpMeaning> = {
  RED: { meaning: 'personal (for named recipients only)', by: 'booklet' },
  AMBER: { meaning: 'limited distribution', by: 'booklet' },
  GREEN: { meaning: 'community wide', by: 'booklet' },
  WHITE: { meaning: 'unlimited', by: 'booklet' },
  'AMBER+STRICT': { meaning: 'TLP 2.0: sharing only within the recipient’s organisation', by: 'site' },
  CLEAR: { meaning: 'TLP 2.0’s name for WHITE: unlimited', by: 'site' },
};

/**
 * Colours of the label as TLP 2.0 prints it (FIRST's standard: coloured text
 * on black), for Word and print. Hex without "#".
 */
export const TLP_COLOURS: Record<TlpLabel, string> = {
  RED: 'FF2B2B',
  'AMBER+STRICT': 'FFC000',
  AMBER: 'FFC000',
  GREEN: '33FF00',
  CLEAR: 'FFFFFF',
  WHITE: 'FFFFFF',
};
export const TLP_BACKGROUND = '000000';
