/**
 * The wizard check of src/integrations/wizard-validation.ts, in a worker
 * thread: given the folder of the assessments, it answers once, with what to
 * log or with the problems found.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkWizardFolder } from './wizard-validation.ts';

try {
  parentPort?.postMessage({ ok: true, message: checkWizardFolder(workerData as string) });
} catch (e) {
  parentPort?.postMessage({ ok: false, message: (e as Error).message });
}
