import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  businessCalendar,
  SIMULATION_START,
  simulatedCheck,
  simulatedParent,
  simulatedPeople,
  simulatedRequest,
} from './fixtures';
import { WorkflowSimulator } from './WorkflowSimulator';

const meta: Meta<typeof WorkflowSimulator> = {
  title: 'Designer/WorkflowSimulator',
  component: WorkflowSimulator,
  args: {
    definition: simulatedRequest(),
    people: simulatedPeople,
    calendars: { business: businessCalendar },
    start: SIMULATION_START,
  },
  decorators: [
    (Story) => (
      <div style={{ width: 960 }}>
        <Story />
      </div>
    ),
  ],
};
export default meta;
type Story = StoryObj<typeof meta>;

/** Before the run: who raises the sample ticket and its data. */
export const Ready: Story = {};

/** A run four working hours on: the resolution SLA has breached on the business calendar. */
export const Breached: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Start simulation' }));
    await canvas.findByText(/: open, at Fix$/, {}, { timeout: 10_000 });
    await userEvent.click(canvas.getByRole('button', { name: '+4 hours' }));
    const sla = canvas.getByRole('region', { name: 'SLA clocks' });
    await expect(await within(sla).findByText(/breached/)).toBeTruthy();
  },
};

/** A host function and a sub-workflow run in the simulation: the child's step waits for the desk. */
export const SubWorkflow: Story = {
  args: {
    definition: simulatedParent(),
    handlers: { lookupAsset: (input) => ({ asset: `Asset for ${String(input.what)}` }) },
    loadWorkflow: async () => simulatedCheck(),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Start simulation' }));
    const children = await canvas.findByRole(
      'region',
      { name: 'Sub-workflows' },
      { timeout: 10_000 },
    );
    await expect(children).toHaveTextContent('Scan the laptop');
  },
};
