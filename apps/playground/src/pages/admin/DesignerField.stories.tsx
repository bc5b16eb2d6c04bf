import type { Meta, StoryObj } from '@storybook/react-vite';
import { DurationInput, ExpressionInput, useDesignerTranslator } from '@deskkit/designer';
import type { Issue } from '@deskkit/runtime';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { calendars } from '../../demo/calendars';
import { DesignerField } from './editing';

/** A designer input in an admin form, with its hint and the runtime's finding at its path. */
const meta = {
  title: 'Playground/Admin/DesignerField',
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const refused: Issue = {
  path: '/rotas/0/shift',
  code: 'INVALID_VALUE',
  severity: 'error',
  message: 'Give the shift a length.',
};

function Duration(props: { issue?: Issue; initial: string }) {
  const t = useDesignerTranslator();
  const [value, setValue] = useState(props.initial);
  return (
    <div className="pg-form-row">
      <DesignerField issue={props.issue}>
        <DurationInput
          label="Resolution target"
          value={value}
          t={t}
          calendar="Paris office hours"
          calendarSpec={calendars.business}
          onChange={(next) => setValue(next ?? '')}
        />
      </DesignerField>
    </div>
  );
}

/** A working-time duration: one working day of the Paris office is 9 working hours. */
export const Duration9Hours: Story = {
  render: () => <Duration initial="PT9H" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText('Resolution target: amount')).toHaveValue(1);
    await userEvent.clear(canvas.getByLabelText('Resolution target: amount'));
    await userEvent.type(canvas.getByLabelText('Resolution target: amount'), '2');
    await expect(canvas.getByText('PT18H')).toBeTruthy();
  },
};

/** The runtime refused the value: the field says why, under the input. */
export const WithIssue: Story = {
  render: () => <Duration initial="" issue={refused} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('note')).toHaveTextContent('Give the shift a length.');
  },
};

/** A wide field: a condition with its hint. */
export const WideCondition: Story = {
  render: function Render() {
    const t = useDesignerTranslator();
    const [value, setValue] = useState("priority = 'P1'");
    return (
      <DesignerField wide hint="Empty: every ticket." issue={undefined}>
        <ExpressionInput
          condition
          optional
          label="Applies when"
          value={value}
          fields={[
            { name: 'priority', label: 'Priority', type: 'string', options: ['P1', 'P2', 'P3'] },
          ]}
          t={t}
          onChange={setValue}
        />
      </DesignerField>
    );
  },
};
