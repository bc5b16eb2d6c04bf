import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { storyDesk, storyUser, withDesk } from '../stories/storyDesk';
import { problemScene } from './problemScene';
import { ProblemsPage } from './ProblemsPage';

/** The problem board, as Léa (team lead) sees it. */
const meta = {
  title: 'Playground/ProblemsPage',
  decorators: [withDesk],
  parameters: { deskUser: 'lea' },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const KnownErrorAndInvestigation: Story = {
  loaders: [
    async (context) => {
      const data = await storyDesk(storyUser(context));
      await problemScene(data.desk);
      return data;
    },
  ],
  render: () => <ProblemsPage />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('table', { name: 'Open problems' })).toBeTruthy();
  },
};
