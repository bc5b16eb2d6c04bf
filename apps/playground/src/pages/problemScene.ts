import type { Desk } from '../desk/desk';

/**
 * Two open problems on a demo desk: one explaining two incidents and marked a known error by its
 * investigator (with a workaround), one still under investigation (stories and tests).
 */
export async function problemScene(desk: Desk) {
  const { runtime } = desk;
  const incident = (summary: string) =>
    runtime.startTicket({
      workflow: 'incident',
      actor: 'alice',
      data: { summary, priority: 'P3', category: 'software' },
    });
  const a = await incident('VPN drops every ten minutes');
  const b = await incident('VPN disconnects on Wi-Fi');
  const known = await runtime.startTicket({
    workflow: 'problem',
    actor: 'sam',
    data: { summary: 'VPN concentrator drops sessions', incidents: [a.number, b.number] },
  });
  await runtime.act({
    ticket: known.id,
    action: 'update',
    actor: known.assignees[0]!,
    data: { knownError: true, workaround: 'Reconnect with the backup gateway' },
  });
  const open = await runtime.startTicket({
    workflow: 'problem',
    actor: 'sam',
    data: { summary: 'Printers lose their queue overnight', incidents: [b.number] },
  });
  return { known, open, incidents: [a, b] };
}
