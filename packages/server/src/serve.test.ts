// `serve` in a real child process: SIGTERM lets a request in flight finish, ends live event
// streams, stops timers and closes storage, then the process exits 0.
import { startServer } from '../test/processes';
import { readSse } from '../test/sse';

describe('serve (Node) and SIGTERM', () => {
  it('drains a request in flight, ends event streams, closes storage and exits 0', async () => {
    const server = await startServer(['memory']);
    const events = readSse(
      await fetch(`${server.url}/events`, {
        headers: { 'x-user': 'ann', accept: 'text/event-stream' },
      }),
    );
    await events.until(() => (events.comments.length > 0 ? true : undefined)); // a heartbeat: live
    const held = fetch(`${server.url}/catalog`, { headers: { 'x-user': 'ann', 'x-hold': '1' } });
    await server.line((l) => l === 'holding');
    server.child.kill('SIGTERM');
    const answer = await held;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as Array<{ key: string }>).map((e) => e.key)).toContain(
      'bench-purchase',
    );
    await events.ended;
    expect(await server.exited).toBe(0);
    expect(server.lines).toContain('closed');
  });
});
