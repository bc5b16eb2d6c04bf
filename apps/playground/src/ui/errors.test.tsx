import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderDesk } from '../desk/renderDesk';
import { freshDesk } from '../desk/testing';
import { LocaleRoot } from '../locale/LocaleRoot';
import { setLocale } from '../locale/locale';
import { TicketPage } from '../pages/TicketPage';

async function refusedTicket() {
  const desk = await freshDesk();
  const ticket = await desk.runtime.startTicket({
    workflow: 'incident',
    actor: 'alice',
    template: 'laptop-dead',
  });
  // Bruno is another requester: the client answers him as if the ticket did not exist.
  await renderDesk(
    <LocaleRoot>
      <TicketPage ticketId={ticket.id} />
    </LocaleRoot>,
    { desk, user: 'bruno' },
  );
  return screen.findByRole('alert');
}

describe('runtime errors in the desk', () => {
  afterEach(() => act(() => setLocale('en')));

  it('shows a refused ticket in the desk language, keyed by the error code, with the detail folded away', async () => {
    act(() => setLocale('zh-CN'));
    const alert = await refusedTicket();
    expect(alert).toHaveTextContent('该内容不存在，或您无权查看。');
    const details = alert.querySelector('details')!;
    expect(details.open).toBe(false);
    await userEvent.click(within(alert).getByText('详情'));
    expect(details.open).toBe(true);
    // The runtime's own message, for support, names the ticket.
    expect(details).toHaveTextContent(/does not exist/);
  });

  it('in English says it in words written for the reader, then the runtime says which ticket', async () => {
    const alert = await refusedTicket();
    expect(alert).toHaveTextContent('This item does not exist, or you may not see it.');
    expect(alert.querySelector('details')).toBeNull();
    expect(alert.querySelector('.pg-error__detail')).toHaveTextContent(/does not exist/);
  });
});
