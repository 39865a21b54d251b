/**
 * Rewrites a built page so that it works from any folder: at "/", under any
 * sub-path of any static server, and opened from the file system (file://).
 * Pure string work, no DOM: the offline build (src/integrations/offline.ts)
 * applies it to every file it writes, and the tests call it directly.
 *
 * - A URL from the site root ("/_astro/x.css", "/tools/tlp/#q") becomes a path
 *   from the page ("../../_astro/x.css", "../../tools/tlp/index.html#q").
 * - A link to a folder gets its index.html: file:// shows a folder as a file
 *   listing, and some document libraries serve no index page either.
 * - Links to other sites ("https:", "mailto:"), fragments ("#x") and paths
 *   that already are relative stay as they are, but for the index.html.
 * - Script and style text is left alone, except CSS url()s; the caller is told
 *   which inline styles changed, as their hashes are in the page's CSP.
 */

/** Attributes that hold one URL. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'xlink:href',
  'cite',
  'background',
  'manifest',
]);
/** Elements whose text is not HTML: their content is skipped (or, for style, read as CSS). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

export interface RelativizeOptions {
  /** The base the site was built with; URLs from the root must start with it. Default "/". */
  base?: string;
}

/** "booklets/x/index.html" -> ["booklets", "x"]: the folders a file is in. */
function foldersOf(file: string): string[] {
  const parts = file.split('/').filter((p) => p !== '' && p !== '.');
  parts.pop();
  return parts;
}

/** Split a URL into path and the rest ("?…#…"). */
function splitPath(url: string): [string, string] {
  const at = url.search(/[?#]/);
  return at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)];
}

/** Whether a URL names another site or scheme ("https://…", "//cdn…", "mailto:", "data:"). */
export function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/**
 * One URL of the page `file` (its path inside the built folder, e.g.
 * "booklets/x/index.html"), made relative to that page. Returns the URL
 * unchanged when there is nothing to do.
 */
export function relativeUrl(url: string, file: string, options: RelativizeOptions = {}): string {
  const trimmed = url.trim();
  if (trimmed === '' || isExternal(trimmed) || trimmed.startsWith('#') || trimmed.startsWith('?')) return url;
  const [path, rest] = splitPath(trimmed);
  if (!path.startsWith('/')) {
    // Already relative: only a folder needs its index.html.
    if (path === '.' || path === '..') return `${path}/index.html${rest}`;
    return path.endsWith('/') ? `${path}index.html${rest}` : url;
  }
  const base = normaliseBase(options.base ?? '/');
  if (!`${path}/`.startsWith(base)) {
    throw new Error(`${file}: "${url}" leaves the site's base ${base}`);
  }
  const target = path.slice(base.length).split('/'); // "booklets/x/" -> ["booklets", "x", ""]
  const name = target.pop() ?? '';
  const from = foldersOf(file);
  let common = 0;
  while (common < from.length && common < target.length && from[common] === target[common]) common++;
  const segments = [
    ...Array(from.length - common).fill('..'),
    ...target.slice(common),
    name === '' ? 'index.html' : name,
  ];
  let out = segments.join('/');
  // A first segment with a colon would read as a scheme ("a:b/c"): start with "./".
  if (/^[^/]*:/.test(out)) out = `./${out}`;
  return out + rest;
}

const normaliseBase = (base: string) => {
  let b = base.startsWith('/') ? base : `/${base}`;
  if (!b.endsWith('/')) b += '/';
  return b;
};

/** A srcset ("/a.png 1x, /b.png 2x"): each URL made relative. */
export function relativeSrcset(srcset: string, file: string, options: RelativizeOptions = {}): string {
  return mapSrcset(srcset, (u) => relativeUrl(u, file, options));
}

function mapSrcset(srcset: string, map: (url: string) => string): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const m = /^(\s*)(\S+)(.*)$/s.exec(candidate);
      return m ? `${m[1]}${map(m[2]!)}${m[3]}` : candidate;
    })
    .join(',');
}

/**
 * CSS of the file `file` (a stylesheet in the folder, or the page holding a
 * <style> or style attribute): every url() and @import from the root made relative.
 */
export function relativizeCss(css: string, file: string, options: RelativizeOptions = {}): string {
  return mapCssUrls(css, (u) => (u.startsWith('/') && !u.startsWith('//') ? relativeUrl(u, file, options) : u));
}

function mapCssUrls(css: string, map: (url: string) => string): string {
  return css
    .replace(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi, (whole, quote: string, u: string) => {
      const next = map(u);
      return next === u ? whole : `url(${quote}${next}${quote})`;
    })
    .replace(/@import\s+(["'])([^"']*)\1/gi, (whole, quote: string, u: string) => {
      const next = map(u);
      return next === u ? whole : `@import ${quote}${next}${quote}`;
    });
}

export interface RelativizedHtml {
  html: string;
  /** Inline <style> texts that changed (their CSP hashes change with them). */
  changedStyles: { before: string; after: string }[];
}

/** Every URL in a page's markup made relative to the page `file` (see the top of this file). */
export function relativizeHtml(html: string, file: string, options: RelativizeOptions = {}): RelativizedHtml {
  return mapHtmlUrls(html, (url) => relativeUrl(url, file, options));
}

/**
 * URLs from the root ("/x") left in a page's markup: attributes, srcset,
 * style attributes and <style> url()s, meta refresh. Script text is not read.
 */
export function rootAbsoluteUrls(html: string): string[] {
  const found: string[] = [];
  mapHtmlUrls(html, (url) => {
    const u = url.trim();
    if (u.startsWith('/') && !u.startsWith('//')) found.push(u);
    return url;
  });
  return found;
}

/** Calls `map` on every URL of the markup (see rootAbsoluteUrls) and puts back what it returns. */
export function mapHtmlUrls(html: string, map: (url: string) => string): RelativizedHtml {
  const changedStyles: RelativizedHtml['changedStyles'] = [];
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      const stop = end < 0 ? html.length : end + 3;
      out += html.slice(lt, stop);
      i = stop;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      out += '<';
      i = lt + 1;
      continue;
    }
    out += rewriteTag(tag, map);
    i = tag.end;
    if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
      const close = indexOfCi(html, `</${tag.name}`, i);
      const stop = close < 0 ? html.length : close;
      const text = html.slice(i, stop);
      if (tag.name === 'style') {
        const next = mapCssUrls(text, map);
        if (next !== text) changedStyles.push({ before: text, after: next });
        out += next;
      } else out += text;
      i = stop;
    }
  }
  return { html: out, changedStyles };
}

function indexOfCi(haystack: string, needle: string, from: number): number {
  const re = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'ig');
  re.lastIndex = from;
  return re.exec(haystack)?.index ?? -1;
}

interface Attribute {
  name: string;
  /** The raw text from the name to the end of the value, e.g. ` href="/x"`. */
  raw: string;
  value?: string | undefined;
  quote: string;
}

interface Tag {
  name: string;
  attributes: Attribute[];
  /** Text before the first attribute ("<a") and after the last ("/>" or ">"). */
  open: string;
  close: string;
  end: number;
  selfClosing: boolean;
}

/** Reads a start tag at `at` ("<a href=…>"); undefined if there is none there. */
function readTag(html: string, at: number): Tag | undefined {
  const m = /^<([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(at, at + 64));
  if (!m) return undefined;
  const name = m[1]!.toLowerCase();
  let i = at + m[0].length;
  const attributes: Attribute[] = [];
  const attr = /\s*(\/?>)|\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?|\s*\//y;
  for (;;) {
    attr.lastIndex = i;
    const a = attr.exec(html);
    if (!a) return undefined;
    if (a[1]) {
      return { name, attributes, open: m[0], close: a[0], end: attr.lastIndex, selfClosing: a[1] === '/>' };
    }
    if (a[2]) {
      const quote = a[3] !== undefined ? '"' : a[4] !== undefined ? "'" : '';
      attributes.push({ name: a[2].toLowerCase(), raw: a[0], value: a[3] ?? a[4] ?? a[5], quote });
    } else attributes.push({ name: '', raw: a[0], quote: '' });
    i = attr.lastIndex;
  }
}

function rewriteTag(tag: Tag, map: (url: string) => string): string {
  const refresh =
    tag.name === 'meta' && tag.attributes.some((b) => b.name === 'http-equiv' && /^refresh$/i.test(b.value ?? ''));
  const parts = tag.attributes.map((a) => {
    if (a.value === undefined) return a.raw;
    let next = a.value;
    if (URL_ATTRIBUTES.has(a.name)) next = map(a.value);
    else if (a.name === 'srcset' || a.name === 'imagesrcset') next = mapSrcset(a.value, map);
    else if (a.name === 'style') next = mapCssUrls(a.value, map);
    else if (a.name === 'content' && refresh)
      next = a.value.replace(/(url\s*=\s*)(\S+)/i, (_w, p: string, u: string) => p + map(u));
    if (next === a.value) return a.raw;
    const at = a.raw.lastIndexOf(`${a.quote}${a.value}${a.quote}`);
    return a.raw.slice(0, at) + a.quote + next + a.quote;
  });
  return tag.open + parts.join('') + tag.close;
}

export interface ClassicScript {
  /** Path of the script from the page, e.g. "../../_islands/wizard.js". */
  src: string;
}

/**
 * Replaces a page's module scripts (<script type="module">, and any
 * <link rel="modulepreload">) with classic deferred scripts, which run from
 * file:// too. The classic scripts go where the first module script was, or
 * before </body>. Returns the page and the module scripts it removed.
 */
export function swapModuleScripts(
  html: string,
  classic: readonly ClassicScript[],
): { html: string; removed: string[] } {
  const removed: string[] = [];
  let out = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>\s*/gi, (whole, attrs: string, body: string) => {
    if (!/\btype\s*=\s*["']?module\b/i.test(attrs)) return whole;
    const src = /\bsrc\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1];
    removed.push(src ?? `inline: ${body.slice(0, 60)}`);
    return '\u0000';
  });
  out = out.replace(/<link\b[^>]*\brel\s*=\s*["']?modulepreload\b[^>]*>\s*/gi, (whole) => {
    removed.push(/\bhref\s*=\s*["']([^"']*)["']/i.exec(whole)?.[1] ?? whole);
    return '';
  });
  const tags = classic.map((s) => `<script defer src="${s.src}"></script>`).join('');
  const first = out.indexOf('\u0000');
  if (first >= 0) out = out.slice(0, first) + tags + out.slice(first + 1);
  else if (tags) out = out.replace(/<\/body>/i, `${tags}</body>`);
  return { html: out.split('\u0000').join(''), removed };
}
