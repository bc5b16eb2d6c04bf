import type { LocalizedDefinition } from '@deskkit/runtime';
import type { Desk } from '../../desk/desk';
import { blankWorkflow } from './studio';

/**
 * Version 1 of a small workflow with one ticket of Alice's waiting at its "Handle" step, and
 * version 2 where that step is replaced by "Triage" (another id): what the studio's version list,
 * comparison and migration screens work on in stories and tests.
 */
export async function twoVersionScene(desk: Desk, key = 'laptop') {
  const v1 = blankWorkflow(key, 'Laptop request');
  await desk.runtime.publish(v1, { actor: 'ada' });
  const ticket = await desk.runtime.startTicket({
    workflow: key,
    actor: 'alice',
    data: { summary: 'A lighter laptop' },
  });
  const v2: LocalizedDefinition = {
    ...v1,
    nodes: v1.nodes.map((n) => (n.id === 'handle' ? { ...n, id: 'triage', name: 'Triage' } : n)),
    edges: v1.edges.map((e) => ({
      ...e,
      from: e.from === 'handle' ? 'triage' : e.from,
      to: e.to === 'handle' ? 'triage' : e.to,
    })),
  };
  await desk.runtime.publish(v2, { actor: 'ada' });
  return { ticket, v1, v2, versions: await desk.runtime.versions(key) };
}
