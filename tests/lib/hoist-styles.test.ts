import { describe, expect, it } from 'vitest';
import { hoistIslandStyles } from '../../src/lib/hoist-styles';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('hoistIslandStyles', () => {
  it('moves the island style from the body into the head', () => {
    const html = `<html><head><title>t</title></head><body><section>${STYLE}<astro-island></astro-island></section></body></html>`;
    expect(hoistIslandStyles(html)).toBe(`<html><head><title>t</title>${STYLE}</head><body><section><astro-island></astro-island></section></body></html>`);
  });
  it('does not duplicate a style the head already has', () => {
    const html = `<html><head>${STYLE}</head><body>${STYLE}</body></html>`;
    expect(hoistIslandStyles(html)).toBe(`<html><head>${STYLE}</head><body></body></html>`);
  });
  it('leaves other pages alone', () => {
    const html = '<html><head></head><body><style>p{}</style></body></html>';
    expect(hoistIslandStyles(html)).toBe(html);
  });
});
