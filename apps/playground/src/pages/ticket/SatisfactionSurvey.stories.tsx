import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { SatisfactionSurvey } from './SatisfactionSurvey';

/** The survey a requester answers on a resolved ticket, and the answer once given. */
const meta = {
  title: 'Playground/Ticket/SatisfactionSurvey',
  component: SatisfactionSurvey,
  args: { mayRate: true, onRate: fn(async () => true) },
} satisfies Meta<typeof SatisfactionSurvey>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Not answered yet: five stars and a comment. */
export const Open: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: '5 – Very satisfied' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }));
    await expect(args.onRate).toHaveBeenCalledWith({ rating: 5, comment: '' });
  },
};

/** Answered: the stars and the comment. */
export const Answered: Story = {
  args: {
    mayRate: false,
    answer: { rating: 4, comment: 'Fast and friendly.', at: '2026-11-23T09:00:00.000Z' },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img', { name: '4 out of 5' })).toBeTruthy();
  },
};
