import { ValidationError } from '../errors/errors';
import { chain, setup, task } from './testkit';

const wf = chain('incident', [task('fix', { strategy: 'fixed', to: [{ user: 'eve' }] })], {
  numberPrefix: 'INC',
});

describe('ticket numbers', () => {
  it("carry the desk's local date: 01:30 in Shanghai is already the next day", async () => {
    // 2026-11-23T17:30Z is 2026-11-24 01:30 in Shanghai.
    const utc = setup();
    const local = setup({ timeZone: 'Asia/Shanghai' });
    utc.advance(8.5 * 3_600_000); // one clock shared by both runtimes
    for (const { runtime } of [utc, local]) await runtime.publish(wf, { actor: 'admin' });
    const start = (r: typeof utc) =>
      r.runtime.startTicket({ workflow: 'incident', actor: 'ann', data: { summary: 'x' } });
    expect((await start(utc)).number).toBe('INC-20261123-0001');
    expect((await start(local)).number).toBe('INC-20261124-0001');
    expect((await start(local)).number).toBe('INC-20261124-0002');
  });

  it('take a format; the sequence restarts per period of the date parts it uses', async () => {
    const { runtime, advance } = setup({
      timeZone: 'UTC',
      numbering: { timeZone: 'America/New_York', format: '{prefix}{yy}{MM}-{seq:6}' },
    });
    await runtime.publish(wf, { actor: 'admin' });
    const start = () =>
      runtime.startTicket({ workflow: 'incident', actor: 'ann', data: { summary: 'x' } });
    expect((await start()).number).toBe('INC2611-000001');
    advance(24 * 3_600_000);
    expect((await start()).number).toBe('INC2611-000002');
    advance(8 * 24 * 3_600_000);
    expect((await start()).number).toBe('INC2612-000001');
  });

  it('refuses an unknown time zone when the runtime is created', () => {
    expect(() => setup({ timeZone: 'Mars/Olympus' })).toThrow(ValidationError);
    expect(() => setup({ numbering: { timeZone: 'x' } })).toThrow(/numbering\/timeZone/);
  });
});
