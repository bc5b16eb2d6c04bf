import type { FormDefinition } from '@deskkit/runtime';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormRenderer } from './FormRenderer';

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

/** Two tabs and a group; `kind` decides which fields the rules hide. */
const form: FormDefinition = {
  schema: {
    type: 'object',
    properties: {
      kind: { type: 'string', title: 'Kind' },
      laptop: { type: 'string', title: 'Laptop model' },
      dock: { type: 'string', title: 'Docking station' },
      note: { type: 'string', title: 'Note' },
      cost: { type: 'number', title: 'Cost' },
    },
    required: ['cost'],
  },
  ui: {
    layout: [
      { type: 'tab', id: 'main', title: 'Main', children: [{ type: 'field', field: 'kind' }] },
      {
        type: 'tab',
        id: 'hardware',
        title: 'Hardware',
        children: [
          { type: 'text', id: 'intro', content: 'Tell us about the device.' },
          { type: 'field', field: 'laptop' },
          {
            type: 'group',
            id: 'extras',
            title: 'Extras',
            children: [{ type: 'field', field: 'dock' }],
          },
        ],
      },
      {
        type: 'tab',
        id: 'money',
        title: 'Money',
        children: [
          {
            type: 'group',
            id: 'budget',
            title: 'Budget',
            collapsible: true,
            collapsed: true,
            children: [{ type: 'field', field: 'cost' }],
          },
        ],
      },
      { type: 'field', field: 'note' },
    ],
  },
  rules: [
    { field: 'laptop', visible: "kind = 'hardware'" },
    { field: 'dock', visible: "kind = 'hardware' and laptop != ''" },
  ],
};

describe('layout containers', () => {
  it('does not draw a tab or group whose fields are all hidden by rules, and draws it again when one shows', async () => {
    const user = userEvent.setup();
    render(<FormRenderer form={form} />);
    await flush();
    expect(screen.getByRole('tab', { name: 'Main' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Hardware' })).toBeNull();
    expect(screen.getAllByRole('tab')).toHaveLength(2);

    await user.type(screen.getByRole('textbox', { name: 'Kind' }), 'hardware');
    await flush();
    await user.click(await screen.findByRole('tab', { name: 'Hardware' }));
    expect(screen.getByText('Tell us about the device.')).toBeVisible();
    // The group's only field waits for a laptop model: no empty "Extras" box meanwhile.
    expect(screen.queryByRole('region', { name: 'Extras' })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Laptop model' }), 'X1');
    await flush();
    expect(await screen.findByRole('region', { name: 'Extras' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Docking station' })).toBeInTheDocument();

    // Hiding the selected tab's fields selects the first tab still shown.
    await user.click(screen.getByRole('tab', { name: 'Main' }));
    await user.clear(screen.getByRole('textbox', { name: 'Kind' }));
    await flush();
    expect(screen.queryByRole('tab', { name: 'Hardware' })).toBeNull();
  });

  it('does not draw containers whose fields a step hides', async () => {
    render(
      <FormRenderer
        form={form}
        defaultValue={{ kind: 'hardware', laptop: 'X1' }}
        permissions={{ laptop: 'hidden', dock: 'hidden', cost: 'hidden' }}
      />,
    );
    await flush();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Main']);
    expect(screen.queryByText('Budget')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Note' })).toBeInTheDocument();
  });

  it('mounts an inactive tab and a collapsed group when first shown, keeping their data and errors', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<FormRenderer form={form} defaultValue={{ note: 'n' }} onSubmit={onSubmit} id="lay" />);
    await flush();
    // Not mounted yet: nothing of the Money tab is in the document.
    expect(document.getElementById('lay_cost')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await flush();
    expect(onSubmit).not.toHaveBeenCalled();
    // Submit opened the tab and the group holding the first error, and focused the field.
    const cost = await screen.findByRole('textbox', { name: /Cost/ });
    await waitFor(() => expect(cost).toHaveFocus());
    expect(screen.getByRole('tab', { name: /Money/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: /Budget/ })).toHaveAttribute('aria-expanded', 'true');

    // Leaving the tab keeps the error on its badge, for screen readers too.
    await user.click(screen.getByRole('tab', { name: 'Main' }));
    expect(screen.getByRole('tab', { name: /Money/ })).toHaveAccessibleName(
      'Money 1 field with errors',
    );
    await user.click(screen.getByRole('tab', { name: /Money/ }));
    await user.type(screen.getByRole('textbox', { name: /Cost/ }), '40');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ note: 'n', cost: 40 });
  });

  it('submits values of fields in a collapsed group that was never opened', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<FormRenderer form={form} defaultValue={{ cost: 12 }} onSubmit={onSubmit} id="c" />);
    await flush();
    await user.click(screen.getByRole('tab', { name: 'Money' }));
    expect(screen.getByRole('button', { name: /Budget/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(document.getElementById('c_cost')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ cost: 12 });
  });

  it('keeps fields mounted when the form changes (the builder preview), long forms too', async () => {
    const big = (extra: boolean): FormDefinition => {
      const properties: NonNullable<FormDefinition['schema']['properties']> = extra
        ? { added: { type: 'string', title: 'Added' } }
        : {};
      for (let i = 0; i < 200; i++) properties[`f${i}`] = { type: 'string', title: `F${i}` };
      return { schema: { type: 'object', properties } };
    };
    const { rerender } = render(<FormRenderer form={big(false)} id="b" />);
    await flush();
    const before = document.getElementById('b_f150');
    expect(before).not.toBeNull();
    rerender(<FormRenderer form={big(true)} id="b" />);
    // Same element: not unmounted and mounted again behind a new first screen.
    expect(document.getElementById('b_f150')).toBe(before);
    expect(document.getElementById('b_added')).not.toBeNull();
  });
});
