import { DeskkitI18nProvider } from '@deskkit/forms';
import { render, screen, within } from '@testing-library/react';
import { SingleWidget } from '../../testing/SingleWidget';

describe('on-call widget', () => {
  it('shows who is on call now and the shifts of the coming days', async () => {
    render(
      <SingleWidget
        instance={{
          type: 'onCall',
          config: { rotas: [{ id: 'network-oncall', label: 'Network' }], days: 3 },
        }}
      />,
    );
    const rota = await screen.findByRole('region', { name: 'Network' });
    // Rota started 2026-11-02 08:00Z with daily shifts lucas → omar → mei; on the 23rd at 10:00Z it is lucas.
    expect((await within(rota).findAllByText('Lucas Meyer')).length).toBeGreaterThan(0);
    const shifts = within(rota).getAllByRole('listitem');
    expect(shifts.map((s) => s.textContent)).toEqual([
      expect.stringContaining('Lucas Meyer'),
      expect.stringContaining('Omar Haddad'),
      expect.stringContaining('Mei Chen'),
    ]);
  });

  it('explains what is missing when the data source has no directory', async () => {
    const ds = { listTickets: vi.fn(), aggregate: vi.fn(), tasks: vi.fn() };
    render(
      <SingleWidget
        dataSource={ds}
        instance={{ type: 'onCall', config: { rotas: [{ id: 'x' }] } }}
      />,
    );
    expect(await screen.findByText(/needs a directory to look up rota "x"/)).toBeInTheDocument();
  });

  it('says what is missing in the desk language', async () => {
    const ds = { listTickets: vi.fn(), aggregate: vi.fn(), tasks: vi.fn() };
    render(
      <DeskkitI18nProvider locale="zh-CN">
        <SingleWidget
          dataSource={ds}
          instance={{ type: 'onCall', config: { rotas: [{ id: 'x' }] } }}
        />
      </DeskkitI18nProvider>,
    );
    expect(await screen.findByText(/值班组件需要目录才能查找轮值表“x”/)).toBeInTheDocument();
  });
});
