/**
 * The tasks the home page leads with: what a reader comes to do, each with
 * the tool that helps and the passage it rests on. The site's own words;
 * tests/lib/home-tasks.test.ts checks every tool and passage exists.
 */
export interface HomeTask {
  /** What the reader wants to do, in their words. */
  task: string;
  /** The tool's id (content/wizards/<id>.json), or "plan" for the plan of a first meeting. */
  tool: string;
  /** The passage to read: document path and heading id. */
  text: { doc: string; anchor: string; label: string };
}

export const HOME_TASKS: readonly HomeTask[] = [
  {
    task: 'Start a partnership',
    tool: 'ppp-type',
    text: { doc: 'ppp-guide/chapter-2', anchor: '2-1-planning', label: 'Guide 2.1 Planning a PPP' },
  },
  {
    task: 'Set up a sectoral CERT',
    tool: 'sectoral-cert',
    text: { doc: 'booklets/sectoral-certs', anchor: 'iii-recommendations', label: 'Booklet 2, III. Recommendations' },
  },
  {
    task: 'Set up a national agency',
    tool: 'agency-structure',
    text: {
      doc: 'booklets/national-cybersecurity-agencies',
      anchor: 'iii-recommendations',
      label: 'Booklet 1, III. Recommendations',
    },
  },
  {
    task: 'Label information',
    tool: 'tlp',
    text: {
      doc: 'booklets/private-sector-cooperation',
      anchor: 'iii-5-discretion-of-shared-information',
      label: 'Booklet 3, III.5 on TLP labels',
    },
  },
  {
    task: 'Prepare a first meeting',
    tool: 'plan',
    text: { doc: 'ppp-guide/chapter-2', anchor: '2-1-finding-common-ground', label: 'Guide 2.1 Finding common ground' },
  },
];
