import { diffDefinitions, type WorkflowDefinition } from '@deskkit/runtime';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  allNodeTypesDefinition,
  brokenDefinition,
  demoDirectory,
  emptyDefinition,
  itsmChangeDefinition,
  itsmChangeNextVersion,
  largeDefinition,
  localizedDefinition,
} from '../fixtures/definitions';
import { DeskkitI18nProvider } from '@deskkit/forms';
import type { WorkflowDesignerProps } from './designer.types';
import { WorkflowDesigner } from './WorkflowDesigner';

type Args = Omit<WorkflowDesignerProps, 'value' | 'onChange'> & {
  initial: WorkflowDefinition;
  /** Highlights the changes against this version, live. */
  published?: WorkflowDefinition;
};

/** A host that keeps the definition in state, as a real embed does. */
function Host({ initial, published, ...rest }: Args) {
  const [value, setValue] = useState(initial);
  const diff = useMemo(
    () => (published ? diffDefinitions(published, value) : undefined),
    [published, value],
  );
  return (
    <div style={{ height: 720 }}>
      <WorkflowDesigner {...rest} value={value} onChange={setValue} diff={diff} />
    </div>
  );
}

const meta: Meta<Args> = {
  title: 'Designer/WorkflowDesigner',
  component: Host,
  parameters: { layout: 'fullscreen' },
  args: {
    directory: demoDirectory,
    calendars: ['office', '24x7'],
    rotas: ['ecab-duty'],
    handlers: ['webhook', 'cmdb.update'],
    workflows: [
      {
        key: 'problem',
        name: 'Problem record',
        versions: [1, 2],
        fields: [{ name: 'summary' }, { name: 'rootCause' }],
      },
      { key: 'cmdb-update', name: 'CMDB update', versions: [1] },
    ],
    onPublish: () => undefined,
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {
  args: { initial: emptyDefinition() },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.click(c.getByRole('button', { name: /^Start / }));
    await expect(c.getByRole('heading', { name: 'Start' })).toBeInTheDocument();
  },
};

export const EachNodeType: Story = { args: { initial: allNodeTypesDefinition() } };

export const ItsmChangeProcess: Story = { args: { initial: itsmChangeDefinition() } };

/** A generated process of 150 steps: layout, minimap and validation on a bigger graph. */
export const LargeGenerated: Story = { args: { initial: largeDefinition(150) } };

/**
 * 400 steps: above 200 the canvas validates after the first paint, starts zoomed-out in low detail
 * (boxes and names), draws its minimap on a canvas and renders only what is on screen when zoomed in.
 */
export const LargeCanvas: Story = {
  args: { initial: largeDefinition(400) },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(c.getByRole('img', { name: /Overview of the whole process/ })).toBeInTheDocument();
    await waitFor(() =>
      expect(c.getByRole('button', { name: /Exclusive gateway "n7"/ })).toBeInTheDocument(),
    );
  },
};

export const ValidationErrors: Story = {
  args: { initial: brokenDefinition() },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.click(c.getByRole('button', { name: 'Publish' }));
    await expect(
      c.getByText('Publishing is blocked until the errors below are fixed.'),
    ).toBeInTheDocument();
  },
};

export const PermissionMatrixTab: Story = {
  args: { initial: itsmChangeDefinition(), initialTab: 'permissions' },
};

export const SettingsTab: Story = {
  args: { initial: itsmChangeDefinition(), initialTab: 'settings' },
};

export const Dark: Story = { args: { initial: itsmChangeDefinition(), theme: 'dark' } };

/** A draft against the published version: added steps and connections in green, changed in amber. */
export const VersionDiff: Story = {
  args: { initial: itsmChangeNextVersion(), published: itsmChangeDefinition() },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(await c.findByRole('note', { name: 'Changes in this version' })).toHaveTextContent(
      'Removed: 1 step(s)',
    );
  },
};

/** A workflow written in English and Chinese, in a Chinese UI: names, steps and fields in 中文. */
export const LocalizedTexts: Story = {
  args: { initial: localizedDefinition() as WorkflowDefinition },
  decorators: [
    (Story) => (
      <DeskkitI18nProvider locale="zh-CN">
        <Story />
      </DeskkitI18nProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(c.getByText('笔记本申请')).toBeInTheDocument();
    await expect(c.getByRole('group', { name: /经理审批/ })).toBeInTheDocument();
  },
};
