/** Helpers for tests that read the built site in dist/. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// DIST_DIR lets parallel work build and test into its own folder.
export const DIST = process.env.DIST_DIR ?? join(import.meta.dirname, '..', '..', 'dist');

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No built site in ${DIST}: run "npm run build" first (npm test does it for you).`);
  }
}

/** Every HTML file under dist/ (or a folder of it), as paths relative to dist/. */
export function htmlFiles(under = ''): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push(relative(DIST, full));
    }
  };
  const start = join(DIST, under);
  if (existsSync(start)) walk(start);
  return out.sort();
}

export const readDist = (path: string) => readFileSync(join(DIST, path), 'utf8');

const ROOT = join(import.meta.dirname, '..', '..');

/** The offline bundle (`npm run build:offline`) and the web build under /guide/ (`npm run build:guide`). */
export const DIST_OFFLINE = process.env.DIST_OFFLINE_DIR ?? join(ROOT, 'dist-offline');
export const DIST_GUIDE = process.env.DIST_GUIDE_DIR ?? join(ROOT, 'dist-guide');
/** The base path dist-guide/ is built for. */
export const GUIDE_BASE = '/guide/';

/** Fails, naming the command, when a build a test needs is missing: such tests never skip. */
export function requireBuild(dir: string, command: string): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}: run "${command}" first (npm test does it for you).`);
  }
}

/** Every file under `dir` whose name ends with `ext` ("" for all), as "/"-separated paths relative to it. */
export function filesIn(dir: string, ext = '.html'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(ext)) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}
