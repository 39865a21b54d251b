/**
 * What the plan does only when the reader asks (_client/pack-files.js):
 * saving and opening a pack file, the Markdown export, the proposed agenda,
 * the invitees from the stakeholder map. PlanView adds this script on the
 * first such click, so the page loads only what shows and edits the plan.
 */
import { proposeAgenda } from '../../lib/pack/agenda';
import { packFileName, parsePackFile, serializePack } from '../../lib/pack/file';
import { planImport } from '../../lib/pack/import';
import { packToMarkdown } from '../../lib/pack/markdown';
import { actorsFromJson, inviteeList } from '../../lib/tools/actors';

const packFiles = {
  packFileName,
  parsePackFile,
  serializePack,
  planImport,
  packToMarkdown,
  proposeAgenda,
  actorsFromJson,
  inviteeList,
};

export type PackFiles = typeof packFiles;

declare global {
  interface Window {
    cggPackFiles?: PackFiles;
  }
}

window.cggPackFiles = packFiles;
