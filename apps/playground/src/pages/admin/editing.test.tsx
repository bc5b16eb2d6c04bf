import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DurationInput, useDesignerTranslator } from '@deskkit/designer';
import { useState } from 'react';
import { DesignerField } from './editing';

function Shift(props: { invalid?: boolean }) {
  const t = useDesignerTranslator();
  const [value, setValue] = useState('P1W');
  return (
    <>
      <DesignerField
        hint="Each member's turn."
        issue={
          props.invalid
            ? {
                path: '/rotas/0/shift',
                code: 'INVALID_VALUE',
                severity: 'error',
                message: 'Too short.',
              }
            : undefined
        }
      >
        <DurationInput
          label="Shift length"
          value={value}
          t={t}
          onChange={(v) => setValue(v ?? '')}
        />
      </DesignerField>
      <output aria-label="stored">{value}</output>
    </>
  );
}

describe('<DesignerField>', () => {
  it('holds a designer input, styled as a designer part, with its hint', async () => {
    const user = userEvent.setup();
    const { container } = render(<Shift />);
    const amount = screen.getByLabelText('Shift length: amount');
    // The designer's styles apply inside a designer part only.
    expect(amount.closest('.dk-designer--part')).not.toBeNull();
    expect(screen.getByText("Each member's turn.")).toBeInTheDocument();
    expect(container.querySelector('.pg-field')).not.toHaveAttribute('data-invalid');
    await user.clear(amount);
    await user.type(amount, '12');
    await user.selectOptions(screen.getByLabelText('Shift length: unit'), 'hours');
    expect(screen.getByLabelText('stored')).toHaveTextContent('PT12H');
  });

  it('shows the runtime’s finding under the input and marks the field invalid', () => {
    const { container } = render(<Shift invalid />);
    expect(screen.getByRole('note')).toHaveTextContent('Too short.');
    expect(container.querySelector('.pg-field')).toHaveAttribute('data-invalid', 'true');
  });
});
