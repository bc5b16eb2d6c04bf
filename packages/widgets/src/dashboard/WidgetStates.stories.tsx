import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, within } from 'storybook/test';
import { SingleWidget } from '../testing/SingleWidget';
import { fixtureDataSource } from '../testing/fixtures';
import { onPage } from '../testing/storyDecorator';

/** The frame every widget shares: loading, error and empty states. */
function States({ state }: { state: 'loading' | 'error' | 'empty' | 'invalid' }) {
  const dataSource = useMemo(() => {
    const ds = fixtureDataSource();
    if (state === 'loading') ds.delayMs = 60 * 60 * 1000;
    if (state === 'error')
      ds.failWith = new Error(
        'The ticket service did not answer (HTTP 503). Try again in a minute.',
      );
    return ds;
  }, [state]);
  const instance =
    state === 'empty'
      ? {
          type: 'ticketTable',
          title: 'Rejected P1 tickets',
          config: { status: ['rejected' as const], priority: ['P1'] },
        }
      : state === 'invalid'
        ? { type: 'chart', title: 'Broken chart', config: { kind: 'radar' } }
        : { type: 'counters', title: 'Tickets by status', config: { by: 'status' } };
  return <SingleWidget dataSource={dataSource} instance={instance} w={6} h={4} />;
}

const meta: Meta<typeof States> = {
  title: 'Widgets/States',
  component: States,
  decorators: [onPage],
};
export default meta;
type Story = StoryObj<typeof States>;

export const Loading: Story = {
  args: { state: 'loading' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading');
  },
};
export const Failed: Story = {
  args: { state: 'error' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/HTTP 503/)).toBeInTheDocument();
  },
};
export const Empty: Story = { args: { state: 'empty' } };
export const InvalidConfiguration: Story = { args: { state: 'invalid' } };
