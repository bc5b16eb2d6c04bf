import { diffDefinitions } from '@deskkit/runtime';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { itsmChangeDefinition, itsmChangeNextVersion } from '../fixtures/definitions';
import { createTranslator } from '../i18n/messages';
import { DiffList } from './DiffList';

const before = itsmChangeDefinition();
const after = itsmChangeNextVersion();
const t = createTranslator();

const meta: Meta<typeof DiffList> = {
  title: 'Designer/DiffList',
  component: DiffList,
  decorators: [
    (Story) => (
      <div
        className="dk-designer"
        style={{ width: 520, padding: 16, background: 'var(--dk-c-bg)' }}
      >
        <Story />
      </div>
    ),
  ],
  args: { diff: diffDefinitions(before, after), before, after, t, onSelect: fn() },
};
export default meta;
type Story = StoryObj<typeof DiffList>;

/** Version 2 of the change process against version 1. */
export const Changes: Story = {
  play: async ({ canvasElement, args }) => {
    const c = within(canvasElement);
    const steps = within(c.getByRole('region', { name: 'Steps' }));
    await userEvent.click(steps.getByRole('button', { name: /Added Security review/ }));
    await expect(args.onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'security' }));
  },
};

/** Two identical versions. */
export const NoChanges: Story = { args: { diff: diffDefinitions(before, before) } };
