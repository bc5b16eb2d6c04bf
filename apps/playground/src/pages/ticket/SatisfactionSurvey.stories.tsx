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

/** Opened from the e-mail's "4 – Satisfied" link (`?rate=4`): 4 is chosen, one click sends it. */
export const FromEmailLink: Story = {
  args: { preselect: '4' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radio', { name: '4 – Satisfied' })).toBeChecked();
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }));
    await expect(args.onRate).toHaveBeenCalledWith({ rating: 4, comment: '' });
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

const surveyForm = {
  type: 'object',
  required: ['rating'],
  properties: {
    rating: {
      type: 'integer',
      title: 'How was resetting your password? (1–5)',
      minimum: 1,
      maximum: 5,
    },
    linkWorked: { type: 'string', title: 'Did the link work the first time?', enum: ['yes', 'no'] },
    better: { type: 'string', title: 'What could be better?' },
  },
};

/** A workflow with a survey form of its own (`survey.form`), rendered by the FormRenderer. */
export const OwnForm: Story = {
  args: { form: surveyForm },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: /How was/ }), '5');
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }));
    await expect(args.onRate).toHaveBeenCalledWith({ answers: { rating: 5 } });
  },
};

/** The answers to a survey form, read-only. */
export const OwnFormAnswered: Story = {
  args: {
    mayRate: false,
    form: surveyForm,
    answer: {
      rating: 4,
      answers: { rating: 4, linkWorked: 'yes', better: 'Nothing, it was quick.' },
      at: '2026-11-23T09:00:00.000Z',
    },
  },
};
