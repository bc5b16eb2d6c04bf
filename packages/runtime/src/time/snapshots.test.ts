import type { HistoryEvent } from '../model/ticket.types';
import { replaySnapshots } from './snapshots';

const ev = (seq: number, e: Partial<HistoryEvent>): HistoryEvent => ({
  id: `t:${seq}`,
  ticketId: 't',
  seq,
  at: `2026-03-02T08:0${seq}:00.000Z`,
  type: 'action',
  ...e,
});

describe('replaySnapshots', () => {
  const history = [
    ev(1, {
      type: 'created',
      actor: 'ann',
      changes: [{ field: 'summary', from: null, to: 'VPN down' }],
    }),
    ev(3, { type: 'fieldsChanged', changes: [{ field: 'impact', from: 'low', to: 'high' }] }),
    ev(2, { type: 'statusChanged', detail: { from: 'open', to: 'pending' } }),
    ev(4, {
      type: 'fieldsChanged',
      detail: { type: 'raisePriority' },
      changes: [{ field: 'priority', from: 'medium', to: 'high' }],
    }),
    ev(5, { type: 'entered', nodeId: 'fix' }),
  ];

  it('orders by seq and tracks status, data, priority and active steps', () => {
    const s = replaySnapshots(history);
    expect(s.map((x) => x.event.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(s[1]).toMatchObject({
      status: 'pending',
      requester: 'ann',
      data: { summary: 'VPN down' },
    });
    expect(s[3]!.priority).toBe('high');
    expect(s[3]!.data.priority).toBeUndefined();
    expect(s[4]!.active).toEqual(['fix']);
  });

  it('recovers values the history does not carry (a template) from the values now', () => {
    const s = replaySnapshots(history, {
      data: { summary: 'VPN down', impact: 'high', site: 'Lyon' },
      priority: 'high',
    });
    expect(s[0]).toMatchObject({
      data: { summary: 'VPN down', impact: 'low', site: 'Lyon' },
      priority: 'medium',
    });
    expect(s[4]).toMatchObject({ data: { impact: 'high', site: 'Lyon' }, priority: 'high' });
  });
});
