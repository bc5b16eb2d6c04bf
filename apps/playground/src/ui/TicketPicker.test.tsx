import type { Ticket } from '@deskkit/runtime';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderDesk } from '../desk/renderDesk';
import { freshDesk } from '../desk/testing';
import { TicketPicker } from './TicketPicker';

function Picker(props: { exclude?: string[] }) {
  const [value, setValue] = useState<Ticket | null>(null);
  return <TicketPicker label="Primary ticket" value={value} onChange={setValue} {...props} />;
}

describe('<TicketPicker>', () => {
  it('finds tickets the user may see by title, picks one with the keyboard, leaves out the excluded', async () => {
    const user = userEvent.setup();
    const desk = await freshDesk();
    const start = (summary: string) =>
      desk.runtime.startTicket({
        workflow: 'incident',
        actor: 'alice',
        data: { summary, priority: 'P3' },
      });
    const a = await start('Wi-Fi drops in room A');
    const b = await start('Wi-Fi drops in room B');
    await start('Someone else’s Wi-Fi'.replace('Someone else’s', 'Other'));
    await renderDesk(<Picker exclude={[a.id]} />, { desk, user: 'alice' });
    await user.type(screen.getByRole('combobox', { name: 'Primary ticket' }), 'drops');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([`${b.number} Wi-Fi drops in room B`]);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('group', { name: 'Primary ticket' })).toHaveTextContent(b.number);
    await user.click(screen.getByRole('button', { name: 'Choose another ticket' }));
    expect(screen.getByRole('combobox', { name: 'Primary ticket' })).toBeInTheDocument();
  });
});
