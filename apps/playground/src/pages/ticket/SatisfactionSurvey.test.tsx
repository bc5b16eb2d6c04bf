import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderDesk } from '../../desk/renderDesk';
import { freshDesk, resolvedIncident } from '../../desk/testing';
import { TicketPage } from '../TicketPage';
import { SatisfactionSurvey } from './SatisfactionSurvey';

describe('<SatisfactionSurvey>', () => {
  it('asks for a rating before sending, then sends it with the comment', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    render(
      <SatisfactionSurvey
        mayRate
        onRate={async (a) => {
          sent.push(a);
          return true;
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a rating from 1 to 5.');
    expect(sent).toEqual([]);
    await user.click(screen.getByRole('radio', { name: '2 – Dissatisfied' }));
    await user.type(screen.getByLabelText('Anything to add? (optional)'), 'Took a week');
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(sent).toEqual([{ rating: 2, comment: 'Took a week' }]);
  });

  it('shows the answer once given, and nothing when the survey is not offered', () => {
    const { rerender, container } = render(
      <SatisfactionSurvey
        mayRate={false}
        answer={{ rating: 3, at: '2026-11-23T09:00:00.000Z' }}
        onRate={async () => true}
      />,
    );
    expect(screen.getByRole('img', { name: '3 out of 5' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    rerender(<SatisfactionSurvey mayRate={false} onRate={async () => true} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('renders a survey with its own form with the form renderer, and its answers once given', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const form = {
      type: 'object',
      required: ['rating'],
      properties: {
        rating: { type: 'integer', title: 'Score (1–5)', minimum: 1, maximum: 5 },
        better: { type: 'string', title: 'What could be better?' },
      },
    };
    const { rerender } = render(
      <SatisfactionSurvey
        mayRate
        form={form}
        onRate={async (a) => {
          sent.push(a);
          return true;
        }}
      />,
    );
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(sent).toEqual([]);
    await user.type(screen.getByRole('textbox', { name: /Score/ }), '4');
    await user.type(screen.getByRole('textbox', { name: /What could be better/ }), 'SMS faster');
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(sent).toEqual([{ answers: { rating: 4, better: 'SMS faster' } }]);

    rerender(
      <SatisfactionSurvey
        mayRate={false}
        form={form}
        answer={{
          rating: 4,
          answers: { rating: 4, better: 'SMS faster' },
          at: '2026-11-23T09:00:00.000Z',
        }}
        onRate={async () => true}
      />,
    );
    expect(screen.getByRole('img', { name: '4 out of 5' })).toBeInTheDocument();
    expect(screen.getByDisplayValue('SMS faster')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send feedback' })).not.toBeInTheDocument();
  });

  it('opened from the e-mail’s rating link (`?rate=4`) on the ticket page: 4 is chosen, one click sends it', async () => {
    const user = userEvent.setup();
    const desk = await freshDesk();
    const ticket = await resolvedIncident(desk);
    await renderDesk(<TicketPage ticketId={ticket.id} rate="4" />, { desk, user: 'alice' });
    expect(await screen.findByRole('radio', { name: '4 – Satisfied' })).toBeChecked();
    expect(screen.getByText('You chose 4 out of 5: send it to confirm.')).toBeInTheDocument();
    // Opening the link answered nothing: the requester confirms.
    expect((await desk.runtime.getTicket(ticket.id)).satisfaction).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    await screen.findByRole('img', { name: '4 out of 5' });
    expect((await desk.runtime.getTicket(ticket.id)).satisfaction?.rating).toBe(4);
  });

  it('ignores a rating link outside 1–5', () => {
    render(<SatisfactionSurvey mayRate preselect="9" onRate={async () => true} />);
    expect(screen.queryByRole('radio', { checked: true })).not.toBeInTheDocument();
  });
});
