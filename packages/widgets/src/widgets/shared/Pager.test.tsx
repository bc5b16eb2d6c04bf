import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTranslator } from '../../i18n/messages';
import { Pager } from './Pager';

const t = createTranslator();

describe('Pager', () => {
  it('on the first page: no previous, next appends the next cursor', async () => {
    const onChange = vi.fn();
    render(<Pager t={t} cursors={[]} next="c2" info="12 tickets" onChange={onChange} />);
    expect(screen.getByRole('navigation', { name: 'Page 1' })).toHaveTextContent('12 tickets');
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onChange).toHaveBeenCalledWith(['c2']);
  });

  it('on the last page: no next, previous drops the last cursor', async () => {
    const onChange = vi.fn();
    render(<Pager t={t} cursors={['c2', 'c3']} next={undefined} info="" onChange={onChange} />);
    expect(screen.getByRole('navigation', { name: 'Page 3' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(onChange).toHaveBeenCalledWith(['c2']);
  });
});
