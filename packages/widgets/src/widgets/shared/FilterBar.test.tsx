import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { WidgetFilters } from '../../data/filters';
import { FilterBar } from './FilterBar';
import { storyContext } from '../../testing/storyContext';

function Harness({ onChange }: { onChange: (v: WidgetFilters) => void }) {
  const [value, setValue] = useState<WidgetFilters>({});
  return (
    <FilterBar
      id="t"
      value={value}
      onChange={(v) => {
        onChange(v);
        setValue(v);
      }}
      context={storyContext}
      show={['text', 'status', 'group', 'dates']}
    />
  );
}

describe('FilterBar', () => {
  it('edits filters with labelled controls and clears them', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Harness onChange={onChange} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'resolved');
    expect(onChange).toHaveBeenLastCalledWith({ status: ['resolved'] });
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Group' }),
      'Information security',
    );
    expect(onChange).toHaveBeenLastCalledWith({ status: ['resolved'], group: ['security'] });
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'vpn');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ text: 'vpn' }));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onChange).toHaveBeenLastCalledWith({});
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });
});
