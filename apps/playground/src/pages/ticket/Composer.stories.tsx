import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Composer } from './Composer';

function Harness(props: {
  mayReply: boolean;
  mayNote: boolean;
  people?: Array<{ id: string; name: string }>;
  onSend(input: unknown): void;
}) {
  const [reply, setReply] = useState('');
  return (
    <div style={{ maxWidth: 640 }}>
      <Composer
        mayReply={props.mayReply}
        mayNote={props.mayNote}
        reply={reply}
        onReplyChange={setReply}
        {...(props.people ? { people: props.people } : {})}
        onSend={async (input) => {
          props.onSend(input);
          return true;
        }}
      />
    </div>
  );
}

/** The ticket's composer: a public reply, or an internal work note for the desk side. */
const meta = {
  title: 'Playground/Ticket/Composer',
  component: Harness,
  args: { mayReply: true, mayNote: true, onSend: fn() },
} satisfies Meta<typeof Harness>;
export default meta;
type Story = StoryObj<typeof meta>;

/** An agent: reply or internal note, each clearly marked. */
export const Agent: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('tab', { name: 'Internal note' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Internal note' }), 'Check the dock');
    await userEvent.click(canvas.getByRole('button', { name: 'Add internal note' }));
    await expect(args.onSend).toHaveBeenCalledWith({ text: 'Check the dock', internal: true });
  },
};

/** The requester: replies only, no tab for notes. */
export const Requester: Story = {
  args: { mayNote: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('tab')).toBeNull();
    await expect(canvas.getByText(/Public: the requester/)).toBeTruthy();
  },
};

/** Typing `@` offers the people to mention. */
export const Mentions: Story = {
  args: {
    mayNote: false,
    people: [
      { id: 'sam', name: 'Samira Haddad' },
      { id: 'lea', name: 'Léa Bernard' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Comment' }), 'Over to @s');
    await expect(canvas.getByRole('listbox', { name: 'People to mention' }).textContent).toContain(
      'Samira Haddad',
    );
  },
};
