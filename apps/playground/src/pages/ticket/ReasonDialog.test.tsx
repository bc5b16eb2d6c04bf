import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReasonDialog } from './ReasonDialog';

describe('<ReasonDialog>', () => {
  it('focuses the reason, refuses an empty one, confirms a given one', async () => {
    const user = userEvent.setup();
    const confirmed: string[] = [];
    render(
      <ReasonDialog
        title="Reject"
        confirm="Reject"
        onConfirm={(r) => confirmed.push(r)}
        onCancel={() => {}}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Reject' });
    expect(screen.getByLabelText('Reason')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Reject' }));
    expect(confirmed).toEqual([]);
    expect(screen.getByRole('alert')).toHaveTextContent('Give a reason.');
    await user.type(screen.getByLabelText('Reason'), '  Budget is frozen ');
    await user.click(screen.getByRole('button', { name: 'Reject' }));
    expect(confirmed).toEqual(['Budget is frozen']);
    expect(dialog).toHaveAttribute('aria-modal', 'true');
  });

  it('Escape and Cancel close it without confirming', async () => {
    const user = userEvent.setup();
    let cancelled = 0;
    render(
      <ReasonDialog
        title="Hold"
        confirm="Hold"
        onConfirm={() => {
          throw new Error('no');
        }}
        onCancel={() => cancelled++}
      />,
    );
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancelled).toBe(2);
  });
});
