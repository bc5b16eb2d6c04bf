import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createDesk } from '../desk/desk';
import { memoryPersistence } from '../desk/persistence';
import { renderDesk } from '../desk/renderDesk';
import { MONDAY_10_PARIS } from '../desk/testing';
import { DemoDataTab } from './admin/DemoDataTab';
import { AdminPage } from './AdminPage';

const p3 = { summary: 'Printer jams', priority: 'P3', category: 'hardware' };

describe('<AdminPage>', () => {
  it('edits a calendar: the runtime counts SLA time in the new hours', async () => {
    const user = userEvent.setup();
    const { desk } = await renderDesk(<AdminPage />);
    await user.click(screen.getByRole('tab', { name: 'Calendars' }));
    const form = screen.getByRole('form', { name: 'Calendar business' });
    const monday = within(form).getByLabelText('Monday');
    await user.clear(monday);
    await user.type(monday, '09:00-12:00');
    await user.click(within(form).getByRole('button', { name: 'Save calendar' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('Saved');
    expect(desk.settings.calendars.business?.week.mon).toEqual([['09:00', '12:00']]);
    // The demo clock is a Monday 10:00 in Paris. P3 responds within 4 working hours: 2 h until the
    // new Monday closing time, 2 h on Tuesday from 09:00 (before the change: Monday 14:00).
    const ticket = await desk.runtime.startTicket({
      workflow: 'incident',
      actor: 'alice',
      data: p3,
    });
    const response = ticket.sla.find((c) => c.target === 'response')!;
    expect(response.dueAt).toBe('2026-11-24T10:00:00.000Z');
  });

  it('edits a calendar’s exceptions: a date with its own hours, and a line that does not parse', async () => {
    const user = userEvent.setup();
    const { desk } = await renderDesk(<AdminPage />);
    await user.click(screen.getByRole('tab', { name: 'Calendars' }));
    const form = screen.getByRole('form', { name: 'Calendar business' });
    const exceptions = within(form).getByLabelText('Exceptions');
    await user.type(exceptions, 'Christmas eve');
    await user.click(within(form).getByRole('button', { name: 'Save calendar' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Not saved');
    expect(exceptions).toHaveAttribute('aria-invalid', 'true');
    await user.clear(exceptions);
    await user.type(exceptions, '2026-12-24: 09:00-12:00{Enter}2026-12-26 10:00-14:00');
    await user.click(within(form).getByRole('button', { name: 'Save calendar' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('Saved');
    expect(desk.settings.calendars.business?.workdays).toEqual({
      '2026-12-24': [['09:00', '12:00']],
      '2026-12-26': [['10:00', '14:00']],
    });
  });

  it('shows what is wrong with a calendar next to the field and saves nothing', async () => {
    const user = userEvent.setup();
    const { desk } = await renderDesk(<AdminPage />);
    await user.click(screen.getByRole('tab', { name: 'Calendars' }));
    const form = screen.getByRole('form', { name: 'Calendar business' });
    const tuesday = within(form).getByLabelText('Tuesday');
    await user.clear(tuesday);
    await user.type(tuesday, 'all day');
    await user.click(within(form).getByRole('button', { name: 'Save calendar' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Not saved');
    expect(within(form).getByLabelText('Tuesday')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Tuesday')).toHaveAccessibleDescription(
      /“all day” is not a time range/,
    );
    expect(desk.settings.calendars.business?.week.tue).toEqual([['09:00', '18:00']]);

    await user.clear(within(form).getByLabelText('Tuesday'));
    await user.type(within(form).getByLabelText('Tuesday'), '09:00-18:00');
    await user.clear(within(form).getByLabelText('Time zone'));
    await user.type(within(form).getByLabelText('Time zone'), 'Mars/Olympus');
    await user.click(within(form).getByRole('button', { name: 'Save calendar' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(/Mars\/Olympus/);
    expect(desk.settings.calendars.business?.timeZone).toBe('Europe/Paris');
  });

  it('edits SLA policies and publishes a new version through the runtime', async () => {
    const user = userEvent.setup();
    const { desk } = await renderDesk(<AdminPage />);
    await user.click(screen.getByRole('tab', { name: 'SLA policies' }));
    const form = await screen.findByRole('form', { name: 'SLA policies of Report an incident' });
    const policy = within(form).getByRole('listitem', { name: 'Policy P3 – medium' });
    // Durations are an amount and a unit, never ISO 8601 text; on the business calendar they are
    // working time: the seeded PT27H reads as 3 working days, with no ambiguity to call out.
    expect(within(policy).queryByRole('textbox', { name: 'Resolution target' })).toBeNull();
    expect(within(policy).getByLabelText('Resolution target: amount')).toHaveValue(3);
    expect(within(policy).getByLabelText('Resolution target: unit')).toHaveValue('days');
    expect(within(form).queryByText(/counts days of 24 working hours/)).toBeNull();
    await user.selectOptions(within(policy).getByLabelText('Calendar'), '24x7');
    const amount = within(policy).getByLabelText('Resolution target: amount');
    await user.clear(amount);
    await user.type(amount, '6');
    await user.selectOptions(within(policy).getByLabelText('Resolution target: unit'), 'hours');
    // Conditions open in the condition builder; the advanced mode takes jsonata.
    // The condition's box: its builder (a group named by the label), its mode buttons, its note.
    const pause = within(policy)
      .getByRole('group', { name: 'Pause when' })
      .closest<HTMLElement>('.pg-field')!;
    await user.click(within(pause).getByRole('button', { name: 'jsonata' }));
    await user.type(within(pause).getByRole('combobox'), "$ticket.status = 'pending'");
    await user.click(within(form).getByRole('button', { name: 'Publish version 2' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('version 2');
    const def = await desk.runtime.getDefinition('incident');
    const p3policy = def.sla?.find((p) => p.id === 'p3');
    expect(p3policy).toMatchObject({
      targets: { response: 'PT4H', resolution: 'PT6H' },
      calendar: '24x7',
      pause: "$ticket.status = 'pending'",
    });
  });

  it('names the SLA field the runtime refuses', async () => {
    const user = userEvent.setup();
    const { desk } = await renderDesk(<AdminPage />);
    await user.click(screen.getByRole('tab', { name: 'SLA policies' }));
    const form = await screen.findByRole('form', { name: 'SLA policies of Report an incident' });
    const policy = within(form).getByRole('listitem', { name: 'Policy P1 – critical' });
    const when = within(policy)
      .getByRole('group', { name: 'Applies when' })
      .closest<HTMLElement>('.pg-field')!;
    await user.click(within(when).getByRole('button', { name: 'jsonata' }));
    await user.clear(within(when).getByRole('combobox'));
    await user.type(within(when).getByRole('combobox'), 'priority = ');
    // The input says at once that it does not parse; publishing anyway, the runtime refuses.
    expect(within(when).getByRole('alert')).toHaveTextContent('Unexpected end of expression');
    await user.click(within(form).getByRole('button', { name: 'Publish version 2' }));
    await waitFor(() =>
      expect(
        within(form)
          .getAllByRole('alert')
          .map((a) => a.textContent),
      ).toEqual(expect.arrayContaining([expect.stringMatching(/cannot be published/)])),
    );
    // The runtime's finding is shown under the condition it is about.
    await waitFor(() => expect(when).toHaveAttribute('data-invalid', 'true'));
    expect((await desk.storage.listDefinitionVersions('incident')).length).toBe(1);
  });

  it('calls out a P3D on a business calendar in a policy written elsewhere and fixes it to working days', async () => {
    const user = userEvent.setup();
    const { desk } = await renderDesk(<AdminPage />);
    // A version written by hand or by another tool: "P3D" on the business calendar is 72
    // working hours, 8 working days, not 3.
    const written = await desk.runtime.getDefinition('incident');
    await desk.runtime.publish(
      {
        ...written,
        sla: written.sla?.map((p) =>
          p.id === 'p3' ? { ...p, targets: { ...p.targets, resolution: 'P3D' } } : p,
        ),
      },
      { actor: 'ada' },
    );
    await user.click(screen.getByRole('tab', { name: 'SLA policies' }));
    const form = await screen.findByRole('form', { name: 'SLA policies of Report an incident' });
    const policy = within(form).getByRole('listitem', { name: 'Policy P3 – medium' });
    expect(
      within(policy)
        .getAllByRole('note')
        .map((n) => n.textContent),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/P3D.*72 working hours/)]));
    // Only that policy is called out.
    expect(within(form).getAllByText(/counts days of 24 working hours/)).toHaveLength(1);
    await user.click(within(policy).getByRole('button', { name: /Make it 3 working day/ }));
    expect(within(form).queryByText(/counts days of 24 working hours/)).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Publish version 3' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('version 3');
    const def = await desk.runtime.getDefinition('incident');
    expect(def.sla?.find((p) => p.id === 'p3')?.targets.resolution).toBe('PT27H');
  });

  it('edits an on-call rota: people picked from the directory in turn, the shift an amount and a unit', async () => {
    const user = userEvent.setup();
    const { desk } = await renderDesk(<AdminPage />);
    const form = await screen.findByRole('form', { name: 'On-call rotas' });
    const members = within(form).getByRole('group', { name: 'Members in turn' });
    expect(
      within(within(members).getByRole('list'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Nina Petit'), expect.stringContaining('Omar Benali')]);
    // Nobody types user ids: Omar leaves the rota, Léa joins it after Nina.
    await user.click(within(members).getByRole('button', { name: 'Remove Omar Benali' }));
    await user.selectOptions(
      within(members).getByRole('combobox', { name: 'Add a person to Members in turn' }),
      'Léa Bernard',
    );
    // A week's shift, shown as 1 week, becomes 12 hours.
    expect(within(form).getByLabelText('Shift length: amount')).toHaveValue(1);
    await user.clear(within(form).getByLabelText('Shift length: amount'));
    await user.type(within(form).getByLabelText('Shift length: amount'), '12');
    await user.selectOptions(within(form).getByLabelText('Shift length: unit'), 'hours');
    await user.click(within(form).getByRole('button', { name: 'Save rotas' }));
    expect(await within(form).findByText('Rotas saved.')).toBeInTheDocument();
    const rota = desk.settings.organisation.rotas.find((r) => r.id === 'network-oncall');
    expect(rota).toMatchObject({ members: ['nina', 'lea'], shift: 'PT12H' });
  });

  it('edits a rota’s first shift as a date and time in the desk’s zone, kept as the instant', async () => {
    const user = userEvent.setup();
    const { desk } = await renderDesk(<AdminPage />);
    const form = await screen.findByRole('form', { name: 'On-call rotas' });
    const first = within(form).getByLabelText('First shift starts');
    // The seeded hand-over, 2026-01-05T08:00Z, is Monday 09:00 on the desk's Paris clock.
    expect(first).toHaveAttribute('type', 'datetime-local');
    expect(first).toHaveValue('2026-01-05T09:00');
    expect(within(form).getByText(/desk time \(Europe\/Paris\)/)).toHaveTextContent(
      /05 Jan 2026, 09:00/,
    );
    // The admin picks Monday 6 July, 09:00 in Paris: summer time, so 07:00 UTC.
    await user.clear(first);
    await user.type(first, '2026-07-06T09:00');
    expect(within(form).getByText(/desk time \(Europe\/Paris\)/)).toHaveTextContent(
      /06 Jul 2026, 09:00/,
    );
    await user.click(within(form).getByRole('button', { name: 'Save rotas' }));
    expect(await within(form).findByText('Rotas saved.')).toBeInTheDocument();
    const rota = desk.settings.organisation.rotas.find((r) => r.id === 'network-oncall');
    expect(rota?.start).toBe('2026-07-06T07:00:00.000Z');
    // The directory the runtime asks follows: nobody is on call before the first shift.
    await expect(
      desk.directory.onCall('network-oncall', new Date('2026-07-06T06:59:00Z')),
    ).resolves.toEqual([]);
    await expect(
      desk.directory.onCall('network-oncall', new Date('2026-07-06T07:00:00Z')),
    ).resolves.toEqual(['nina']);
  });

  it('edits a person in the directory; a person without a role is refused', async () => {
    const user = userEvent.setup();
    const { desk } = await renderDesk(<AdminPage />);
    await user.click(screen.getByRole('button', { name: 'Edit Bruno Leroy' }));
    const form = screen.getByRole('form', { name: 'Edit Bruno Leroy' });
    await user.click(within(form).getByLabelText('Service desk agent'));
    await user.click(within(form).getByLabelText('Service desk'));
    await user.selectOptions(within(form).getByLabelText('Manager'), 'lea');
    await user.click(within(form).getByRole('button', { name: 'Save person' }));
    expect(await screen.findByText('Saved Bruno Leroy.')).toBeInTheDocument();
    expect(await desk.directory.resolve([{ group: 'service-desk' }])).toContain('bruno');
    expect((await desk.directory.getUser('bruno'))?.manager).toBe('lea');

    await user.click(screen.getByRole('button', { name: 'Edit Bruno Leroy' }));
    const again = screen.getByRole('form', { name: 'Edit Bruno Leroy' });
    for (const role of ['Employee', 'Service desk agent'])
      await user.click(within(again).getByLabelText(role));
    await user.click(within(again).getByRole('button', { name: 'Save person' }));
    expect(
      await within(again).findByText('Give the person at least one role.'),
    ).toBeInTheDocument();
    expect((await desk.directory.getUser('bruno'))?.roles).toEqual(['employee', 'agent']);
  });

  it("sets the language a person's e-mails are written in, and back to the desk default", async () => {
    const user = userEvent.setup();
    const { desk } = await renderDesk(<AdminPage />);
    await user.click(screen.getByRole('button', { name: 'Edit Bruno Leroy' }));
    const form = screen.getByRole('form', { name: 'Edit Bruno Leroy' });
    await user.selectOptions(within(form).getByLabelText('Language of e-mails'), 'zh-CN');
    await user.click(within(form).getByRole('button', { name: 'Save person' }));
    expect(await screen.findByText('Saved Bruno Leroy.')).toBeInTheDocument();
    // The directory the runtime's mails read (DirectoryUser.locale).
    expect((await desk.directory.getUser('bruno'))?.locale).toBe('zh-CN');

    await user.click(screen.getByRole('button', { name: 'Edit Bruno Leroy' }));
    const again = screen.getByRole('form', { name: 'Edit Bruno Leroy' });
    expect(within(again).getByLabelText('Language of e-mails')).toHaveValue('zh-CN');
    await user.selectOptions(within(again).getByLabelText('Language of e-mails'), '');
    await user.click(within(again).getByRole('button', { name: 'Save person' }));
    expect(await screen.findByText('Saved Bruno Leroy.')).toBeInTheDocument();
    expect((await desk.directory.getUser('bruno'))?.locale).toBeUndefined();
  });

  it('creates a daily schedule, built not typed, that the next tick runs', async () => {
    const user = userEvent.setup();
    const { desk } = await renderDesk(<AdminPage />);
    await user.click(screen.getByRole('tab', { name: /Schedules/ }));
    await user.click(await screen.findByRole('button', { name: '+ Add schedule' }));
    const form = screen.getByRole('form', { name: 'New schedule' });
    await user.type(within(form).getByLabelText('Schedule id'), 'daily-check');
    await user.type(within(form).getByLabelText('Name'), 'Daily printer check');
    expect(within(form).queryByLabelText(/RRULE|Recurrence rule/)).toBeNull();
    await user.selectOptions(within(form).getByLabelText('Repeats'), 'daily');
    await user.type(within(form).getByLabelText('First run (local time)'), '2026-11-23T11:00');
    // The field values are the workflow's own request form, not JSON.
    const values = within(form).getByRole('group', { name: 'Field values' });
    await user.type(await within(values).findByRole('textbox', { name: /Summary/ }), p3.summary);
    await user.selectOptions(
      within(values).getByRole('combobox', { name: /Priority/ }),
      'P3 – Medium',
    );
    await user.click(within(form).getByRole('button', { name: 'Save schedule' }));
    expect(await screen.findByText('Saved schedule Daily printer check.')).toBeInTheDocument();
    const entry = (await desk.runtime.schedules.list()).find(
      (e) => e.schedule.id === 'daily-check',
    );
    expect(entry?.schedule).toMatchObject({ frequency: 'daily', start: '2026-11-23T11:00' });
    expect(entry?.schedule.data).toMatchObject({ summary: p3.summary, priority: 'P3' });
    expect(entry?.next).toBe('2026-11-23T10:00:00.000Z');
    await desk.advanceClock(2 * 3_600_000);
    const raised = await desk.runtime.listTickets({ requester: 'ada' });
    expect(raised.tickets.map((t) => t.title)).toContain('Printer jams');
  });

  it('previews the next five runs in the schedule time zone as the admin types, and what is wrong', async () => {
    const user = userEvent.setup();
    const { desk } = await renderDesk(<AdminPage />);
    await user.click(screen.getByRole('tab', { name: /Schedules/ }));
    await user.click(await screen.findByRole('button', { name: '+ Add schedule' }));
    const form = screen.getByRole('form', { name: 'New schedule' });
    const preview = within(form).getByRole('region', { name: 'Next runs' });
    // Weekly on Monday is the default; Thursday is one press away.
    await user.click(within(form).getByRole('button', { name: 'Thursday' }));
    await user.type(within(form).getByLabelText('First run (local time)'), '2026-11-23T09:00');
    // The demo clock is Monday 23 November 2026 10:00 Paris: today's 09:00 run has passed.
    const runs = () =>
      within(preview)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(runs()).toEqual([
      'Thu, 26 Nov 2026, 09:00',
      'Mon, 30 Nov 2026, 09:00',
      'Thu, 03 Dec 2026, 09:00',
      'Mon, 07 Dec 2026, 09:00',
      'Thu, 10 Dec 2026, 09:00',
    ]);
    expect(within(preview).getAllByRole('listitem')[0]!.querySelector('time')).toHaveAttribute(
      'dateTime',
      '2026-11-26T08:00:00.000Z',
    );
    // Same local times in another zone: New York's 09:00 on Monday is still ahead (15:00 Paris).
    await user.clear(within(form).getByLabelText('Time zone'));
    await user.type(within(form).getByLabelText('Time zone'), 'America/New_York');
    expect(within(preview).getByRole('heading')).toHaveTextContent('America/New_York');
    expect(runs()[0]).toBe('Mon, 23 Nov 2026, 09:00');
    expect(runs()).toHaveLength(5);
    // A schedule the runtime refuses: no runs, the error in the preview and next to the field.
    await user.clear(within(form).getByLabelText('Time zone'));
    await user.type(within(form).getByLabelText('Time zone'), 'Mars/Olympus');
    expect(within(preview).queryAllByRole('listitem')).toHaveLength(0);
    expect(within(preview).getByRole('alert')).toHaveTextContent(/No preview/);
    expect(within(form).getByLabelText('Time zone')).toHaveAttribute('aria-invalid', 'true');
    // Fixed again: the error goes, the runs come back; nothing was saved meanwhile.
    await user.clear(within(form).getByLabelText('Time zone'));
    await user.type(within(form).getByLabelText('Time zone'), 'Europe/Paris');
    await user.selectOptions(within(form).getByLabelText('Repeats'), 'daily');
    expect(runs()).toHaveLength(5);
    expect(within(form).getByLabelText('Time zone')).not.toHaveAttribute('aria-invalid');
    expect(await desk.runtime.schedules.list()).toHaveLength(1);
  });

  it('removes a person, refuses one still referenced and says why; edits a role', async () => {
    const user = userEvent.setup();
    const { desk } = await renderDesk(<AdminPage />);
    // Asked first: answering no removes nobody.
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false);
    await user.click(screen.getByRole('button', { name: 'Remove Bruno Leroy' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Remove Bruno Leroy'));
    expect(await desk.directory.getUser('bruno')).not.toBeNull();
    confirm.mockReturnValue(true);
    await user.click(screen.getByRole('button', { name: 'Remove Victor Lambert' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Victor Lambert cannot be removed: manager of Alice Martin.',
    );
    expect(screen.getByRole('button', { name: 'Edit Victor Lambert' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Bruno Leroy' }));
    expect(await screen.findByText('Removed Bruno Leroy.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Edit Bruno Leroy' })).not.toBeInTheDocument(),
    );
    expect(await desk.directory.getUser('bruno')).toBeNull();

    const roles = screen.getByRole('form', { name: 'Roles' });
    const names = within(roles).getAllByLabelText('Name');
    await user.clear(names[1]!);
    await user.type(names[1]!, 'Desk analyst');
    await user.click(within(roles).getByRole('button', { name: 'Save roles' }));
    expect(await within(roles).findByRole('status')).toHaveTextContent('Roles saved.');
    expect(desk.settings.organisation.roles[1]).toMatchObject({
      id: 'agent',
      name: 'Desk analyst',
    });
    await user.click(within(roles).getByRole('button', { name: 'Remove CAB member' }));
    await user.click(within(roles).getByRole('button', { name: 'Save roles' }));
    expect(await within(roles).findByRole('alert')).toHaveTextContent(/There is no role "cab"/);
    expect(desk.settings.organisation.roles.map((r) => r.id)).toContain('cab');
  });

  it('resets the demo data after asking: the desk is emptied and its history made again', async () => {
    const user = userEvent.setup();
    const desk = await createDesk({
      persistence: memoryPersistence(),
      saveDelayMs: 0,
      realNow: () => MONDAY_10_PARIS,
      history: { days: 4, perDay: 3 },
    });
    const mine = await desk.runtime.startTicket({ workflow: 'incident', actor: 'alice', data: p3 });
    await renderDesk(<AdminPage />, { desk });
    await user.click(screen.getByRole('tab', { name: 'Demo data' }));
    const confirm = vi.spyOn(window, 'confirm');
    // Answering no changes nothing.
    confirm.mockReturnValueOnce(false);
    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    expect((await desk.runtime.getTicket(mine.id)).id).toBe(mine.id);
    confirm.mockReturnValueOnce(true);
    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    const status = await screen.findByRole('status', {}, { timeout: 20_000 });
    const made = Number(/regenerated: (\d+) tickets/.exec(status.textContent ?? '')?.[1]);
    expect(made).toBeGreaterThan(0);
    await expect(desk.runtime.getTicket(mine.id)).rejects.toThrow();
    const count = (await desk.runtime.aggregate({ groupBy: [] })).groups[0]?.value ?? 0;
    expect(count).toBeGreaterThanOrEqual(made);
    confirm.mockRestore();
  });

  it('refuses the reset to someone who is not an administrator', async () => {
    const user = userEvent.setup();
    const { desk } = await renderDesk(<DemoDataTab />, { user: 'alice' });
    const mine = await desk.runtime.startTicket({ workflow: 'incident', actor: 'alice', data: p3 });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not an administrator/);
    expect((await desk.runtime.getTicket(mine.id)).id).toBe(mine.id);
    confirm.mockRestore();
  });
});
