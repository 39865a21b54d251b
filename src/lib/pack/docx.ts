/**
 * The meeting pack as a Word document, made in the browser by the `docx`
 * library. The plan imports this module only when the reader asks for Word
 * (`await import(...)`), so none of the library loads with the page. It
 * renders the same blocks as the Markdown (document.ts): real Word headings,
 * DCAF's passages in their own style with their citations, the convener's
 * text as text, and the TLP marking at the top and in the header and footer
 * of every page, in TLP 2.0's colours (coloured text on black).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  TextRun,
} from 'docx';
import { SITE_NAME } from '../citation';
import { type Block, type PackDocument, packDocument, type StyledRun } from './document';
import { TLP_BACKGROUND, TLP_COLOURS, type TlpLabel } from './tlp';
import type { PackView } from './view';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * XML 1.0 cannot hold control characters (but tab and line ends), lone
 * surrogates or U+FFFE/U+FFFF: Word refuses a file with one, so they go.
 */
export const xmlSafe = (text: string): string => text.replace(/(?![\t\n\r])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF]/gu, '');

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function runs(styled: readonly StyledRun[]): ParagraphChild[] {
  return styled.map((r) => {
    const text = xmlSafe(r.text);
    if (r.href && /^https?:/i.test(r.href))
      return new ExternalHyperlink({ link: r.href, children: [new TextRun({ text, style: 'Hyperlink' })] });
    return new TextRun({ text, bold: r.bold ?? false, italics: r.italic ?? false });
  });
}

function markingRun(label: string, size?: number): TextRun {
  const tlp = label.replace(/^TLP:/, '') as TlpLabel;
  return new TextRun({
    text: label,
    bold: true,
    color: TLP_COLOURS[tlp] ?? 'FFFFFF',
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: TLP_BACKGROUND },
    ...(size ? { size } : {}),
  });
}

/** The convener's text: a paragraph per paragraph they typed, their line breaks kept. */
function readerParagraphs(text: string): Paragraph[] {
  return xmlSafe(text.replace(/\r\n?/g, '\n'))
    .split(/\n(?:[ \t]*\n)+/)
    .filter((p) => p.trim() !== '')
    .map(
      (p) =>
        new Paragraph({
          style: 'ConvenerText',
          children: p.split('\n').map((line, i) => new TextRun({ text: line.trimEnd(), break: i > 0 ? 1 : 0 })),
        }),
    );
}

function blockParagraphs(b: Block): Paragraph[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level], keepNext: true, children: [new TextRun(xmlSafe(b.text))] })];
    case 'marking':
      return [
        new Paragraph({
          spacing: { after: 240 },
          children: [markingRun(b.label, 32), new TextRun(' — '), ...runs(b.meaning)],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ keepNext: b.runs.length === 1 && !!b.runs[0]?.bold, children: runs(b.runs) })];
    case 'reader':
      return readerParagraphs(b.text);
    case 'quote':
      return [
        new Paragraph({ style: 'Passage', keepNext: true, children: [new TextRun(xmlSafe(b.text))] }),
        new Paragraph({ style: 'PassageCitation', children: runs(b.citation) }),
      ];
    case 'list':
      return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
  }
}

function pageParagraph(doc: PackDocument, withPageNumber: boolean): Paragraph {
  const children: ParagraphChild[] = doc.marking ? [markingRun(doc.marking)] : [];
  if (withPageNumber)
    children.push(
      new TextRun({
        children: [doc.marking ? '    Page ' : 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
      }),
    );
  else if (!doc.marking) children.push(new TextRun({ text: xmlSafe(doc.title), color: '555555' }));
  return new Paragraph({ alignment: AlignmentType.RIGHT, children });
}

/** The .docx file's bytes. Wrap them in a Blob of type DOCX_MIME to download. */
export async function buildDocx(view: PackView): Promise<Uint8Array> {
  const doc = packDocument(view);
  const body = doc.blocks.flatMap(blockParagraphs);
  body.push(
    new Paragraph({
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 6 } },
      spacing: { before: 360 },
      children: [
        ...(doc.marking ? [markingRun(doc.marking), new TextRun('. ')] : []),
        new TextRun(xmlSafe(doc.footerText)),
      ],
    }),
  );
  const tlp = view.tlp;
  const document = new Document({
    title: xmlSafe(doc.title),
    creator: SITE_NAME,
    lastModifiedBy: SITE_NAME,
    description: xmlSafe(doc.footer),
    ...(doc.marking ? { keywords: doc.marking, subject: doc.marking } : {}),
    ...(tlp ? { customProperties: [{ name: 'TLP', value: tlp }] } : {}),
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22 } } },
      paragraphStyles: [
        {
          id: 'Passage',
          name: "DCAF's text (quoted passage)",
          basedOn: 'Normal',
          next: 'PassageCitation',
          run: { italics: false },
          paragraph: {
            indent: { left: 567 },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: '7A7A7A', space: 8 } },
            spacing: { before: 120, after: 40 },
          },
        },
        {
          id: 'PassageCitation',
          name: 'Citation of a passage',
          basedOn: 'Normal',
          run: { size: 18, color: '444444' },
          paragraph: { indent: { left: 567 }, spacing: { after: 160 } },
        },
        {
          id: 'ConvenerText',
          name: "The convener's own text",
          basedOn: 'Normal',
          paragraph: { spacing: { after: 120 } },
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [pageParagraph(doc, false)] }) },
        footers: { default: new Footer({ children: [pageParagraph(doc, true)] }) },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
