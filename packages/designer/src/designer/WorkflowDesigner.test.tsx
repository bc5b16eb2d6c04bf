import type { WorkflowDefinition } from '@deskkit/runtime';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import {
  brokenDefinition,
  demoDirectory,
  emptyDefinition,
  itsmChangeDefinition,
} from '../fixtures/definitions';
import type { WorkflowDesignerProps } from './designer.types';
import { WorkflowDesigner } from './WorkflowDesigner';

/** Renders the designer in a stateful host and exposes the latest definition. */
function setup(initial: WorkflowDefinition, props: Partial<WorkflowDesignerProps> = {}) {
  const seen: { value: WorkflowDefinition } = { value: initial };
  function Host() {
    const [value, setValue] = useState(initial);
    return (
      <div style={{ height: 700 }}>
        <WorkflowDesigner
          directory={demoDirectory}
          {...props}
          value={value}
          onChange={(next) => {
            seen.value = next;
            setValue(next);
          }}
        />
      </div>
    );
  }
  const user = userEvent.setup();
  render(<Host />);
  return { seen, user };
}

function twoSteps(): WorkflowDefinition {
  return {
    ...emptyDefinition(),
    nodes: [
      { id: 'start', type: 'start', name: 'Request', position: { x: 0, y: 0 } },
      { id: 'fix', type: 'task', name: 'Fix it', position: { x: 200, y: 0 } },
      { id: 'done', type: 'end', name: 'Done', position: { x: 500, y: 0 } },
    ],
  };
}

/**
 * Selects a node on the canvas with a click. (A plain click event: user-event's mousedown has no
 * `view`, which d3-drag under xyflow dereferences.)
 */
async function selectNode(_user: ReturnType<typeof userEvent.setup>, name: RegExp) {
  fireEvent.click(screen.getByRole('group', { name }));
  await act(async () => {});
}

describe('WorkflowDesigner', () => {
  it('adds a step from the palette by click and by keyboard, and selects it', async () => {
    const { seen, user } = setup(emptyDefinition());
    await user.click(screen.getByRole('button', { name: /^Task / }));
    expect(seen.value.nodes).toEqual([
      expect.objectContaining({ id: 'task', type: 'task', name: 'Task' }),
    ]);
    expect(await screen.findByRole('heading', { name: 'Task' })).toBeInTheDocument();

    screen.getByRole('button', { name: /^Approval / }).focus();
    await user.keyboard('{Enter}');
    expect(seen.value.nodes.map((n) => n.type)).toEqual(['task', 'approval']);
    expect(seen.value.nodes[1]).toMatchObject({ approval: { mode: 'single' } });
  });

  it('connects two steps with the "Connect to…" command', async () => {
    const { seen, user } = setup(twoSteps());
    await selectNode(user, /Start step Request/);
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    await user.selectOptions(within(inspector).getByLabelText('Connect to…'), 'fix');
    await user.click(within(inspector).getByRole('button', { name: 'Connect' }));
    expect(seen.value.edges).toEqual([{ id: 'start-fix', from: 'start', to: 'fix' }]);
    // The end step cannot be a source and the start cannot be a target.
    await selectNode(user, /End step Done/);
    expect(within(inspector).queryByLabelText('Connect to…')).not.toBeInTheDocument();
  });

  it('edits a step in the inspector: name, assignment candidates and approval quorum', async () => {
    const def = itsmChangeDefinition();
    const { seen, user } = setup(def);
    await selectNode(user, /Approval step CAB review/);
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    const name = within(inspector).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Change board');
    expect(seen.value.nodes.find((n) => n.id === 'cab')?.name).toBe('Change board');

    // Candidates come from the host directory.
    const candidates = within(inspector).getByRole('group', { name: 'Candidates' });
    await user.selectOptions(within(candidates).getByLabelText('Kind'), 'user');
    await user.type(within(candidates).getByRole('combobox', { name: 'Search User' }), 'car');
    await user.click(await within(candidates).findByRole('option', { name: /Carol Diaz/ }));
    const cab = seen.value.nodes.find((n) => n.id === 'cab');
    expect(cab).toMatchObject({ assign: { to: [{ group: 'cab' }, { user: 'carol' }] } });

    const min = within(inspector).getByLabelText('Minimum approvals');
    await user.clear(min);
    await user.type(min, '3');
    expect(seen.value.nodes.find((n) => n.id === 'cab')).toMatchObject({
      approval: { mode: 'quorum', min: 3 },
    });
    await user.selectOptions(within(inspector).getByLabelText('When rejected'), 'node');
    await user.selectOptions(within(inspector).getByLabelText('Return to step'), 'assess');
    expect(seen.value.nodes.find((n) => n.id === 'cab')).toMatchObject({
      approval: { onReject: 'node', rejectTo: 'assess' },
    });
  }, 40_000);

  it('separation of duties on an approval: allowRequester checkbox and the fallback approvers', async () => {
    const { seen, user } = setup(itsmChangeDefinition());
    await selectNode(user, /Approval step CAB review/);
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    const cab = () => seen.value.nodes.find((n) => n.id === 'cab');
    const fallback = within(inspector).getByRole('group', {
      name: 'Approvers when the requester is the only candidate',
    });
    await user.selectOptions(within(fallback).getByLabelText('Kind'), 'user');
    await user.type(within(fallback).getByRole('combobox', { name: 'Search User' }), 'car');
    await user.click(await within(fallback).findByRole('option', { name: /Carol Diaz/ }));
    expect(cab()).toMatchObject({ approval: { fallback: [{ user: 'carol' }] } });
    const allow = within(inspector).getByRole('checkbox', {
      name: 'The requester may approve their own ticket',
    });
    expect(allow).not.toBeChecked();
    await user.click(allow);
    expect(cab()).toMatchObject({ allowRequester: true });
    expect(
      within(inspector).queryByRole('group', {
        name: 'Approvers when the requester is the only candidate',
      }),
    ).toBeNull();
    await user.click(allow);
    expect(cab()).not.toHaveProperty('allowRequester');
  });

  it('edits an edge condition with inline parse errors and field autocomplete', async () => {
    const { seen, user } = setup(itsmChangeDefinition());
    await selectNode(user, /Decision step Change type\?/);
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    await user.click(within(inspector).getByRole('button', { name: /CAB review/ }));
    // The condition reads back into the builder; the test edits it as jsonata.
    await user.click(
      within(
        await within(inspector).findByRole('group', { name: 'How to edit Condition (jsonata)' }),
      ).getByRole('button', { name: 'jsonata' }),
    );
    const condition = await within(inspector).findByRole('combobox', {
      name: 'Condition (jsonata)',
    });
    await user.clear(condition);
    await user.type(condition, "changeType = 'normal' and");
    expect(within(inspector).getByRole('alert')).toHaveTextContent(/Line 1, column \d+/);
    expect(seen.value.edges.find((e) => e.id === 'e-normal')?.when).toBe(
      "changeType = 'normal' and",
    );

    await user.type(condition, ' ri');
    const list = within(inspector).getByRole('listbox', { name: 'Field suggestions' });
    expect(within(list).getByRole('option', { name: /risk/ })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(seen.value.edges.find((e) => e.id === 'e-normal')?.when).toBe(
      "changeType = 'normal' and risk",
    );
    await user.type(condition, " = 'high'");
    expect(within(inspector).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(inspector).getByLabelText(/Default branch/));
    const edges = seen.value.edges.filter((e) => e.from === 'route');
    expect(edges.filter((e) => e.default).map((e) => e.id)).toEqual(['e-normal']);
  });

  it('edits the field-permission matrix by cell, row and column', async () => {
    const { seen, user } = setup(itsmChangeDefinition(), { initialTab: 'permissions' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Risk at CAB review' }),
      'required',
    );
    expect(seen.value.nodes.find((n) => n.id === 'cab')?.fields?.risk).toBe('required');

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Set Back-out plan at every step' }),
      'hidden',
    );
    for (const id of ['start', 'assess', 'cab', 'ecab', 'implement']) {
      expect(seen.value.nodes.find((n) => n.id === id)?.fields?.backoutPlan).toBe('hidden');
    }
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Set every field at Implement change' }),
      'edit',
    );
    const impl = seen.value.nodes.find((n) => n.id === 'implement')!;
    expect(Object.values(impl.fields ?? {}).every((p) => p === 'edit')).toBe(true);
    expect(Object.keys(impl.fields ?? {})).toHaveLength(10);
    // The form's rules are shown next to the field they affect.
    expect(screen.getByText("required when risk = 'high'")).toBeInTheDocument();
  });

  it('undoes and redoes changes with the toolbar and the keyboard', async () => {
    const { seen, user } = setup(emptyDefinition());
    await user.click(screen.getByRole('button', { name: /^Start / }));
    await user.click(screen.getByRole('button', { name: /^End / }));
    expect(seen.value.nodes).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(seen.value.nodes.map((n) => n.type)).toEqual(['start']);
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(seen.value.nodes.map((n) => n.type)).toEqual(['start', 'end']);
    fireEvent.keyDown(screen.getByRole('region', { name: 'Workflow designer' }), {
      key: 'z',
      ctrlKey: true,
    });
    expect(seen.value.nodes).toHaveLength(1);
    fireEvent.keyDown(screen.getByRole('region', { name: 'Workflow designer' }), {
      key: 'z',
      ctrlKey: true,
      shiftKey: true,
    });
    expect(seen.value.nodes).toHaveLength(2);
  });

  it('deletes the selection with the Delete key and pastes copies with Ctrl+C / Ctrl+V', async () => {
    const { seen, user } = setup(twoSteps());
    await selectNode(user, /Task step Fix it/);
    const root = screen.getByRole('region', { name: 'Workflow designer' });
    fireEvent.keyDown(root, { key: 'c', ctrlKey: true });
    fireEvent.keyDown(root, { key: 'v', ctrlKey: true });
    expect(seen.value.nodes.map((n) => n.id)).toEqual(['start', 'fix', 'done', 'fix-2']);
    expect(seen.value.nodes[3]!.position).toEqual({ x: 240, y: 40 });
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Fix it' })).toBeInTheDocument(),
    );
    fireEvent.keyDown(root, { key: 'Delete' });
    expect(seen.value.nodes.map((n) => n.id)).toEqual(['start', 'fix', 'done']);
  });

  it('refuses bad JSON on import, says why, and keeps the current definition', async () => {
    const initial = twoSteps();
    const { seen, user } = setup(initial);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const dialog = screen.getByRole('dialog', { name: 'Import a workflow definition' });
    const box = within(dialog).getByLabelText('Definition JSON');
    fireEvent.change(box, { target: { value: '{"nodes": [' } });
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('This is not valid JSON');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The current definition was kept.');

    fireEvent.change(box, {
      target: { value: JSON.stringify({ ...initial, nodes: [{ id: 'x', type: 'wizard' }] }) },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('nodes[0] needs');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('/nodes/0');
    expect(seen.value).toBe(initial);

    const good = itsmChangeDefinition();
    fireEvent.change(box, { target: { value: JSON.stringify(good) } });
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(seen.value).toEqual(good);
    // Import is one undoable step.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(seen.value).toEqual(initial);
  });

  it('refuses to publish while errors remain and says why', async () => {
    const onPublish = vi.fn();
    const { user } = setup(brokenDefinition(), { onPublish });
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(onPublish).not.toHaveBeenCalled();
    expect(
      screen.getByText('Publishing is blocked until the errors below are fixed.'),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(/Publishing refused: \d+ error/);
  });

  it('publishes a definition that passes validation', async () => {
    const onPublish = vi.fn();
    const def = itsmChangeDefinition();
    const { user } = setup(def, { onPublish });
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(onPublish).toHaveBeenCalledWith(def);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Published.'));
  });

  it('selects the step an issue is about when the issue is clicked', async () => {
    const { user } = setup(brokenDefinition());
    const panel = screen.getByRole('region', { name: 'Problems' });
    await user.click(within(panel).getByRole('button', { name: /Approval "cab".*quorum/ }));
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    expect(
      await within(inspector).findByRole('heading', { name: 'CAB review' }),
    ).toBeInTheDocument();
    await act(async () => {});
  });

  it('marks steps and edges with their issues; clicking one selects the edge or opens the matrix cell', async () => {
    const def = brokenDefinition();
    const implement = def.nodes.find((n) => n.id === 'implement')!;
    implement.fields = { ...implement.fields, summary: 'hidden' };
    const { user } = setup(def);
    // The step carries a marker with its problems (edges: see "syncEdges" in model.test.ts; jsdom
    // does not lay out the handles xyflow draws edges between).
    expect(
      within(screen.getByRole('group', { name: /Approval step CAB review/ })).getByRole('img', {
        name: /1 problem\(s\): Approval "cab".*quorum/,
      }),
    ).toBeInTheDocument();

    const panel = screen.getByRole('region', { name: 'Problems' });
    await user.click(within(panel).getByRole('button', { name: /"when" of edge "e-normal"/ }));
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    expect(await within(inspector).findByRole('heading', { name: 'e-normal' })).toBeInTheDocument();

    await user.click(
      within(panel).getByRole('button', {
        name: /Field "summary" is required by the form but hidden/,
      }),
    );
    expect(screen.getByRole('tab', { name: 'Field permissions' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await waitFor(() => expect(screen.getByLabelText('Summary at Implement change')).toHaveFocus());
  });

  it('edits workflow settings: name, catalog path and SLA policies', async () => {
    const { seen, user } = setup(emptyDefinition(), { initialTab: 'settings' });
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Laptop request');
    expect(seen.value.name).toBe('Laptop request');
    await user.type(screen.getByLabelText('Catalog level 1'), 'Hardware');
    await user.type(screen.getByLabelText('Catalog level 2'), 'Laptops');
    expect(seen.value.catalog).toEqual(['Hardware', 'Laptops']);
    await user.click(screen.getByRole('button', { name: 'Add SLA policy' }));
    expect(seen.value.sla).toEqual([
      expect.objectContaining({ id: 'sla', targets: { response: 'PT4H', resolution: 'P1D' } }),
    ]);
  });

  it('edits an SLA policy: start/pause/stop/cancel conditions, policy change, warn and breach actions', async () => {
    const { seen, user } = setup(emptyDefinition(), { initialTab: 'settings' });
    await user.click(screen.getByRole('button', { name: 'Add SLA policy' }));
    const clock = screen.getByRole('group', { name: 'Clock conditions (jsonata)' });
    // "Starts when" through the builder: field, operator, value.
    const starts = within(clock).getByRole('group', { name: 'Starts when' });
    await user.click(within(starts).getByRole('button', { name: '+ Condition' }));
    await user.type(within(starts).getByLabelText('Field'), '$ticket.priority');
    await user.type(within(starts).getByLabelText('Value'), 'high');
    // The others as jsonata.
    for (const label of ['Pauses while', 'Stops when', 'Is cancelled when']) {
      const mode = within(clock).getByRole('group', { name: `How to edit ${label}` });
      await user.click(within(mode).getByRole('button', { name: 'jsonata' }));
    }
    await user.type(within(clock).getByLabelText('Pauses while'), "$ticket.status = 'pending'");
    await user.type(within(clock).getByLabelText('Stops when'), "$ticket.status = 'closed'");
    await user.type(within(clock).getByLabelText('Is cancelled when'), 'cancelled =');
    // A condition that does not parse says why, inline; it is kept as typed.
    expect(within(clock).getByRole('alert')).toBeInTheDocument();
    expect(within(clock).getByLabelText('Is cancelled when')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await user.selectOptions(
      screen.getByLabelText('When another policy starts to apply'),
      'restart',
    );

    const warn = screen.getByRole('group', { name: 'Actions at each warning threshold' });
    await user.click(within(warn).getByRole('button', { name: 'Add action' }));
    await user.selectOptions(within(warn).getByLabelText('Action type 1'), 'raisePriority');
    const breach = screen.getByRole('group', { name: 'Actions when breached' });
    await user.click(within(breach).getByRole('button', { name: 'Add action' }));
    await user.selectOptions(within(breach).getByLabelText('Action type 1'), 'comment');
    await user.type(within(breach).getByLabelText('Text'), 'SLA breached');

    expect(seen.value.sla?.[0]).toMatchObject({
      start: '$ticket.priority = "high"',
      pause: "$ticket.status = 'pending'",
      stop: "$ticket.status = 'closed'",
      cancel: 'cancelled =',
      onPolicyChange: 'restart',
      onWarn: [{ type: 'raisePriority' }],
      onBreach: [{ type: 'comment', text: 'SLA breached' }],
    });

    // Emptied conditions and action lists leave the definition.
    await user.clear(within(clock).getByLabelText('Is cancelled when'));
    await user.click(within(breach).getByRole('button', { name: 'Remove' }));
    await user.selectOptions(
      screen.getByLabelText('When another policy starts to apply'),
      'Default (retroactive)',
    );
    expect(seen.value.sla?.[0]).not.toHaveProperty('cancel');
    expect(seen.value.sla?.[0]).not.toHaveProperty('onBreach');
    expect(seen.value.sla?.[0]).not.toHaveProperty('onPolicyChange');
    // Much typing: give it room on a loaded machine.
  }, 60_000);

  it("edits a step's OLA: target, warnings, warn and breach actions", async () => {
    const { seen, user } = setup(twoSteps());
    await selectNode(user, /Task step Fix it/);
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    await user.click(within(inspector).getByLabelText('This step has an OLA'));
    const target = within(inspector).getByLabelText('Target: amount');
    await user.clear(target);
    await user.type(target, '2');
    await user.type(
      within(inspector).getByLabelText('Warn at (% of target, comma separated)'),
      '50, 80',
    );
    const warn = within(inspector).getByRole('group', {
      name: 'Actions at each warning threshold',
    });
    await user.click(within(warn).getByRole('button', { name: 'Add action' }));
    await user.selectOptions(within(warn).getByLabelText('Action type 1'), 'notify');
    await user.type(within(warn).getByLabelText('Message'), 'Half the OLA is used');
    const breach = within(inspector).getByRole('group', { name: 'Actions when breached' });
    await user.click(within(breach).getByRole('button', { name: 'Add action' }));
    await user.selectOptions(within(breach).getByLabelText('Action type 1'), 'raisePriority');
    expect(seen.value.nodes.find((n) => n.id === 'fix')?.ola).toEqual({
      target: 'PT2H',
      warnAt: [50, 80],
      onWarn: [{ type: 'notify', to: [], message: 'Half the OLA is used' }],
      onBreach: [{ type: 'raisePriority' }],
    });
    // Each edit is one undo step: undo removes the breach action again.
    await user.click(screen.getByRole('button', { name: /Undo/ }));
    await user.click(screen.getByRole('button', { name: /Undo/ }));
    expect(seen.value.nodes.find((n) => n.id === 'fix')?.ola).not.toHaveProperty('onBreach');
  });

  it('designs the form in the Form tab on the same definition, undoable from the designer', async () => {
    const { seen, user } = setup(emptyDefinition(), { initialTab: 'form' });
    const before = Object.keys(seen.value.form.schema.properties ?? {});
    await user.click(screen.getByRole('button', { name: 'Add Number' }));
    const after = Object.keys(seen.value.form.schema.properties ?? {});
    expect(after.length).toBe(before.length + 1);
    // The new field is a column of the permission matrix right away.
    await user.click(screen.getByRole('tab', { name: 'Field permissions' }));
    expect(screen.getByText('The process has no steps yet.')).toBeInTheDocument();
    const designer = screen.getByRole('region', { name: 'Workflow designer' });
    await user.click(within(designer).getAllByRole('button', { name: 'Undo' })[0]!);
    expect(Object.keys(seen.value.form.schema.properties ?? {})).toEqual(before);
  });

  it('has one undo history in the Form tab: Ctrl+Z there undoes once, the builder and the toolbar agree', async () => {
    const { seen, user } = setup(emptyDefinition(), { initialTab: 'form' });
    const before = Object.keys(seen.value.form.schema.properties ?? {});
    const addNumber = screen.getByRole('button', { name: 'Add Number' });
    await user.click(addNumber);
    await user.click(addNumber);
    expect(Object.keys(seen.value.form.schema.properties ?? {})).toHaveLength(before.length + 2);
    // Focus stays in the form builder: its key handler and the designer's must not both act.
    addNumber.focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(Object.keys(seen.value.form.schema.properties ?? {})).toHaveLength(before.length + 1);
    await user.keyboard('{Control>}z{/Control}');
    expect(Object.keys(seen.value.form.schema.properties ?? {})).toEqual(before);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(Object.keys(seen.value.form.schema.properties ?? {})).toHaveLength(before.length + 1);
    // The builder's own Undo button is the designer's history too.
    const undoButtons = screen.getAllByRole('button', { name: /Undo/ });
    await user.click(undoButtons[undoButtons.length - 1]!);
    expect(Object.keys(seen.value.form.schema.properties ?? {})).toEqual(before);
  }, 60_000);

  it('undoes exactly one edit per Ctrl+Z in the Form tab, typing included, and redo restores it', async () => {
    const { seen, user } = setup(emptyDefinition(), { initialTab: 'form' });
    const properties = () => seen.value.form.schema.properties ?? {};
    const before = Object.keys(properties());
    await user.click(screen.getByRole('button', { name: 'Add Text' }));
    const [key] = Object.keys(properties()).filter((k) => !before.includes(k));
    const label = screen.getByRole('textbox', { name: 'Label' });
    await user.clear(label);
    await user.type(label, 'Title');
    expect(properties()[key!]).toMatchObject({ title: 'Title' });
    // From the label input: the typing is one step, the added field another.
    await user.keyboard('{Control>}z{/Control}');
    expect(Object.keys(properties())).toContain(key);
    expect(properties()[key!]).not.toMatchObject({ title: 'Title' });
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(properties()[key!]).toMatchObject({ title: 'Title' });
    // The designer's toolbar walks the same steps: one undo back to the label, one more to none.
    const designer = screen.getByRole('region', { name: 'Workflow designer' });
    const undo = within(designer).getAllByRole('button', { name: 'Undo' })[0]!;
    await user.click(undo);
    expect(Object.keys(properties())).toContain(key);
    await user.click(undo);
    expect(Object.keys(properties())).toEqual(before);
    expect(undo).toBeDisabled();
    screen.getByRole('button', { name: 'Add Text' }).focus();
    await user.keyboard('{Control>}y{/Control}');
    expect(Object.keys(properties())).toContain(key);
  }, 60_000);

  it('has one keyboard map in the Form tab: each shortcut acts once, on the form builder', async () => {
    const { seen, user } = setup(twoSteps(), { initialTab: 'form' });
    const nodes = seen.value.nodes;
    const fields = () =>
      (seen.value.form.ui?.layout ?? []).map((n) => (n.type === 'field' ? n.field : n.type));
    const changes = { count: 0 };
    const addNumber = screen.getByRole('button', { name: 'Add Number' });
    await user.click(addNumber);
    await user.click(addNumber);
    const start = fields();
    expect(start.slice(-2)).toEqual(['number1', 'number2']);
    const first = document.querySelector<HTMLElement>('[data-dk-select="field:number1"]')!;
    await user.click(first);
    expect(first).toHaveFocus();
    const press = async (keys: string, expected: string[]) => {
      const before = seen.value;
      await user.keyboard(keys);
      if (seen.value !== before) changes.count++;
      expect(fields()).toEqual(expected);
    };
    const head = start.slice(0, -2);
    // Ctrl+D: one copy, after the field, selected.
    await press('{Control>}d{/Control}', [...head, 'number1', 'number3', 'number2']);
    // Alt+↓: the selected copy moves one place.
    await press('{Alt>}{ArrowDown}{/Alt}', [...head, 'number1', 'number2', 'number3']);
    // Delete: the selected field goes, once (the designer deletes no step).
    await press('{Delete}', [...head, 'number1', 'number2']);
    expect(seen.value.nodes).toEqual(nodes);
    // Undo / redo, with both redo shortcuts: one step each.
    await press('{Control>}z{/Control}', [...head, 'number1', 'number2', 'number3']);
    await press('{Control>}y{/Control}', [...head, 'number1', 'number2']);
    await press('{Control>}z{/Control}', [...head, 'number1', 'number2', 'number3']);
    await press('{Control>}{Shift>}z{/Shift}{/Control}', [...head, 'number1', 'number2']);
    await press('{Control>}z{/Control}', [...head, 'number1', 'number2', 'number3']);
    await press('{Control>}z{/Control}', [...head, 'number1', 'number3', 'number2']);
    await press('{Control>}z{/Control}', [...head, 'number1', 'number2']);
    expect(changes.count).toBe(10);
    expect(seen.value.nodes).toEqual(nodes);
  }, 60_000);

  it('adds a step dropped from the palette onto the canvas', async () => {
    const { seen } = setup(emptyDefinition());
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (k: string, v: string) => data.set(k, v),
      getData: (k: string) => data.get(k) ?? '',
      get types() {
        return [...data.keys()];
      },
      effectAllowed: 'all',
      dropEffect: 'none',
    };
    fireEvent.dragStart(screen.getByRole('button', { name: /^Timer / }), { dataTransfer });
    const pane = document.querySelector('.react-flow')!;
    fireEvent.dragOver(pane, { dataTransfer, clientX: 300, clientY: 200 });
    fireEvent.drop(pane, { dataTransfer, clientX: 300, clientY: 200 });
    expect(seen.value.nodes).toEqual([
      expect.objectContaining({ type: 'timer', timer: { duration: 'PT1H' } }),
    ]);
  });

  it('reconnects and deletes an edge from the edge inspector', async () => {
    const { seen, user } = setup(itsmChangeDefinition());
    await selectNode(user, /Timer step Observe 24 h/);
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    await user.click(within(inspector).getByRole('button', { name: /Successful\?/ }));
    await user.selectOptions(await within(inspector).findByLabelText('To'), 'closed');
    expect(seen.value.edges.find((e) => e.id === 'e-check')).toMatchObject({
      from: 'observe',
      to: 'closed',
    });
    await user.click(within(inspector).getByRole('button', { name: 'Delete connection' }));
    expect(seen.value.edges.some((e) => e.id === 'e-check')).toBe(false);
  });

  it('edits triggers, periodic automations and auto-close in Settings, with working-time durations', async () => {
    const business = {
      timeZone: 'Europe/Paris',
      week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
    } as const;
    const { seen, user } = setup(emptyDefinition(), {
      initialTab: 'settings',
      calendars: { business: { ...business, week: { ...business.week } } as never },
    });
    await user.click(screen.getByRole('button', { name: 'Add trigger' }));
    const trigger = screen.getByRole('group', { name: 'Trigger 1' });
    await user.click(within(trigger).getByLabelText('changes status'));
    await user.click(within(trigger).getByRole('button', { name: '+ Condition' }));
    await user.type(within(trigger).getByLabelText('Field'), 'priority');
    await user.type(within(trigger).getByLabelText('Value'), 'P1');
    await user.click(within(trigger).getByRole('button', { name: 'Add action' }));
    await user.selectOptions(within(trigger).getByLabelText('Action type 1'), 'raisePriority');
    expect(seen.value.triggers).toEqual([
      {
        id: 'trigger',
        name: 'Trigger 1',
        on: ['created', 'statusChanged'],
        when: 'priority = "P1"',
        actions: [{ type: 'raisePriority' }],
      },
    ]);

    await user.click(screen.getByRole('button', { name: 'Add periodic automation' }));
    const periodic = screen.getByRole('group', { name: 'Automation 1' });
    const every = within(periodic).getByLabelText('Runs every: amount');
    await user.clear(every);
    await user.type(every, '30');
    await user.selectOptions(within(periodic).getByLabelText('Runs every: unit'), 'minutes');
    expect(seen.value.automations?.[0]).toMatchObject({
      every: 'PT30M',
      select: "$ticket.status = 'pending'",
    });

    await user.click(screen.getByLabelText('Close resolved tickets automatically'));
    expect(seen.value.autoClose).toBe('P7D');
    expect(screen.getByText('1 week, counted around the clock')).toBeInTheDocument();

    // An SLA on the business calendar offers working days, written as hours.
    await user.click(screen.getByRole('button', { name: 'Add SLA policy' }));
    await user.type(screen.getByLabelText('Calendar'), 'business');
    const resolution = screen.getByRole('group', { name: 'Resolution target' });
    expect(within(resolution.parentElement!).getByRole('note')).toHaveTextContent(
      '24 working hours',
    );
    await user.click(
      within(resolution.parentElement!).getByRole('button', { name: /Make it 1 working day/ }),
    );
    expect(seen.value.sla?.[0]?.targets.resolution).toBe('PT8H');
    expect(
      screen.getByText('1 working day (8 working hours on the business calendar)'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove trigger Trigger 1' }));
    expect(seen.value).not.toHaveProperty('triggers');
  }, 60_000);
});
