import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sampleCmdb, sampleDirectory, singleFieldForm } from '../fixtures/forms';
import { FormRenderer } from '../renderer/FormRenderer';
import { sanitizeRichText } from './RichTextWidget';

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

function setup(type: string, defaultValue?: unknown, extra: Record<string, unknown> = {}) {
  const onChange = vi.fn();
  const user = userEvent.setup();
  render(
    <FormRenderer
      form={singleFieldForm(type)}
      {...(defaultValue === undefined ? {} : { defaultValue: { value: defaultValue } })}
      onChange={onChange}
      directory={sampleDirectory}
      dataSources={{ cmdb: sampleCmdb }}
      hideSubmit
      {...extra}
    />,
  );
  const last = () => (onChange.mock.lastCall?.[0] as Record<string, unknown> | undefined)?.value;
  return { user, onChange, last };
}

describe('built-in widgets', () => {
  it('user picker: an id the directory does not know is asked about once, not on every render', async () => {
    const list = vi.fn(sampleDirectory.list!);
    setup('user', 'someone-removed', { directory: { list } });
    // The stored id stays shown as it is.
    await screen.findByText('someone-removed');
    await flush();
    await flush();
    expect(list.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('user picker: searches the directory and picks with the keyboard', async () => {
    const { user, last } = setup('user');
    const input = screen.getByRole('combobox', { name: 'User picker' });
    await user.type(input, 'bo');
    expect(await screen.findByRole('option', { name: /Bob Stone/ })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(last()).toBe('bob');
    expect(screen.getByText('Bob Stone')).toBeInTheDocument();
  });

  it('lookup: type-ahead search, paging and choosing a row', async () => {
    const { user, last } = setup('lookup');
    await user.click(screen.getByRole('button', { name: 'Choose' }));
    expect(await screen.findByText('Page 1 / 5')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Page 2 / 5')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox'), 'db-');
    await screen.findByText('Page 1 / 2');
    const table = screen.getByRole('table');
    await user.click(within(table).getByRole('button', { name: 'Choose db-02' }));
    expect(last()).toBe('CI-1001');
    expect(screen.getByText('db-02')).toBeInTheDocument();
  });

  it('attachments: uploads through the host function and removes', async () => {
    const upload = vi.fn(async (file: File) => ({
      id: file.name,
      name: file.name,
      size: file.size,
    }));
    const { user, last } = setup('attachments', undefined, { upload });
    const file = new File(['hello'], 'log.txt', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('Add files'), file);
    await waitFor(() => expect(last()).toEqual([{ id: 'log.txt', name: 'log.txt', size: 5 }]));
    expect(upload).toHaveBeenCalledWith(file, { field: 'value' });
    await user.click(screen.getByRole('button', { name: 'Remove log.txt' }));
    expect(last()).toBeUndefined();
  });

  it('attachments: a read-only field without files says so', () => {
    setup('attachments', undefined, { readOnly: true });
    expect(screen.getByText('No files attached.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Add files')).not.toBeInTheDocument();
  });

  it('date: an empty read-only date reads "—" instead of the browser mask', () => {
    setup('date', undefined, { readOnly: true });
    expect(screen.getByRole('textbox', { name: 'Date' })).toHaveAttribute('placeholder', '—');
  });

  it('table: add, edit, reorder and remove rows', async () => {
    const { user, last } = setup('table', [{ item: 'Dock', qty: 1 }]);
    await user.click(screen.getByRole('button', { name: /Add row/ }));
    const items = screen.getAllByRole('textbox');
    await user.type(items[items.length - 2] as HTMLElement, 'Cable');
    expect(last()).toEqual([{ item: 'Dock', qty: 1 }, { item: 'Cable' }]);
    await user.click(screen.getByRole('button', { name: 'Move row 2 up' }));
    expect(last()).toEqual([{ item: 'Cable' }, { item: 'Dock', qty: 1 }]);
    await user.click(screen.getByRole('button', { name: 'Remove row 1' }));
    expect(last()).toEqual([{ item: 'Dock', qty: 1 }]);
  });

  it('multi-select adds and removes chips', async () => {
    const ms = setup('multiselect', ['low']);
    await ms.user.selectOptions(screen.getByRole('combobox', { name: 'Multi-select' }), 'High');
    expect(ms.last()).toEqual(['low', 'high']);
    await ms.user.click(screen.getByRole('button', { name: 'Remove Low' }));
    expect(ms.last()).toEqual(['high']);
  });

  it('switch toggles', async () => {
    const { user, last } = setup('switch');
    await user.click(screen.getByRole('switch', { name: 'Switch' }));
    expect(last()).toBe(true);
  });

  it('rating by keyboard-operable radios', async () => {
    const { user, last } = setup('rating');
    await user.click(screen.getByRole('radio', { name: '3 of 5' }));
    expect(last()).toBe(3);
  });

  it('currency keeps a number and shows the symbol', async () => {
    const { user, last } = setup('currency');
    await user.type(screen.getByRole('textbox', { name: 'Currency' }), '12,5');
    expect(last()).toBe(12.5);
    expect(screen.getByText('$')).toBeInTheDocument();
  });

  it('date range flags an end before the start', async () => {
    const { user, last } = setup('daterange', { start: '2026-12-05' });
    const end = screen.getByLabelText('To');
    await user.type(end, '2026-12-01');
    expect(last()).toEqual({ start: '2026-12-05', end: '2026-12-01' });
    expect(screen.getByRole('alert')).toHaveTextContent('before the start');
  });

  it('rich text sanitizes stored HTML', async () => {
    render(
      <FormRenderer
        form={singleFieldForm('richtext')}
        defaultValue={{ value: '<p onclick="x()">Hi<script>alert(1)</script><b>!</b></p>' }}
        hideSubmit
      />,
    );
    const box = screen.getByRole('textbox', { name: 'Rich text' });
    // The sanitizer loads on the first rich-text field, then the value shows.
    await waitFor(() => expect(box.innerHTML).toBe('<p>Hi<b>!</b></p>'));
    expect(box).toHaveAttribute('contenteditable', 'true');
    expect(await sanitizeRichText('<img src="x" onerror="y()"><i>ok</i>')).toBe('<i>ok</i>');
  });
});
