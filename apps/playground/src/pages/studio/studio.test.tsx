import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useDesk } from '../../desk/DeskContext';
import { renderDesk } from '../../desk/renderDesk';
import { freshDesk } from '../../desk/testing';
import { LocaleRoot } from '../../locale/LocaleRoot';
import { setLocale } from '../../locale/locale';
import { StudioPage } from '../StudioPage';
import { CompareVersions } from './CompareVersions';
import { MigrateTickets } from './MigrateTickets';
import { twoVersionScene } from './scenes';
import { VersionList } from './VersionList';

let scene: Awaited<ReturnType<typeof twoVersionScene>>;

/** The migration screen on the signed-in admin's DeskClient, as the studio wires it. */
function Migrate(props: { confirm(message: string): boolean }) {
  const { client } = useDesk();
  return (
    <MigrateTickets
      versions={scene.versions}
      run={(input) => client.migrateTickets(input)}
      confirm={props.confirm}
    />
  );
}

describe('studio: versions, comparison, migration', () => {
  it('lists who published each version, picks versions to compare, offers rollback of older ones', async () => {
    const desk = await freshDesk();
    scene = await twoVersionScene(desk);
    await desk.runtime.rollback('laptop', 1, { actor: 'ada' });
    const versions = await desk.runtime.versions('laptop');
    const picks: number[] = [];
    const rollbacks: number[] = [];
    const user = userEvent.setup();
    await renderDesk(
      <VersionList
        versions={versions}
        nameOf={(id) => (id === 'ada' ? 'Ada Admin' : id)}
        picked={[1]}
        onPick={(v) => picks.push(v)}
        onRollback={(v) => rollbacks.push(v)}
      />,
      { desk },
    );
    const items = within(screen.getByRole('list', { name: 'Versions' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^v3 live.*Ada Admin · restores v1/),
      expect.stringMatching(/^v2 .*Ada Admin/),
      expect.stringMatching(/^v1 .*Ada Admin/),
    ]);
    expect(screen.getByRole('button', { name: 'Compare v1' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Compare v2' }));
    await user.click(screen.getByRole('button', { name: 'Roll back to v2' }));
    expect(screen.queryByRole('button', { name: 'Roll back to v3' })).toBeNull();
    expect(picks).toEqual([2]);
    expect(rollbacks).toEqual([2]);
  });

  it('lists the changes between two versions and marks them on the graph', async () => {
    const desk = await freshDesk();
    scene = await twoVersionScene(desk);
    await renderDesk(
      <CompareVersions
        before={{ label: 'v1', definition: scene.v1 }}
        after={{ label: 'v2', definition: scene.v2 }}
      />,
      { desk },
    );
    const region = screen.getByRole('region', { name: 'Changes from v1 to v2' });
    // The list's steps section (the viewer beside it has a "Steps" panel of its own).
    const [steps] = within(region).getAllByRole('region', { name: 'Steps' });
    expect(within(steps!).getByText('Triage')).toBeInTheDocument();
    expect(within(steps!).getByText('Handle')).toBeInTheDocument();
    // The graph's legend counts the marked steps and connections.
    const legend = within(region).getByRole('note');
    expect(legend).toHaveTextContent('1 added');
    expect(legend).toHaveTextContent('2 changed');
  });

  it('checks running tickets (blocked and why), maps the missing step, and moves the ticket after asking', async () => {
    const desk = await freshDesk();
    scene = await twoVersionScene(desk);
    const asked: string[] = [];
    const user = userEvent.setup();
    await renderDesk(<Migrate confirm={(m) => (asked.push(m), true)} />, { desk });
    await user.click(screen.getByRole('button', { name: 'Check running tickets' }));
    const plan = await screen.findByRole('table', { name: 'What would happen' });
    expect(within(plan).getByText('blocked')).toBeInTheDocument();
    expect(
      within(plan).getByText(
        'Step "Handle" is not in version 2; map it to a step of that version.',
      ),
    ).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Tickets at “Handle” go to'), 'triage');
    await user.click(screen.getByRole('button', { name: 'Check running tickets' }));
    const again = await screen.findByRole('table', { name: 'What would happen' });
    expect(within(again).getByText('can move')).toBeInTheDocument();
    expect(within(again).getByText('handle → triage')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Move 1 ticket' }));
    expect(await screen.findByText('Moved 1 ticket; 0 blocked.')).toBeInTheDocument();
    expect(asked).toEqual([expect.stringContaining('Move 1 ticket from v1 to v2?')]);
    const moved = await desk.runtime.getTicket(scene.ticket.id);
    expect(moved.workflow.version).toBe(2);
    expect(moved.active).toEqual(['triage']);
  });

  it('the studio saves a draft of the edits, kept for the other admins', async () => {
    const desk = await freshDesk();
    scene = await twoVersionScene(desk);
    const { unmount } = await renderDesk(<StudioPage params={['laptop']} />, { desk });
    const bar = await screen.findByRole('group', { name: 'Draft' });
    expect(within(bar).getByRole('status')).toHaveTextContent('Same as the live version');
    expect(within(bar).getByRole('button', { name: 'Save draft' })).toBeDisabled();
    // An edit: the workflow's name in the designer's settings.
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    const name = await screen.findByLabelText('Name');
    fireEvent.change(name, { target: { value: 'Laptop or tablet request' } });
    await waitFor(() =>
      expect(within(bar).getByRole('status')).toHaveTextContent('Unsaved changes'),
    );
    fireEvent.click(within(bar).getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Draft of laptop saved (revision 1).')).toBeInTheDocument();
    expect((await desk.runtime.getDraft('laptop', { actor: 'ada' }))?.definition.name).toBe(
      'Laptop or tablet request',
    );
    expect(within(bar).getByRole('status')).toHaveTextContent(/Draft revision 1, saved by Ada/);
    unmount();
  });

  it('says in the desk language why a ticket cannot move', async () => {
    const desk = await freshDesk();
    scene = await twoVersionScene(desk);
    act(() => setLocale('zh-CN'));
    try {
      await renderDesk(
        <LocaleRoot>
          <Migrate confirm={() => true} />
        </LocaleRoot>,
        { desk },
      );
      fireEvent.click(screen.getByRole('button', { name: '检查进行中的工单' }));
      const plan = await screen.findByRole('table', { name: '预计结果' });
      expect(
        within(plan).getByText('步骤“Handle”不在版本 2 中；请将其映射到该版本的某个步骤。'),
      ).toBeInTheDocument();
      expect(plan).not.toHaveTextContent(/map it to a step/);
    } finally {
      act(() => setLocale('en'));
    }
  });

  it('says in the desk language why a draft was not saved', async () => {
    const desk = await freshDesk();
    scene = await twoVersionScene(desk);
    act(() => setLocale('zh-CN'));
    try {
      const { unmount } = await renderDesk(
        <LocaleRoot>
          <StudioPage params={['laptop']} />
        </LocaleRoot>,
        { desk },
      );
      const bar = await screen.findByRole('group', { name: '草稿' });
      fireEvent.click(screen.getByRole('tab', { name: '设置' }));
      fireEvent.change(await screen.findByLabelText('名称'), {
        target: { value: '笔记本或平板申请' },
      });
      // Another administrator saves a draft first: this one is out of date.
      await desk.runtime.saveDraft(scene.v2, { actor: 'ada', expectedRevision: null });
      await waitFor(() =>
        expect(within(bar).getByRole('button', { name: '保存草稿' })).toBeEnabled(),
      );
      fireEvent.click(within(bar).getByRole('button', { name: '保存草稿' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('此工单已被他人修改');
      // The runtime's English sentence is only the folded detail.
      expect(alert.querySelector('summary')).toHaveTextContent('详情');
      unmount();
    } finally {
      act(() => setLocale('en'));
    }
  });
});
