import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderDesk } from '../../desk/renderDesk';
import { BulkBar } from './BulkBar';

describe('<BulkBar>', () => {
  it('enables what the selected tickets offer, asks for a person where one is needed', async () => {
    const user = userEvent.setup();
    const runs: unknown[] = [];
    await renderDesk(
      <BulkBar
        count={2}
        offers={{ watch: 2, close: 1 }}
        needsReason={[]}
        onRun={(input) => runs.push(input)}
        onClear={() => {}}
      />,
    );
    expect(screen.getByRole('button', { name: 'Claim' })).toBeDisabled();
    expect(screen.getByRole('button', { name: /Close/ })).toHaveTextContent('1');
    await user.click(screen.getByRole('button', { name: 'Add watcher…' }));
    const dialog = screen.getByRole('dialog', { name: 'Add watcher on 2 tickets' });
    await user.selectOptions(screen.getByLabelText('Watcher'), 'Bruno Leroy');
    await user.click(screen.getByRole('button', { name: 'Add watcher' }));
    expect(runs).toEqual([{ action: 'watch', to: 'bruno' }]);
    expect(dialog).not.toBeInTheDocument();
  });

  it('reports each refused ticket by number', async () => {
    await renderDesk(
      <BulkBar
        count={0}
        offers={null}
        needsReason={[]}
        outcome={{
          action: 'close',
          results: [
            { ticketId: 'a', number: 'INC-1', ok: true },
            { ticketId: 'b', number: 'INC-2', ok: false, message: { text: 'Not allowed.' } },
          ],
        }}
        onRun={() => {}}
        onClear={() => {}}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Close: 1 of 2 done.');
    expect(screen.getByRole('list', { name: 'Refused tickets' })).toHaveTextContent(
      'INC-2 — Not allowed.',
    );
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
  });
});
