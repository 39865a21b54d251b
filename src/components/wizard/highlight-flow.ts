/**
 * Marks the reader's path on the flow graph drawn at build time (FlowGraph.astro):
 * nodes carry data-flow-node, edges data-flow-edge="<from>/<answer>".
 */
import type { Step } from '../../lib/wizard/engine';

export function highlightFlow(treeId: string, steps: readonly Step[], currentId: string | undefined) {
  const svg = document.querySelector(`[data-flow="${treeId}"]`);
  if (!svg) return;
  const nodes = new Set(steps.map((s) => s.question.id));
  if (currentId) nodes.add(currentId);
  const edges = new Set(steps.map((s) => `${s.question.id}/${s.answer.id}`));
  for (const el of svg.querySelectorAll('[data-flow-node]')) {
    const id = el.getAttribute('data-flow-node')!;
    el.classList.toggle('is-on-path', nodes.has(id));
    el.classList.toggle('is-current', id === currentId);
  }
  for (const el of svg.querySelectorAll('[data-flow-edge]'))
    el.classList.toggle('is-on-path', edges.has(el.getAttribute('data-flow-edge')!));
}
