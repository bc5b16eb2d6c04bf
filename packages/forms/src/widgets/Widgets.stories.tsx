import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { Attachment } from '../renderer/context.types';
import { sampleCmdb, sampleDirectory, singleFieldForm } from '../fixtures/forms';
import { FormRenderer } from '../renderer/FormRenderer';
import type { FormRendererProps } from '../renderer/FormRenderer.types';

const upload = async (file: File): Promise<Attachment> => ({
  id: `${file.name}-${file.size}`,
  name: file.name,
  size: file.size,
  type: file.type,
});

/** Every built-in field type, one story each, rendered through the FormRenderer. */
const meta = {
  title: 'Forms/Field types',
  component: FormRenderer,
  args: {
    directory: sampleDirectory,
    dataSources: { cmdb: sampleCmdb },
    upload,
    hideSubmit: true,
  },
} satisfies Meta<typeof FormRenderer>;
export default meta;
type Story = StoryObj<typeof meta>;

function field(type: string, value?: unknown, extra: Partial<FormRendererProps> = {}): Story {
  return {
    args: {
      form: singleFieldForm(type),
      ...(value === undefined ? {} : { defaultValue: { value } }),
      ...(extra as Record<string, unknown>),
    },
    play: async ({ canvasElement }) => {
      await expect(canvasElement.querySelector('.dk-field')).not.toBeNull();
    },
  };
}

export const Text = field('text', 'Laptop does not boot');
export const Textarea = field('textarea', 'Line one\nLine two');
export const RichText = field('richtext', '<p><b>Bold</b> and <i>italic</i></p>');
export const NumberField = field('number', 3.5);
export const Integer = field('integer', 42);
export const Currency = field('currency', 1299.99);
export const Percentage = field('percentage', 75);
export const Email = field('email', 'ann@example.com');
export const Phone = field('phone', '+49 30 1234567');
export const Url = field('url', 'https://example.com');
export const DateField = field('date', '2026-11-24');
export const Time = field('time', '09:30:00');
export const DateTime = field('datetime', '2026-11-24T09:30:00.000Z');
export const DateRange = field('daterange', { start: '2026-12-01', end: '2026-12-05' });
export const Select = field('select', 'medium');
export const Radio = field('radio', 'high');
export const MultiSelect = field('multiselect', ['low', 'high']);
export const CheckboxGroup = field('checkboxes', ['medium']);
export const Switch = field('switch', true);
export const Rating = field('rating', 4);
export const UserPicker = field('user', 'ann');
export const GroupPicker = field('group', 'network');
export const DepartmentPicker = field('department', 'it');
export const Cascader: Story = {
  args: {
    form: {
      schema: {
        type: 'object',
        properties: {
          category: { type: 'string', title: 'Category' },
          service: { type: 'string' },
        },
      },
      ui: {
        layout: [
          {
            type: 'row',
            id: 'r',
            columns: 2,
            children: [
              { type: 'field', field: 'category' },
              { type: 'field', field: 'service' },
            ],
          },
        ],
        fields: {
          category: {
            widget: 'select',
            options: [
              { value: 'hw', label: 'Hardware' },
              { value: 'sw', label: 'Software' },
            ],
          },
          service: {
            widget: 'cascader',
            label: 'Service',
            dependsOn: 'category',
            options: [
              { value: 'laptop', label: 'Laptop', parent: 'hw' },
              { value: 'printer', label: 'Printer', parent: 'hw' },
              { value: 'office', label: 'Office suite', parent: 'sw' },
            ],
          },
        },
      },
    },
    defaultValue: { category: 'hw', service: 'printer' },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('combobox', { name: 'Service' })).toHaveValue('1');
  },
};
export const Attachments = field('attachments', [
  { id: 'a1', name: 'screenshot.png', size: 48213, type: 'image/png' },
]);
export const Lookup = field('lookup', 'CI-1003');
export const Table = field('table', [
  { item: 'Docking station', qty: 1 },
  { item: 'USB-C cable', qty: 2 },
]);
export const StaticText = field('static');
export const ReadOnlyWidgets: Story = {
  args: {
    form: singleFieldForm('multiselect'),
    defaultValue: { value: ['low'] },
    readOnly: true,
  },
};
