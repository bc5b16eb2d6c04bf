import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderDesk } from '../desk/renderDesk';
import { PeoplePicker } from './PeoplePicker';

function Picker() {
  const [ids, setIds] = useState<string[]>([]);
  return (
    <>
      <PeoplePicker label="CC" value={ids} onChange={setIds} exclude={['ada']} />
      <output>{ids.join(',')}</output>
    </>
  );
}

describe('<PeoplePicker>', () => {
  it('adds people by name, never twice, and removes them', async () => {
    const user = userEvent.setup();
    await renderDesk(<Picker />);
    const add = screen.getByRole('combobox', { name: 'Add a person to CC' });
    expect(screen.queryByRole('option', { name: 'Ada Admin' })).not.toBeInTheDocument();
    await user.selectOptions(add, 'Bruno Leroy');
    await user.selectOptions(add, 'Victor Lambert');
    expect(screen.getByRole('status')).toHaveTextContent('bruno,victor');
    expect(screen.queryByRole('option', { name: 'Bruno Leroy' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Bruno Leroy' }));
    expect(screen.getByRole('status')).toHaveTextContent('victor');
  });
});
