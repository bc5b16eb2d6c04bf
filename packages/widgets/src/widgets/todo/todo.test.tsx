import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SingleWidget } from '../../testing/SingleWidget';
import { fixtureDataSource } from '../../testing/fixtures';

describe('my to-do widget', () => {
  it("lists the signed-in user's open work items with their count, each linking to its ticket", async () => {
    const ds = fixtureDataSource();
    const onOpenTicket = vi.fn();
    const user = userEvent.setup();
    render(
      <SingleWidget
        dataSource={ds}
        user="priya"
        onOpenTicket={onOpenTicket}
        instance={{ type: 'todo', config: { limit: 3 } }}
      />,
    );
    const mine = await ds.tasks('priya', { state: ['open'] });
    expect(await screen.findByText(`${mine.length} open`)).toBeInTheDocument();
    expect(ds.calls[0]).toEqual({ method: 'tasks', actor: 'priya', filter: { state: ['open'] } });
    const links = screen.getAllByRole('button', { name: /^Open (INC|REQ|CHG)-/ });
    expect(links).toHaveLength(3);
    expect(screen.getByText(`${mine.length - 3} more`)).toBeInTheDocument();
    await user.click(links[0]!);
    expect(onOpenTicket).toHaveBeenCalledWith({
      id: expect.stringMatching(/^t-/),
      number: expect.stringMatching(/-/),
    });
  });

  it('says so when nothing waits for the user', async () => {
    render(<SingleWidget user="nobody" instance={{ type: 'todo', config: {} }} />);
    expect(await screen.findByText('Nothing waiting for you. Enjoy the calm.')).toBeInTheDocument();
  });
});
