import type { LocalizedText } from '@deskkit/runtime';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { LocalizedTextInput, type LocalizedTextInputProps } from './LocalizedTextInput';

type Args = Omit<LocalizedTextInputProps, 'value' | 'onChange'> & { initial?: LocalizedText };

function Host({ initial, ...rest }: Args) {
  const [value, setValue] = useState(initial);
  return (
    <div className="dk-form-builder" style={{ maxWidth: 640 }}>
      <LocalizedTextInput {...rest} value={value} onChange={setValue} />
      <pre>{JSON.stringify(value)}</pre>
    </div>
  );
}

const meta: Meta<Args> = {
  title: 'Forms/LocalizedTextInput',
  component: Host,
  args: { label: 'Name' },
};
export default meta;
type Story = StoryObj<Args>;

/** English and Chinese side by side: the map of variants is written as you type. */
export const TwoLocales: Story = {
  args: { initial: { en: 'Laptop request', 'zh-CN': '笔记本申请' }, locales: ['en', 'zh-CN'] },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    const en = c.getByRole('textbox', { name: 'Name (English)' });
    await userEvent.type(en, ' form');
    await expect(en).toHaveValue('Laptop request form');
  },
};

/** One declared locale: a single input that writes a plain string. */
export const OneLocale: Story = { args: { initial: 'Laptop request', locales: ['en'] } };

/** A multi-line text, narrow: the variants stack. */
export const NarrowMultiline: Story = {
  args: {
    initial: { en: 'A new or replacement laptop', 'zh-CN': '新购或更换笔记本电脑' },
    locales: ['en', 'zh-CN'],
    multiline: true,
  },
  decorators: [
    (Story) => (
      <div style={{ width: 200 }}>
        <Story />
      </div>
    ),
  ],
};
