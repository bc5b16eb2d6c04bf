import { act, screen } from '@testing-library/react';
import { renderDesk } from '../../desk/renderDesk';
import { freshDesk } from '../../desk/testing';
import { LocaleRoot } from '../../locale/LocaleRoot';
import { setLocale } from '../../locale/locale';
import { SchedulesTab } from './SchedulesTab';

describe('<SchedulesTab> in Chinese', () => {
  afterEach(() => act(() => setLocale('en')));

  it("says why a schedule's last run failed in the desk language, not the runtime's English", async () => {
    const desk = await freshDesk();
    await desk.runtime.schedules.create({
      id: 'retired',
      name: 'Retired form',
      workflow: 'retired-form',
      actor: 'ada',
      data: {},
      timeZone: 'Europe/Paris',
      start: '2026-11-23T11:00',
      frequency: 'daily',
    });
    await desk.advanceClock(2 * 3_600_000); // the 11:00 run falls due: its workflow is not published
    const entry = (await desk.runtime.schedules.list()).find((e) => e.schedule.id === 'retired');
    expect(entry?.lastError).toMatchObject({ code: 'NOT_FOUND' });
    act(() => setLocale('zh-CN'));
    await renderDesk(
      <LocaleRoot>
        <SchedulesTab />
      </LocaleRoot>,
      { desk },
    );
    const row = (await screen.findByText('Retired form')).closest('tr')!;
    expect(row).toHaveTextContent('该内容不存在，或您无权查看。');
    expect(row).not.toHaveTextContent(/not published/);
  });
});
