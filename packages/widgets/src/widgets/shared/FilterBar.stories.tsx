import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import type { WidgetFilters } from '../../data/filters';
import { storyContext } from '../../testing/storyContext';
import { FilterBar, type FilterKind } from './FilterBar';

function Bar({ show, initial = {} }: { show: FilterKind[]; initial?: WidgetFilters }) {
  const [value, setValue] = useState<WidgetFilters>(initial);
  return (
    <div className="dk-dashboard">
      <FilterBar id="story" value={value} onChange={setValue} context={storyContext} show={show} />
      <pre style={{ marginTop: 16, fontSize: 12 }}>{JSON.stringify(value)}</pre>
    </div>
  );
}

const meta: Meta<typeof Bar> = { title: 'Widgets/FilterBar', component: Bar };
export default meta;
type Story = StoryObj<typeof Bar>;

export const Everything: Story = {
  args: { show: ['text', 'status', 'priority', 'group', 'dates'] },
};
export const WithValues: Story = {
  args: {
    show: ['status', 'priority', 'group'],
    initial: { status: ['pending'], priority: ['P1'] },
  },
};
