import { describe, expect, it } from 'vitest';
import { mainHtml, mainText } from '../../src/lib/page-text';

describe('mainHtml', () => {
  it('cuts the <main> element out of a page, tags included', () => {
    const page = '<html><body><nav>Menu</nav><main id="m"><p>Text</p></main><footer>Foot</footer></body></html>';
    expect(mainHtml(page)).toBe('<main id="m"><p>Text</p></main>');
  });
  it('is undefined for a page without a whole <main>', () => {
    expect(mainHtml('<body><p>Text</p></body>')).toBeUndefined();
    expect(mainHtml('<body><main><p>Text</p></body>')).toBeUndefined();
  });
});

describe('mainText', () => {
  it('reads only <main>, without what the site added or footnote markers, blocks as word breaks', () => {
    const page =
      '<nav>Menu</nav><main><h2>Title</h2><p>One<sup data-fnref>1</sup></p><p data-editorial>Site note</p><p>Two <abbr>CERT</abbr>s</p></main>';
    expect(mainText(page)).toBe('Title One Two CERTs');
  });
});
