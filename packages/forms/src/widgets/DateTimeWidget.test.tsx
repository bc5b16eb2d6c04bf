import { act, fireEvent, render, screen } from '@testing-library/react';
import { singleFieldForm } from '../fixtures/forms';
import { FormRenderer } from '../renderer/FormRenderer';

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('DateTimeWidget', () => {
  let before: string | undefined;
  beforeAll(() => {
    before = process.env.TZ;
    // A zone that is not UTC, so a conversion missing on either way shows.
    process.env.TZ = 'Europe/Berlin';
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });

  function setup(value?: string) {
    const onChange = vi.fn();
    render(
      <FormRenderer
        form={singleFieldForm('datetime')}
        {...(value === undefined ? {} : { defaultValue: { value } })}
        onChange={onChange}
        hideSubmit
      />,
    );
    const last = () => (onChange.mock.lastCall?.[0] as Record<string, unknown> | undefined)?.value;
    return { onChange, last };
  }

  it('shows a stored 19:00 UTC as 20:00 on a Berlin clock, with 24-hour values and the zone', async () => {
    setup('2026-11-24T19:00:00.000Z');
    await flush();
    expect(screen.getByLabelText(/Date and time date/)).toHaveValue('2026-11-24');
    expect(screen.getByLabelText(/Date and time time/)).toHaveValue('20:00');
    expect(screen.getByText(/GMT\+1|CET/)).toBeInTheDocument();
  });

  it('an empty read-only date-time reads "—" instead of the browser masks; a stored one still shows', async () => {
    const { unmount } = render(
      <FormRenderer form={singleFieldForm('datetime')} readOnly hideSubmit />,
    );
    await flush();
    const empty = screen.getByRole('textbox', { name: 'Date and time' });
    expect(empty).toHaveAttribute('placeholder', '—');
    expect(empty).toHaveAttribute('readonly');
    expect(screen.queryByLabelText(/Date and time date/)).not.toBeInTheDocument();
    unmount();
    render(
      <FormRenderer
        form={singleFieldForm('datetime')}
        defaultValue={{ value: '2026-11-24T19:00:00.000Z' }}
        readOnly
        hideSubmit
      />,
    );
    await flush();
    expect(screen.getByLabelText(/Date and time time/)).toHaveValue('20:00');
  });

  it('stores what was typed as the instant, and shows it back unchanged', async () => {
    const { last, onChange } = setup();
    await flush();
    const date = screen.getByLabelText(/Date and time date/);
    const time = screen.getByLabelText(/Date and time time/);
    fireEvent.change(date, { target: { value: '2026-11-24' } });
    // Half entered: nothing stored yet, the date stays on screen.
    expect(onChange).not.toHaveBeenCalled();
    expect(date).toHaveValue('2026-11-24');
    fireEvent.change(time, { target: { value: '20:00' } });
    expect(last()).toBe('2026-11-24T19:00:00.000Z');
    await flush();
    expect(date).toHaveValue('2026-11-24');
    expect(time).toHaveValue('20:00');
    // Summer time: 20:00 in Berlin is 18:00 UTC.
    fireEvent.change(date, { target: { value: '2026-07-01' } });
    expect(last()).toBe('2026-07-01T18:00:00.000Z');
    fireEvent.change(time, { target: { value: '' } });
    expect(last()).toBeUndefined();
    expect(date).toHaveValue('2026-07-01');
  });
});
