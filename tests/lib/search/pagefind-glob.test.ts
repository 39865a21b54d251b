import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagefindGlob } from '../../../src/lib/search/pagefind-glob';

describe('pagefindGlob', () => {
  const glob = pagefindGlob(['booklets/introduction/', 'booklets/sectoral-certs/', 'ppp-guide/chapter-1/']);

  it('names each publication once, then the site’s own searchable pages', () => {
    expect(glob).toBe(
      '{booklets/**/index.html,ppp-guide/**/index.html,glossary/index.html,tools/index.html,tools/plan/**/index.html}',
    );
  });

  it('selects the documents and the searchable site pages, not home, 404 or a wizard’s step pages', () => {
    const selected = (path: string) => matchesGlob(path, glob);
    for (const path of [
      'booklets/introduction/index.html',
      'ppp-guide/chapter-1/index.html',
      'glossary/index.html',
      'tools/index.html',
      'tools/plan/index.html',
      'tools/plan/institution/index.html',
    ])
      expect(selected(path), path).toBe(true);
    for (const path of [
      'index.html',
      '404.html',
      'hosting/index.html',
      'tools/tlp/index.html',
      'tools/tlp/recipient/red/index.html',
    ])
      expect(selected(path), path).toBe(false);
  });
});
