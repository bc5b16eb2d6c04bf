import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Composer } from './Composer';

function Harness(props: { mayNote: boolean; sent: unknown[] }) {
  const [reply, setReply] = useState('');
  return (
    <Composer
      mayReply
      mayNote={props.mayNote}
      reply={reply}
      onReplyChange={setReply}
      onSend={async (input) => {
        props.sent.push(input);
        return true;
      }}
    />
  );
}

describe('<Composer>', () => {
  it('sends a public reply, and a work note from the internal tab, each saying who reads it', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    render(<Harness mayNote sent={sent} />);
    expect(screen.getByRole('button', { name: 'Send reply' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'On my way');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(sent).toEqual([{ text: 'On my way', internal: false }]);
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('');

    await user.click(screen.getByRole('tab', { name: 'Internal note' }));
    expect(screen.getByText(/never the requester/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Internal note' }), 'VIP user');
    await user.click(screen.getByRole('button', { name: 'Add internal note' }));
    expect(sent.at(-1)).toEqual({ text: 'VIP user', internal: true });
  });

  it('attaches files through the host upload and sends them, even without text', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    render(
      <Composer
        mayReply
        mayNote={false}
        reply=""
        onReplyChange={() => {}}
        upload={async (file) => ({ id: 'f1', name: file.name, size: file.size })}
        onSend={async (input) => {
          sent.push(input);
          return true;
        }}
      />,
    );
    await user.upload(
      screen.getByLabelText('Attach files'),
      new File(['log'], 'error.log', { type: 'text/plain' }),
    );
    expect(screen.getByRole('list', { name: 'Attached files' })).toHaveTextContent('error.log');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(sent).toEqual([
      { text: '', internal: false, attachments: [{ id: 'f1', name: 'error.log', size: 3 }] },
    ]);
    expect(screen.queryByRole('list', { name: 'Attached files' })).not.toBeInTheDocument();
  });

  it('completes @mentions from the people it is given, by keyboard', async () => {
    const user = userEvent.setup();
    function Mentions() {
      const [reply, setReply] = useState('');
      return (
        <Composer
          mayReply
          mayNote={false}
          reply={reply}
          onReplyChange={setReply}
          people={[
            { id: 'sam', name: 'Samira Haddad' },
            { id: 'tom', name: 'Tom Dubois' },
          ]}
          onSend={async () => true}
        />
      );
    }
    render(<Mentions />);
    const box = screen.getByRole('textbox', { name: 'Comment' });
    await user.type(box, 'Ask @dub');
    expect(screen.getByRole('listbox', { name: 'People to mention' })).toHaveTextContent(
      'Tom Dubois',
    );
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('Ask @tom ');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('offers no internal note to whoever is not on the desk side', () => {
    render(<Harness mayNote={false} sent={[]} />);
    expect(screen.queryByRole('tab', { name: 'Internal note' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Internal note' })).not.toBeInTheDocument();
  });
});
