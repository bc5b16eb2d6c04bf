import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ListViewInput } from '@deskkit/runtime';
import { SavedViews } from './SavedViews';

const view = {
  id: 'v1',
  name: 'Queue',
  columns: ['number', 'title'],
  query: { status: ['open' as const] },
  updatedAt: '2026-11-23T09:00:00.000Z',
};

describe('<SavedViews>', () => {
  it('applies a view, and saving under its name replaces it', async () => {
    const user = userEvent.setup();
    const applied: unknown[] = [];
    const saved: ListViewInput[] = [];
    const { rerender } = render(
      <SavedViews
        views={[view]}
        current=""
        snapshot={{ columns: ['status'], query: {} }}
        onApply={(v) => applied.push(v)}
        onSave={(v) => saved.push(v)}
        onDelete={() => {}}
      />,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Saved view' }), 'Queue');
    expect(applied).toEqual([view]);
    rerender(
      <SavedViews
        views={[view]}
        current="v1"
        snapshot={{ columns: ['status'], query: {} }}
        onApply={(v) => applied.push(v)}
        onSave={(v) => saved.push(v)}
        onDelete={() => {}}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Save view…' }));
    expect(screen.getByLabelText('Name')).toHaveValue('Queue');
    await user.click(screen.getByRole('button', { name: 'Save view' }));
    expect(saved).toEqual([{ id: 'v1', name: 'Queue', columns: ['status'], query: {} }]);
  });
});
