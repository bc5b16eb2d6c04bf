import type { WorkflowDefinition } from '@deskkit/runtime';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { produce } from 'immer';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { demoDirectory, itsmChangeDefinition } from '../fixtures/definitions';
import { showText } from '@deskkit/forms';
import { createTranslator } from '../i18n/messages';
import type { InspectorEnv } from '../inspector/inspector.types';
import { PermissionsSettings } from './PermissionsSettings';

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
    directory: demoDirectory,
  };
  return (
    <div className="dk-designer" style={{ width: 720, background: 'var(--dk-c-bg)' }}>
      <div className="dk-settings">
        <PermissionsSettings env={env} />
      </div>
    </div>
  );
}

const meta: Meta<typeof Demo> = { title: 'Designer/PermissionsSettings', component: Demo };
export default meta;
type Story = StoryObj<typeof Demo>;

/** Employees start changes, the CAB reads them all, and the change managers dispatch the work. */
export const WithDispatchers: Story = {
  args: {
    initial: {
      ...itsmChangeDefinition(),
      permissions: {
        start: [{ role: 'employee' }],
        view: [{ group: 'cab' }],
        assign: [{ role: 'service-owner' }],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    const dispatchers = c.getByRole('group', { name: 'Dispatchers' });
    await expect(within(dispatchers).getByRole('list', { name: 'Dispatchers' })).toHaveTextContent(
      'service-owner',
    );
  },
};

/** Nobody dispatches yet: add the change managers from the directory. */
export const AddDispatchers: Story = {
  args: { initial: itsmChangeDefinition() },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    const dispatchers = c.getByRole('group', { name: 'Dispatchers' });
    await userEvent.type(
      within(dispatchers).getByRole('combobox', { name: 'Search Group' }),
      'change',
    );
    await userEvent.click(
      await within(dispatchers).findByRole('option', { name: /Change managers/ }),
    );
    await expect(within(dispatchers).getByRole('list', { name: 'Dispatchers' })).toHaveTextContent(
      'Change managers',
    );
  },
};
