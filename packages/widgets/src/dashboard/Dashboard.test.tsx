import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Dashboard, type DashboardProps } from './Dashboard';
import type { DashboardDocument, PersonalLayout, WidgetLibrary } from '../model/dashboard.types';
import { agentDashboard, demoLibrary } from '../testing/demoDashboards';
import { fixtureDataSource } from '../testing/fixtures';

type Spies = {
  onChange: ReturnType<typeof vi.fn<(value: DashboardDocument) => void>>;
  onLibraryChange: ReturnType<typeof vi.fn<(library: WidgetLibrary) => void>>;
  onPersonalChange: ReturnType<typeof vi.fn<(personal: PersonalLayout | null) => void>>;
};

function Host(
  props: Partial<DashboardProps> & {
    spies: Spies;
    doc?: DashboardDocument;
    initialPersonal?: PersonalLayout | null;
  },
) {
  const { spies, doc = agentDashboard, initialPersonal = null, ...rest } = props;
  const [value, setValue] = useState(doc);
  const [library, setLibrary] = useState<WidgetLibrary>(demoLibrary);
  const [personal, setPersonal] = useState<PersonalLayout | null>(initialPersonal);
  const [dataSource] = useState(() => rest.dataSource ?? fixtureDataSource());
  return (
    <Dashboard
      value={value}
      onChange={(v) => {
        spies.onChange(v);
        setValue(v);
      }}
      library={library}
      onLibraryChange={(l) => {
        spies.onLibraryChange(l);
        setLibrary(l);
      }}
      personal={personal}
      onPersonalChange={(p) => {
        spies.onPersonalChange(p);
        setPersonal(p);
      }}
      dataSource={dataSource}
      user="sam"
      {...rest}
    />
  );
}

function setup(
  props: Partial<DashboardProps> & {
    doc?: DashboardDocument;
    initialPersonal?: PersonalLayout | null;
  } = {},
) {
  const spies: Spies = { onChange: vi.fn(), onLibraryChange: vi.fn(), onPersonalChange: vi.fn() };
  const user = userEvent.setup();
  const utils = render(<Host spies={spies} {...props} />);
  return { ...utils, spies, user };
}

const lg = (doc: DashboardDocument, i: string) => doc.layouts.lg?.find((l) => l.i === i);

describe('Dashboard', () => {
  it('shows every widget of the dashboard with its data, and no edit controls in view mode', async () => {
    setup();
    // Embedded in a host page: the page keeps its own h1, the dashboard is a section under it.
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Agent overview' })).toBeInTheDocument();
    for (const title of ['My to-do', 'Tickets by status', 'SLA watch', 'Open tickets', 'On call']) {
      expect(screen.getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
    }
    expect(
      await screen.findByRole('button', { name: /Show \d+ tickets: Open/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Move or resize/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Customize' })).toBeInTheDocument();
  });

  it('moves and resizes a widget with the keyboard and saves the shared layout for the breakpoint', async () => {
    const { spies, user } = setup({ editTarget: 'shared', mode: 'edit' });
    const handle = screen.getByRole('button', { name: 'Move or resize Tickets by status' });
    handle.focus();
    await user.keyboard('{ArrowRight}');
    const moved = spies.onChange.mock.lastCall?.[0] as DashboardDocument;
    expect(lg(moved, 'status')).toMatchObject({ x: 1, y: 0, w: 8, h: 3 });
    expect(moved.version).toBe(4);
    expect(screen.getByText('Tickets by status moved to column 2, row 1.')).toBeInTheDocument();

    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    const resized = spies.onChange.mock.lastCall?.[0] as DashboardDocument;
    expect(lg(resized, 'status')).toMatchObject({ x: 1, w: 8, h: 4 });
    // Other breakpoints keep their own layout.
    expect(resized.layouts.sm).toEqual(agentDashboard.layouts.sm);
    expect(spies.onPersonalChange).not.toHaveBeenCalled();
  });

  it('saves a personal layout apart from the role layout, and resets it to the default', async () => {
    const { spies, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Customize' }));
    expect(screen.getByText('Editing your personal layout')).toBeInTheDocument();
    screen.getByRole('button', { name: 'Move or resize My to-do' }).focus();
    await user.keyboard('{ArrowLeft}');
    const personal = spies.onPersonalChange.mock.lastCall?.[0] as PersonalLayout;
    expect(personal).toMatchObject({ dashboard: 'agent-overview', user: 'sam', basedOn: 3 });
    expect(personal.layouts.lg?.find((l) => l.i === 'todo')?.x).toBe(7);
    expect(spies.onChange).not.toHaveBeenCalled();
    expect(screen.getByText('Personal layout')).toBeInTheDocument();
    // Admins cannot be impersonated: no add, configure or remove while personalising.
    expect(screen.queryByRole('button', { name: 'Add widget' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Configure/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset to default' }));
    expect(spies.onPersonalChange).toHaveBeenLastCalledWith(null);
    expect(screen.queryByText('Personal layout')).not.toBeInTheDocument();
    expect(screen.getByText('Layout reset to the default.')).toBeInTheDocument();
  });

  it('tells the user when the role layout changed after they personalised it', () => {
    setup({
      initialPersonal: {
        dashboard: 'agent-overview',
        user: 'sam',
        basedOn: 1,
        layouts: { lg: [] },
      },
    });
    expect(
      screen.getByText('The default layout changed since you personalised it.'),
    ).toBeInTheDocument();
  });

  it('edits a library widget configuration and title from the configure dialog', async () => {
    const { spies, user } = setup({ editTarget: 'shared', mode: 'edit' });
    await user.click(screen.getByRole('button', { name: 'Configure SLA watch' }));
    const dialog = screen.getByRole('dialog', { name: 'Configure SLA watch' });
    await user.clear(within(dialog).getByLabelText('Title'));
    await user.type(within(dialog).getByLabelText('Title'), 'SLA risk');
    await user.clear(within(dialog).getByLabelText(/Refresh every/));
    await user.type(within(dialog).getByLabelText(/Refresh every/), '120');
    // The type's own settings come from its configuration schema, rendered by @deskkit/forms.
    const criticalAt = within(dialog).getByLabelText(/Critical from/);
    await user.clear(criticalAt);
    await user.type(criticalAt, '150');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(spies.onLibraryChange).not.toHaveBeenCalled();
    await user.clear(criticalAt);
    await user.type(criticalAt, '80');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const library = spies.onLibraryChange.mock.lastCall?.[0] as WidgetLibrary;
    expect(library['sla-board']).toMatchObject({
      type: 'slaBoard',
      title: 'SLA risk',
      refreshSeconds: 120,
      config: { criticalAt: 80 },
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'SLA risk' })).toBeInTheDocument();
  });

  it('adds a new widget to the library and the dashboard, and removes a placement', async () => {
    const { spies, user } = setup({ editTarget: 'shared', mode: 'edit' });
    await user.click(screen.getByRole('button', { name: 'Add widget' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a widget' });
    await user.click(within(dialog).getByRole('button', { name: 'Workload' }));
    const library = spies.onLibraryChange.mock.calls[0]?.[0] as WidgetLibrary;
    expect(library['workload-1']).toMatchObject({ type: 'workload', config: { by: 'assignee' } });
    const doc = spies.onChange.mock.lastCall?.[0] as DashboardDocument;
    expect(doc.items.at(-1)).toEqual({ i: 'workload-1-1', widget: 'workload-1' });
    expect(lg(doc, 'workload-1-1')).toMatchObject({ x: 0, y: 17, w: 4, h: 6 });
    // A new widget opens its configuration right away.
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: 'Remove On call' }));
    const after = spies.onChange.mock.lastCall?.[0] as DashboardDocument;
    expect(after.items.map((i) => i.i)).not.toContain('oncall');
    expect(lg(after, 'oncall')).toBeUndefined();
    // The library keeps the configured widget for other dashboards.
    expect(spies.onLibraryChange.mock.calls).toHaveLength(1);
  });

  it('places a configured widget from the component library', async () => {
    const { spies, user } = setup({ editTarget: 'shared', mode: 'edit' });
    await user.click(screen.getByRole('button', { name: 'Add widget' }));
    await user.click(screen.getByRole('button', { name: /Priority mix/ }));
    const doc = spies.onChange.mock.lastCall?.[0] as DashboardDocument;
    expect(doc.items.at(-1)).toEqual({ i: 'by-priority-donut-1', widget: 'by-priority-donut' });
    expect(spies.onLibraryChange).not.toHaveBeenCalled();
  });

  it('shows an error in the widget, not a crash, for an unknown type, a missing library entry or bad configuration', async () => {
    const doc: DashboardDocument = {
      id: 'broken',
      name: 'Broken',
      items: [
        { i: 'a', widget: 'nope' },
        { i: 'b', widget: 'strange' },
        { i: 'c', widget: 'bad' },
      ],
      layouts: {},
    };
    render(
      <Dashboard
        value={doc}
        library={{
          strange: { type: 'sparkline', config: {} },
          bad: { type: 'ticketTable', title: 'Bad table', config: { pageSize: 'ten' } },
        }}
        dataSource={fixtureDataSource()}
        user="sam"
      />,
    );
    expect(screen.getByText('Widget "nope" is not in the component library.')).toBeInTheDocument();
    expect(
      screen.getByText('Unknown widget type "sparkline". Register it in the widget registry.'),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(3);
    expect(
      await screen.findByText(
        /The configuration of this widget is invalid: .*pageSize|Rows per page/,
      ),
    ).toBeInTheDocument();
  });

  it('shows the error of a failing data source with a retry', async () => {
    const dataSource = fixtureDataSource();
    dataSource.failWith = new Error('The ticket service is unavailable (503).');
    const user = userEvent.setup();
    render(
      <Dashboard
        value={{ id: 'd', name: 'D', items: [{ i: 'x', widget: 'status-counters' }], layouts: {} }}
        library={demoLibrary}
        dataSource={dataSource}
        user="sam"
      />,
    );
    // An error without a Deskkit code: the layer's general sentence, with the error's own words.
    expect(
      await screen.findByText('Something went wrong: The ticket service is unavailable (503).'),
    ).toBeInTheDocument();
    dataSource.failWith = null;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('button', { name: /Show \d+ tickets: Open/ }),
    ).toBeInTheDocument();
  });

  it('reloads a widget on its refresh interval', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const dataSource = fixtureDataSource();
      render(
        <Dashboard
          value={{ id: 'd', name: 'D', items: [{ i: 'x', widget: 'w' }], layouts: {} }}
          library={{ w: { type: 'counters', config: { by: 'status' }, refreshSeconds: 30 } }}
          dataSource={dataSource}
          user="sam"
        />,
      );
      await screen.findByRole('button', { name: /Show \d+ tickets: Open/ });
      const before = dataSource.calls.length;
      await vi.advanceTimersByTimeAsync(30_000);
      await waitFor(() => expect(dataSource.calls.length).toBe(before + 1));
    } finally {
      vi.useRealTimers();
    }
  });

  it('translates its strings through the host translate function', () => {
    setup({ translate: (key) => (key === 'dashboard.edit' ? 'Anpassen' : undefined) });
    expect(screen.getByRole('button', { name: 'Anpassen' })).toBeInTheDocument();
  });
});
