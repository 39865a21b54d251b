/**
 * The captions of the redrawn figures, by component: the figures show them,
 * and search (src/lib/search/mdx-source.ts) files each under the section the
 * figure sits in, as the words that name it.
 */
export const FIGURE_CAPTIONS = {
  AgencyStructureFigure:
    "Figure: The five units of a national cybersecurity agency, with the regulatory unit and the CERT in the same framework (drawn by this site from the text of Section III.4, in place of the booklet's infographic)",
  CooperationFigure:
    "Figure: From challenges to benefits of cooperation with private sector actors (redrawn by this site from the booklet's infographic; the ten labels are the infographic's own words)",
  SectoralCertFigure:
    "Figure: The sectoral CERT in the national cybersecurity ecosystem (this site's own drawing from the text of sections I–III; the words of the booklet's original infographic were not available)",
  TlpFigure:
    "Figure: The four colours of the Traffic Light Protocol (redrawn by this site from the booklet's infographic; the words are the infographic's own)",
} as const satisfies Record<string, string>;
