/**
 * Reads a .docx as a reader's word processor would, without one: unzips it
 * (fflate) and turns each paragraph of the body, headers and footers into its
 * style and its text.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface DocxParagraph {
  style: string | undefined;
  text: string;
  bullet: boolean;
  xml: string;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&amp;/g, '&');

export function paragraphs(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map(([whole, inner = '']) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1],
    bullet: inner.includes('<w:numPr>'),
    text: [...inner.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:br\/>|<w:instrText[^>]*>\s*([A-Z]+)/g)]
      .map((m) => (m[0] === '<w:br/>' ? '\n' : m[2] ? `{${m[2]}}` : decode(m[1] ?? '')))
      .join(''),
    xml: whole,
  }));
}

export function openDocx(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const part = (name: string) => {
    const f = files[name];
    if (!f) throw new Error(`${name} is missing from the .docx (parts: ${Object.keys(files).join(', ')})`);
    return strFromU8(f);
  };
  const names = Object.keys(files);
  return {
    names,
    part,
    body: paragraphs(part('word/document.xml')),
    headers: names.filter((n) => /^word\/header\d*\.xml$/.test(n)).map((n) => paragraphs(part(n))),
    footers: names.filter((n) => /^word\/footer\d*\.xml$/.test(n)).map((n) => paragraphs(part(n))),
  };
}

/**
 * Whether an XML part is well formed, as far as Word cares: tags nest and
 * close, attributes are quoted, text holds no raw "<" or stray "&", and no
 * character XML 1.0 forbids. Returns the first fault, or undefined.
 */
export function xmlFault(xml: string): string | undefined {
  // Stricter than XML 1.0 (which allows U+007F–U+009F): the builder removes every control character but tab and line ends.
  const illegal = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF]/u;
  if (illegal.test(xml)) return `a character XML forbids at ${xml.search(illegal)}`;
  const stack: string[] = [];
  const token =
    /<\?[\s\S]*?\?>|<([/]?)([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  for (const m of xml.matchAll(token)) {
    if (m[0].startsWith('<?')) continue;
    if (m[0] === '<' || m[0] === '&') return `a raw "${m[0]}" at ${m.index}`;
    const [, close, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (!close) stack.push(name!);
    else if (stack.pop() !== name) return `</${name}> closes the wrong element at ${m.index}`;
  }
  return stack.length ? `<${stack.at(-1)}> is never closed` : undefined;
}
