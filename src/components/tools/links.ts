/** Links from a tool into the documents, under the site's base (as the wizards make them). */
import { withRoot } from '../../lib/urls';

export const docHref = (base: string) => (doc: string, anchor: string) => withRoot(base, `/${doc}/#${anchor}`);
