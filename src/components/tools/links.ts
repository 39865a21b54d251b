/** Links from a tool into the documents, under the site's base (as the wizards make them). */
import { withBase } from '../../lib/navigation';

export const docHref = (base: string) => (doc: string, anchor: string) => withBase(base, `/${doc}/#${anchor}`);
