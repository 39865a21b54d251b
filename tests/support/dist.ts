/** Helpers for tests that read the built site in dist/. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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
