import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { diffDefinitions } from '@deskkit/runtime';
import {
  itsmChangeDefinition,
  itsmChangeNextVersion,
  itsmChangeTicket,
} from '../fixtures/definitions';
import { WorkflowViewer } from './WorkflowViewer';

const { ticket, history } = itsmChangeTicket();

const meta: Meta<typeof WorkflowViewer> = {
  title: 'Designer/WorkflowViewer',
  component: WorkflowViewer,
  parameters: { layout: 'fullscreen' },
  args: {
    definition: itsmChangeDefinition(),
    ticket,
    history,
    height: 560,
    formatTime: (iso) => iso.slice(0, 16).replace('T', ' '),
  },
};
export default meta;
type Story = StoryObj<typeof WorkflowViewer>;

export const InProgress: Story = {
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(c.getByText('CHG-20261123-0001')).toBeInTheDocument();
    await expect(c.getAllByText(/approve \(approved\) by carol/).length).toBeGreaterThan(0);
  },
};

export const NotStarted: Story = { args: { ticket: undefined, history: [] } };

export const Dark: Story = { args: { theme: 'dark' } };

/** Version 2 against version 1, without a ticket. */
export const VersionDiff: Story = {
  args: {
    definition: itsmChangeNextVersion(),
    diff: diffDefinitions(itsmChangeDefinition(), itsmChangeNextVersion()),
    ticket: undefined,
    history: [],
  },
};
