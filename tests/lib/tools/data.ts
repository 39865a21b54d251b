/** The real data files, parsed, for the tools' unit tests (fresh copies each call, so tests may edit them). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareSchema, governanceSchema, parseToolData, stakeholderSchema } from '../../../src/lib/tools/schema';

export const raw = (file: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'content', 'tools', file), 'utf8'));

export const compareData = () => parseToolData(compareSchema, raw('compare.json'), 'compare.json');
export const stakeholderData = () => parseToolData(stakeholderSchema, raw('stakeholders.json'), 'stakeholders.json');
export const governanceData = () => parseToolData(governanceSchema, raw('governance.json'), 'governance.json');
