/** The wizard check of src/integrations/wizard-validation.ts, in a child process: given the assessments' folder. */
import { checkWizardFolder } from './wizard-validation.ts';
import { answer } from './child-process.ts';

answer((folder: string) => checkWizardFolder(folder));
