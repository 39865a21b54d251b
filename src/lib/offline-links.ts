/**
 * The offline bundle's one rewrite of a built page (docs/arch/0005): every
 * URL from the server root that Astro itself writes ("/_astro/x.css") made
 * relative to the page's file, folders by their index.html. The site's own
 * links are relative already (src/lib/urls.ts); this catches Astro's, with a
 * maintained HTML rewriter (parse5) instead of hand-written tokenising, and
 * reports any URL from the root left behind. Node streams, no DOM.
 */
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { RewritingStream } from 'parse5-html-rewriting-stream';
import { withIndexFile } from './urls.ts';

/** Attributes that hold one URL, and the one that holds a list. */
const URL_ATTRS = new Set(['href', 'src', 'poster', 'action', 'data']);

/** "/_astro/x.css" seen from "booklets/x/index.html" -> "../../_astro/x.css"; other URLs unchanged. */
export function relativeFromFile(url: string, file: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const target = withIndexFile(url.slice(1));
  const rel = posix.relative(posix.dirname(`/${file}`), `/${target}`);
  return rel === '' ? './' : rel.startsWith('.') ? rel : `./${rel}`.replace(/^\.\/(?=[^.])/, '');
}

export interface RewriteResult {
  html: string;
  /** Attributes still holding a path from the server root (should be none). */
  leftovers: string[];
}

/**
 * Astro writes its own URLs (stylesheets) in <head>: that part goes through
 * the rewriter. The body holds only the site's own links, already relative:
 * it is checked, not rewritten.
 */
export async function relativizePage(html: string, file: string): Promise<RewriteResult> {
  const end = html.indexOf('</head>');
  const head = end < 0 ? html : html.slice(0, end);
  const body = end < 0 ? '' : html.slice(end);
  const rewritten = await rewriteUrls(head, file);
  for (const m of body.matchAll(/<([a-z][\w-]*)\b[^>]*?\s([\w:-]+)="(\/[^\s/"][^"]*)"/gi)) {
    rewritten.leftovers.push(`${m[1]}[${m[2]}]="${m[3]}"`);
  }
  return { html: rewritten.html + body, leftovers: rewritten.leftovers };
}

async function rewriteUrls(html: string, file: string): Promise<RewriteResult> {
  const rewriter = new RewritingStream();
  const leftovers: string[] = [];
  rewriter.on('startTag', (tag, raw) => {
    let changed = false;
    for (const attr of tag.attrs) {
      if (URL_ATTRS.has(attr.name) && attr.value.startsWith('/') && !attr.value.startsWith('//')) {
        attr.value = relativeFromFile(attr.value, file);
        changed = true;
      } else if (attr.name === 'srcset' && /(^|,)\s*\/(?!\/)/.test(attr.value)) {
        attr.value = attr.value
          .split(',')
          .map((c) => c.trim().replace(/^\S+/, (u) => relativeFromFile(u, file)))
          .join(', ');
        changed = true;
      } else if (/^\/[^\s/]/.test(attr.value)) {
        // Any other attribute that looks like a path from the root (data-island-src, …): a component forgot withRoot().
        leftovers.push(`${tag.tagName}[${attr.name}]="${attr.value}"`);
      }
    }
    if (changed) rewriter.emitStartTag(tag);
    else rewriter.emitRaw(raw);
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    rewriter.on('data', (chunk: string) => {
      out += chunk;
    });
    rewriter.on('end', resolve);
    rewriter.on('error', reject);
    Readable.from([html]).pipe(rewriter);
  });
  return { html: out, leftovers };
}
