/**
 * Route data computed once per page (as Starlight does): where this page finds
 * the site root. Components read Astro.locals.root and pass it to withRoot();
 * the browser gets it once, as <html data-root>.
 */
import { defineMiddleware } from 'astro:middleware';
import { linkModeFromEnv, rootFor, sitePathOf } from './lib/urls';

const mode = linkModeFromEnv(process.env);

export const onRequest = defineMiddleware((context, next) => {
  context.locals.sitePath = sitePathOf(context.url.pathname, import.meta.env.BASE_URL);
  context.locals.root = rootFor(mode, context.locals.sitePath);
  return next();
});
