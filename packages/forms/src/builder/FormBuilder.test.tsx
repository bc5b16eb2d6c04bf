import type {
  FormDefinition,
  LocalizedDefinition,
  LocalizedText,
  WorkflowDefinition,
} from '@deskkit/runtime';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { requestForm } from '../fixtures/forms';
import { DeskkitI18nProvider } from '../i18n/I18nProvider';
import { FormBuilder } from './FormBuilder';
import type { FormBuilderProps } from './FormBuilder.types';

function Host(
  props: {
    initial: FormDefinition;
    spy?: (f: FormDefinition<LocalizedText>) => void;
  } & Partial<FormBuilderProps>,
) {
  const { initial, spy, ...rest } = props;
  const [form, setForm] = useState<FormDefinition<LocalizedText>>(initial);
  return (
    <FormBuilder
      {...rest}
      value={form}
      onChange={(f) => {
        setForm(f);
        spy?.(f);
      }}
    />
  );
}

const empty: FormDefinition = { schema: { type: 'object', properties: {} } };
const canvas = () => screen.getByRole('region', { name: 'Form layout' });

describe('FormBuilder', () => {
  it('adds a field into the selected group with Enter and edits it (see keyboard.test.tsx for keyboard-only building)', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Host initial={empty} spy={spy} />);
    // Tab to the palette's "Add Group" and press Enter; the group is selected, so the next
    // field lands inside it.
    const addGroup = screen.getByRole('button', { name: 'Add Group' });
    addGroup.focus();
    await user.keyboard('{Enter}');
    screen.getByRole('button', { name: 'Add Email' }).focus();
    await user.keyboard('{Enter}');
    // The inspector shows the new field: edit its label with the keyboard.
    const label = screen.getByRole('textbox', { name: 'Label' });
    await user.click(label);
    await user.keyboard('{Control>}a{/Control}Work email');
    await user.tab();
    await user.keyboard('{Control>}a{/Control}workEmail{Enter}');
    screen.getByRole('checkbox', { name: 'Required' }).focus();
    await user.keyboard(' ');
    const form = spy.mock.lastCall?.[0] as FormDefinition;
    expect(form.schema.properties?.workEmail).toMatchObject({
      type: 'string',
      format: 'email',
      title: 'Work email',
    });
    expect(form.schema.required).toEqual(['workEmail']);
    expect(form.ui?.layout).toEqual([
      {
        type: 'group',
        id: 'group1',
        title: 'Group',
        collapsible: true,
        children: [{ type: 'field', field: 'workEmail' }],
      },
    ]);
    // Move it out of the group with "Move to".
    await user.selectOptions(screen.getByRole('combobox', { name: 'Move to' }), 'Form (top level)');
    expect((spy.mock.lastCall?.[0] as FormDefinition).ui?.layout?.[1]).toEqual({
      type: 'field',
      field: 'workEmail',
    });
  });

  it('translates key errors and JSON problems through messages', async () => {
    const user = userEvent.setup();
    render(
      <Host
        initial={requestForm}
        messages={{
          'error.FIELD_KEY_TAKEN': 'Schlüssel {to} ist vergeben.',
          'issue.FORM_INVALID': 'Kein Formular.',
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Select Title' }));
    const key = screen.getByRole('textbox', { name: 'Key' });
    await user.clear(key);
    await user.type(key, 'notes{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Schlüssel notes ist vergeben.');
    await user.click(screen.getByRole('tab', { name: 'JSON' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'JSON' }), { target: { value: '[1]' } });
    await user.click(screen.getByRole('button', { name: 'Apply JSON' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Kein Formular.');
  });

  it('adds, duplicates, reorders and deletes fields', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Host initial={empty} spy={spy} />);
    await user.click(screen.getByRole('button', { name: 'Add Text' }));
    await user.click(screen.getByRole('button', { name: 'Add Number' }));
    await user.click(screen.getByRole('button', { name: 'Duplicate Text' }));
    let form = spy.mock.lastCall?.[0] as FormDefinition;
    expect(Object.keys(form.schema.properties ?? {})).toEqual(['text1', 'number1', 'text2']);
    expect(form.ui?.layout?.map((n) => (n.type === 'field' ? n.field : n.type))).toEqual([
      'text1',
      'text2',
      'number1',
    ]);
    await user.click(screen.getByRole('button', { name: 'Move Number down' }));
    await user.click(screen.getByRole('button', { name: 'Move Number up' }));
    form = spy.mock.lastCall?.[0] as FormDefinition;
    expect(form.ui?.layout?.map((n) => (n.type === 'field' ? n.field : n.type))).toEqual([
      'text1',
      'number1',
      'text2',
    ]);
    await user.click(
      within(canvas()).getAllByRole('button', { name: 'Delete Text' })[0] as HTMLElement,
    );
    form = spy.mock.lastCall?.[0] as FormDefinition;
    expect(Object.keys(form.schema.properties ?? {})).toEqual(['number1', 'text2']);
  });

  it('undoes and redoes every edit with buttons and Ctrl+Z / Ctrl+Shift+Z', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Host initial={empty} spy={spy} />);
    await user.click(screen.getByRole('button', { name: 'Add Text' }));
    const label = screen.getByRole('textbox', { name: 'Label' });
    await user.clear(label);
    await user.type(label, 'Title');
    expect(screen.getByRole('button', { name: /Select Title/ })).toBeInTheDocument();
    // Typing in one input is one undo step.
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByRole('button', { name: /Select Text/ })).toBeInTheDocument();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(screen.getByRole('button', { name: /Select Title/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Undo/ }));
    await user.click(screen.getByRole('button', { name: /Undo/ }));
    expect(screen.queryByRole('button', { name: /Select/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Undo/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /Redo/ }));
    expect(Object.keys((spy.mock.lastCall?.[0] as FormDefinition).schema.properties ?? {})).toEqual(
      ['text1'],
    );
  });

  it('renames a key in rules, templates, layout, permissions and edge conditions', async () => {
    const user = userEvent.setup();
    const definition = {
      schemaVersion: 1,
      key: 'req',
      name: 'Request',
      form: requestForm,
      nodes: [
        { id: 'start', type: 'start' },
        {
          id: 'review',
          type: 'approval',
          approval: { mode: 'single' },
          fields: { urgency: 'read', notes: 'edit' },
        },
      ],
      edges: [{ id: 'e1', from: 'start', to: 'review', when: "urgency = 'high'" }],
    } as WorkflowDefinition;
    const onDefinitionChange = vi.fn();
    function DefHost() {
      const [def, setDef] = useState<LocalizedDefinition>(definition);
      return (
        <FormBuilder
          definition={def}
          onDefinitionChange={(d) => {
            setDef(d);
            onDefinitionChange(d);
          }}
        />
      );
    }
    render(<DefHost />);
    await user.click(screen.getByRole('button', { name: 'Select Urgency' }));
    const key = screen.getByRole('textbox', { name: 'Key' });
    await user.clear(key);
    await user.type(key, 'priority{Enter}');
    const next = onDefinitionChange.mock.lastCall?.[0] as WorkflowDefinition;
    expect(Object.keys(next.form.schema.properties ?? {})).toContain('priority');
    expect(next.form.rules?.[0]?.visible).toBe("priority = 'high'");
    expect(next.nodes[1]?.fields).toEqual({ priority: 'read', notes: 'edit' });
    expect(next.edges[0]?.when).toBe("priority = 'high'");
    // A taken key is refused with a reason.
    await user.clear(screen.getByRole('textbox', { name: 'Key' }));
    await user.type(screen.getByRole('textbox', { name: 'Key' }), 'title{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('already has a field "title"');
  });

  it('authors a rule with the condition builder and reads existing jsonata back', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Host initial={requestForm} spy={spy} />);
    await user.click(screen.getByRole('button', { name: 'Select Notes' }));
    await user.click(screen.getByRole('button', { name: /Add rule/ }));
    // "Visible when" opens in the builder: field, operator, value, and/or groups.
    const visible = screen.getByRole('group', { name: 'Visible when' });
    await user.click(within(visible).getByRole('button', { name: '+ Condition' }));
    await user.type(within(visible).getByLabelText('Field'), 'urgency');
    // urgency has options in the form: they are offered as the value.
    await user.selectOptions(within(visible).getByLabelText('Value'), 'high');
    await user.click(within(visible).getByRole('button', { name: '+ Group' }));
    const group = within(visible).getByRole('group', { name: 'Group 2' });
    await user.selectOptions(within(group).getByLabelText('Match'), 'or');
    await user.type(within(group).getByLabelText('Field'), 'quantity');
    await user.selectOptions(within(group).getByLabelText('Operator'), '>');
    await user.type(within(group).getByLabelText('Value'), '10');
    const form = spy.mock.lastCall?.[0] as FormDefinition;
    // quantity is a number field, so 10 is written as a number.
    expect(form.rules?.at(-1)).toMatchObject({
      field: 'notes',
      visible: 'urgency = "high" and (quantity > 10)',
    });

    // An existing rule reads back into the builder.
    await user.click(screen.getByRole('button', { name: 'Select Business justification' }));
    const shown = screen.getAllByRole('group', { name: 'Visible when' })[0]!;
    expect(within(shown).getByLabelText('Field')).toHaveValue('urgency');
    expect(within(shown).getByLabelText('Operator')).toHaveValue('=');
    expect(within(shown).getByLabelText('Value')).toHaveValue('high');
  });

  it('keeps raw jsonata as the advanced mode, with inline parse errors and completion', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Host initial={requestForm} spy={spy} />);
    await user.click(screen.getByRole('button', { name: 'Select Notes' }));
    await user.click(screen.getByRole('button', { name: /Add rule/ }));
    const modes = screen.getByRole('group', { name: 'How to edit Visible when' });
    await user.click(within(modes).getByRole('button', { name: 'jsonata' }));
    const visible = screen.getByRole('combobox', { name: 'Visible when' });
    await user.type(visible, 'urg');
    expect(screen.getByRole('option', { name: /^urgency/ })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(visible).toHaveValue('urgency');
    await user.type(visible, ' = ');
    expect(screen.getByRole('alert')).toHaveTextContent(/Line 1, column/);
    await user.type(visible, "'high' or $count(items) > 2");
    expect(screen.queryByRole('alert')).toBeNull();
    const form = spy.mock.lastCall?.[0] as FormDefinition;
    expect(form.rules?.at(-1)).toMatchObject({
      field: 'notes',
      visible: "urgency = 'high' or $count(items) > 2",
    });
    // The builder cannot show $count: it stays off, and the editor says why.
    expect(within(modes).getByRole('button', { name: 'Builder' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(screen.getByRole('note')).toHaveTextContent('$count(items)');
    // The computed value is any jsonata: a plain input, no builder.
    expect(screen.getByRole('combobox', { name: 'Computed value' })).toBeInTheDocument();
  });

  it('rejects invalid JSON with the reason and keeps the form; applies valid JSON', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Host initial={requestForm} spy={spy} initialView="json" />);
    const area = screen.getByRole('textbox', { name: 'JSON' });
    fireEvent.change(area, { target: { value: '{ "schema": ' } });
    await user.click(screen.getByRole('button', { name: 'Apply JSON' }));
    expect(screen.getByRole('alert')).toHaveTextContent('does not parse');
    fireEvent.change(area, {
      target: {
        value: JSON.stringify({
          schema: { type: 'object', properties: { a: { type: 'string' } } },
          rules: [{ field: 'b', visible: 'x =' }],
        }),
      },
    });
    await user.click(screen.getByRole('button', { name: 'Apply JSON' }));
    expect(screen.getByRole('alert')).toHaveTextContent('"b", which is not a field');
    expect(spy).not.toHaveBeenCalled();
    fireEvent.change(area, {
      target: {
        value: JSON.stringify({
          schema: { type: 'object', properties: { a: { type: 'string' } } },
        }),
      },
    });
    await user.click(screen.getByRole('button', { name: 'Apply JSON' }));
    expect(spy.mock.lastCall?.[0]).toEqual({
      schema: { type: 'object', properties: { a: { type: 'string' } } },
    });
  });

  it('names rows, empty texts and the field types in the UI language', () => {
    render(
      <DeskkitI18nProvider locale="zh-CN">
        <Host
          initial={{
            ...requestForm,
            ui: {
              ...requestForm.ui,
              layout: [
                { type: 'row', id: 'r1', children: [] },
                { type: 'text', id: 't1', content: '' },
              ],
            },
          }}
        />
      </DeskkitI18nProvider>,
    );
    expect(screen.getByRole('button', { name: '选择 行' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '选择 文本' })).toBeInTheDocument();
    // The palette's field types too, every one of them.
    expect(screen.getByRole('button', { name: '添加单行文本' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '添加多行文本' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '添加部门选择' })).toBeInTheDocument();
    // The type badge of each field on the canvas as well.
    const badges = [...document.querySelectorAll('.dk-node .dk-badge')].map((b) => b.textContent);
    expect(badges).toContain('单行文本');
    expect(badges.filter((b) => /[A-Za-z]{3,}/.test(b ?? ''))).toEqual([]);
    expect(
      screen
        .queryAllByRole('button', { name: /Row|Text$/ })
        .map((b) => b.getAttribute('aria-label') ?? b.textContent),
    ).toEqual([]);
  });

  it('shows a rule that does not parse with the jsonata error in the UI language', async () => {
    const user = userEvent.setup();
    render(
      <DeskkitI18nProvider locale="zh-CN">
        <Host initial={requestForm} initialView="json" />
      </DeskkitI18nProvider>,
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'JSON' }), {
      target: {
        value: JSON.stringify({
          schema: { type: 'object', properties: { a: { type: 'string' } } },
          rules: [{ field: 'a', visible: 'a =' }],
        }),
      },
    });
    await user.click(screen.getByRole('button', { name: '应用 JSON' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '第 1 条规则（显示）：表达式不完整：结尾缺少内容。（第 1 行第 4 列）。',
    );
  });

  it('previews the form as a step with that step’s permissions', async () => {
    const user = userEvent.setup();
    render(
      <Host
        initial={requestForm}
        initialView="preview"
        steps={[
          {
            id: 'review',
            name: 'CAB review',
            fields: { notes: 'required', internal: 'hidden', title: 'read' },
          },
        ]}
      />,
    );
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(screen.getByRole('textbox', { name: /Title/ })).not.toHaveAttribute('readonly');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preview as' }), 'CAB review');
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveAttribute('readonly');
    // The requester's form seen by a viewer of the ticket: the same fields, nothing editable.
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Preview as' }),
      'Requester (everything editable)',
    );
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(screen.getByRole('textbox', { name: /Title/ })).not.toHaveAttribute('readonly');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Seen by' }),
      'a viewer (watcher, requester afterwards: read only)',
    );
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: /Submit/ })).toBeNull();
  });

  it('manages templates', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Host initial={requestForm} spy={spy} initialView="templates" />);
    await user.click(screen.getByRole('button', { name: /Add template/ }));
    const names = screen.getAllByRole('textbox', { name: 'Template name' });
    await user.clear(names[1] as HTMLElement);
    await user.type(names[1] as HTMLElement, 'Monitor');
    await user.click(screen.getByRole('button', { name: 'Edit values of Monitor' }));
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'New monitor');
    let form = spy.mock.lastCall?.[0] as FormDefinition;
    expect(form.templates?.[1]).toMatchObject({
      name: 'Monitor',
      values: { title: 'New monitor' },
    });
    await user.click(screen.getByRole('button', { name: 'Delete template New laptop' }));
    form = spy.mock.lastCall?.[0] as FormDefinition;
    expect(form.templates?.map((x) => x.name)).toEqual(['Monitor']);
  });
});
