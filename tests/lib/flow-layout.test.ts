import { describe, expect, it } from 'vitest';
import { layoutFlow, wrap } from '../../src/lib/flow-layout';
import type { WizardTree } from '../../src/lib/wizard/types';

const cite = { doc: 'd', anchor: 'a', quote: 'a quote of some length' };
const tree: WizardTree = {
  id: 't',
  version: 1,
  title: 'T',
  summary: 'S',
  embedIn: { doc: 'd', anchor: 'a' },
  start: 'q1',
  nodes: [
    {
      kind: 'question',
      id: 'q1',
      title: 'What is the objective of the partnership?',
      why: cite,
      answers: [
        { id: 'a', label: 'Protect critical infrastructure', next: 'o1' },
        { id: 'b', label: 'Share information', next: 'o2' },
      ],
    },
    {
      kind: 'outcome',
      id: 'o1',
      title: 'Formal',
      recommendation: 'r',
      citations: [cite],
      nextSteps: [{ label: 'l', doc: 'd', anchor: 'a' }],
    },
    {
      kind: 'outcome',
      id: 'o2',
      title: 'Informal',
      recommendation: 'r',
      citations: [cite],
      nextSteps: [{ label: 'l', doc: 'd', anchor: 'a' }],
    },
  ],
};

describe('wrap', () => {
  it('breaks at word boundaries within the width', () => {
    expect(wrap('What is the objective of the partnership?', 16)).toEqual([
      'What is the',
      'objective of the',
      'partnership?',
    ]);
  });
});

describe('layoutFlow', () => {
  it('places every node and one edge per answer, questions above their outcomes', () => {
    const flow = layoutFlow(tree);
    expect(flow.nodes.map((n) => n.id).sort()).toEqual(['o1', 'o2', 'q1']);
    expect(flow.edges.map((e) => `${e.from}/${e.answer}>${e.to}`).sort()).toEqual(['q1/a>o1', 'q1/b>o2']);
    const y = Object.fromEntries(flow.nodes.map((n) => [n.id, n.y]));
    expect(y.q1!).toBeLessThan(y.o1!);
    expect(flow.width).toBeGreaterThan(0);
    for (const e of flow.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
  });
});
