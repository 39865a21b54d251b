/**
 * The tools' data, checked against its schema when the pages are built: a
 * broken file fails the build naming file, field and rule. Imported only by
 * the pages' frontmatter, so the schema library never reaches the browser.
 * Each file is checked once per build (in the dev server, once per edit: the
 * module is loaded again when its JSON changes).
 */
import compareJson from '../../../content/tools/compare.json';
import governanceJson from '../../../content/tools/governance.json';
import stakeholdersJson from '../../../content/tools/stakeholders.json';
import { once } from '../../lib/once';
import { compareSchema, governanceSchema, parseToolData, stakeholderSchema } from '../../lib/tools/schema';

export const loadCompare = once(() => parseToolData(compareSchema, compareJson, 'content/tools/compare.json'));
export const loadStakeholders = once(() =>
  parseToolData(stakeholderSchema, stakeholdersJson, 'content/tools/stakeholders.json'),
);
export const loadGovernance = once(() =>
  parseToolData(governanceSchema, governanceJson, 'content/tools/governance.json'),
);
