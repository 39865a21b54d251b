/** The site's version (package.json): printed on packs and exports, and in the offline bundle's name. */
import pkg from '../../package.json' with { type: 'json' };

export const siteVersion = (): string => pkg.version;
