import type { WorkflowDefinition } from '@deskkit/runtime';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { produce } from 'immer';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { itsmChangeDefinition } from '../fixtures/definitions';
import { showText } from '@deskkit/forms';
import { createTranslator } from '../i18n/messages';
import type { InspectorEnv } from '../inspector/inspector.types';
import { AutomationSettings } from './AutomationSettings';

const t = createTranslator();

function Demo(props: { initial: WorkflowDefinition }) {
  const [def, setDef] = useState(props.initial);
  const env: InspectorEnv = {
    def,
    edit: (recipe) => setDef((d) => produce(d, recipe)),
    text: showText('en'),
    t,
    fields: Object.keys(def.form.schema.properties ?? {}).map((name) => ({ name })),
    listId: 'story',
  };
  return (
    <div className="dk-designer" style={{ width: 720, background: 'var(--dk-c-bg)' }}>
      <div className="dk-settings">
        <AutomationSettings env={env} />
      </div>
    </div>
  );
}

const meta: Meta<typeof Demo> = { title: 'Designer/AutomationSettings', component: Demo };
export default meta;
type Story = StoryObj<typeof Demo>;

const configured: WorkflowDefinition = {
  ...itsmChangeDefinition(),
  triggers: [
    {
      id: 'p1',
      name: 'Escalate P1 changes',
      on: ['created', 'updated'],
      when: 'risk = "high"',
      actions: [{ type: 'notify', to: [{ group: 'cab' }], message: 'High-risk change raised' }],
    },
  ],
  automations: [
    {
      id: 'remind',
      name: 'Remind requesters on hold',
      every: 'P1D',
      select: '$ticket.status = "pending"',
      actions: [{ type: 'comment', text: 'Waiting for your answer' }],
    },
  ],
  autoClose: 'P5D',
};

/** A trigger, a daily reminder and auto-close after five days. */
export const Configured: Story = {
  args: { initial: configured },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(c.getByRole('group', { name: 'Escalate P1 changes' })).toBeInTheDocument();
    await expect(c.getByText('5 calendar days, counted around the clock')).toBeInTheDocument();
  },
};

/** Nothing yet: add a trigger. */
export const Empty: Story = {
  args: { initial: itsmChangeDefinition() },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.click(c.getByRole('button', { name: 'Add trigger' }));
    await expect(c.getByRole('group', { name: 'Trigger 1' })).toBeInTheDocument();
  },
};
