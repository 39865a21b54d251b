/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    /** The site root as this page links to it ("/", "/guide/", "../../"): set once per page by src/middleware.ts. */
    root: string;
    /** The page's path inside the site ("booklets/x/", "", "404.html"). */
    sitePath: string;
  }
}

/** The client scripts a build bundled while Vite bundled the pages (src/integrations/client-bundle.ts); undefined in dev. */
declare module 'virtual:cgg/client-bundle' {
  const scripts: Map<string, import('./site/client-bundle').BuiltScript> | undefined;
  export default scripts;
}
