import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderDesk } from '../desk/renderDesk';
import { UserSelect } from './UserSelect';

function Picker(props: { exclude?: string[]; showLabel?: boolean }) {
  const [value, setValue] = useState('');
  return (
    <>
      <UserSelect
        label="Assignee"
        placeholder="Anyone"
        value={value}
        onChange={setValue}
        {...props}
      />
      <output>{value || 'none'}</output>
    </>
  );
}

describe('<UserSelect>', () => {
  it('offers the directory’s people by name and reports the chosen id', async () => {
    const user = userEvent.setup();
    await renderDesk(<Picker exclude={['ada']} />);
    const select = screen.getByLabelText('Assignee');
    expect(screen.getByRole('option', { name: 'Anyone' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Ada Admin' })).not.toBeInTheDocument();
    await user.selectOptions(select, 'Samira Haddad');
    expect(screen.getByRole('status')).toHaveTextContent('sam');
  });

  it('without a visible label, the label is its accessible name', async () => {
    await renderDesk(<Picker showLabel={false} />);
    expect(screen.getByRole('combobox', { name: 'Assignee' })).toBeInTheDocument();
    expect(screen.queryByText('Assignee')).not.toBeInTheDocument();
  });

  it('follows directory edits', async () => {
    const { desk } = await renderDesk(<Picker />);
    const org = desk.settings.organisation;
    await desk.updateOrganisation({
      ...org,
      users: [...org.users, { id: 'zoe', name: 'Zoé Faure', roles: ['employee'] }],
    });
    expect(await screen.findByRole('option', { name: 'Zoé Faure' })).toBeInTheDocument();
  });
});
