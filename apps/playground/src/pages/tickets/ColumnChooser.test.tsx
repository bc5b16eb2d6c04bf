import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ColumnChooser } from './ColumnChooser';
import { ticketColumns } from './columns';

function Chooser() {
  const [shown, setShown] = useState(['title', 'status']);
  return (
    <>
      <ColumnChooser columns={ticketColumns} shown={shown} onChange={setShown} />
      <output>{shown.join(',')}</output>
    </>
  );
}

describe('<ColumnChooser>', () => {
  it('shows and hides columns, keeping the list’s order; Escape closes it', async () => {
    const user = userEvent.setup();
    render(<Chooser />);
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(screen.getByRole('checkbox', { name: 'Priority' }));
    await user.click(screen.getByRole('checkbox', { name: 'Title' }));
    expect(screen.getByRole('status')).toHaveTextContent('status,priority');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Columns' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });
});
