/**
 * Lays out a decision tree as a flow graph at build time (dagre), so the
 * browser gets a finished SVG and no layout code. Pure: geometry and wrapped
 * label lines in, nothing drawn here.
 */
import dagre from '@dagrejs/dagre';
import type { WizardTree } from './wizard/types.ts';

export interface FlowNode {
  id: string;
  kind: 'question' | 'outcome';
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FlowEdge {
  from: string;
  answer: string;
  to: string;
  lines: string[];
  points: { x: number; y: number }[];
  labelX: number;
  labelY: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  nodes: FlowNode[];
  edges: FlowEdge[];
}

/** Approximate width of a character at the graph's 13px font: good enough to size boxes. */
export const CHAR_WIDTH = 7;
export const LINE_HEIGHT = 17;
const PADDING = 10;

/** Greedy word wrap; a single long word gets a line of its own. */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function layoutFlow(tree: WizardTree, opts: { nodeChars?: number; edgeChars?: number } = {}): FlowLayout {
  const nodeChars = opts.nodeChars ?? 24;
  const edgeChars = opts.edgeChars ?? 18;
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 56, edgesep: 12, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));

  const boxes = new Map<string, { kind: FlowNode['kind']; lines: string[] }>();
  for (const node of tree.nodes) {
    const lines = wrap(node.title, nodeChars);
    boxes.set(node.id, { kind: node.kind, lines });
    const width = Math.max(...lines.map((l) => l.length)) * CHAR_WIDTH + 2 * PADDING;
    g.setNode(node.id, { width, height: lines.length * LINE_HEIGHT + 2 * PADDING });
  }
  const labels = new Map<string, string[]>();
  for (const node of tree.nodes) {
    if (node.kind !== 'question') continue;
    for (const a of node.answers) {
      const lines = wrap(a.label, edgeChars);
      const name = `${node.id}/${a.id}`;
      labels.set(name, lines);
      g.setEdge(
        node.id,
        a.next,
        {
          width: Math.max(...lines.map((l) => l.length)) * CHAR_WIDTH,
          height: lines.length * LINE_HEIGHT,
          labelpos: 'c',
        },
        name,
      );
    }
  }
  dagre.layout(g);

  const nodes: FlowNode[] = g.nodes().map((id) => {
    const n = g.node(id);
    const box = boxes.get(id)!;
    return { id, kind: box.kind, lines: box.lines, x: n.x, y: n.y, width: n.width, height: n.height };
  });
  const edges: FlowEdge[] = g.edges().map((e) => {
    const data = g.edge(e) as { points: { x: number; y: number }[]; x: number; y: number };
    const [from, answer] = (e.name ?? '').split('/') as [string, string];
    return {
      from,
      answer,
      to: e.w,
      lines: labels.get(e.name ?? '') ?? [],
      points: data.points,
      labelX: data.x,
      labelY: data.y,
    };
  });
  const graph = g.graph() as { width?: number; height?: number };
  return { width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0), nodes, edges };
}
