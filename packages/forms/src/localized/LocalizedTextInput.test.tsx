import type { LocalizedText } from '@deskkit/runtime';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { DeskkitI18nProvider } from '../i18n/I18nProvider';
import { LocalizedTextInput } from './LocalizedTextInput';
import { variantOf, withVariant } from './variants';

function Host(props: { initial: LocalizedText | undefined; locales?: string[]; ui?: string }) {
  const [value, setValue] = useState(props.initial);
  return (
    <DeskkitI18nProvider locale={props.ui ?? 'en'}>
      <LocalizedTextInput label="Name" value={value} locales={props.locales} onChange={setValue} />
      <output>{JSON.stringify(value ?? null)}</output>
    </DeskkitI18nProvider>
  );
}

describe('LocalizedTextInput', () => {
  it('shows one labelled input per declared locale and writes a map', async () => {
    const user = userEvent.setup();
    render(<Host initial="Laptop request" locales={['en', 'zh-CN']} />);
    expect(screen.getByRole('group', { name: 'Name' })).toBeInTheDocument();
    const en = screen.getByRole('textbox', { name: 'Name (English)' });
    const zh = screen.getByRole('textbox', { name: /^Name \(Chinese/ });
    expect(en).toHaveValue('Laptop request');
    expect(en).toHaveAttribute('lang', 'en');
    expect(zh).toHaveValue('');
    await user.type(zh, '笔记本申请');
    expect(document.querySelector('output')).toHaveTextContent(
      JSON.stringify({ en: 'Laptop request', 'zh-CN': '笔记本申请' }),
    );
  });

  it('writes a plain string when one locale is declared', async () => {
    const user = userEvent.setup();
    render(<Host initial={{ en: 'Old', 'zh-CN': '旧' }} locales={['en']} />);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).toHaveValue('Old');
    await user.clear(input);
    await user.type(input, 'New');
    expect(document.querySelector('output')).toHaveTextContent('"New"');
  });

  it('labels the variants in the UI language', () => {
    render(
      <Host initial={{ en: 'Laptop', 'zh-CN': '笔记本' }} locales={['en', 'zh-CN']} ui="zh-CN" />,
    );
    expect(screen.getByRole('textbox', { name: 'Name（英语）' })).toHaveValue('Laptop');
    expect(screen.getByRole('textbox', { name: /^Name（中文/ })).toHaveValue('笔记本');
  });

  it('without declared locales edits the UI locale variant of a map', async () => {
    const user = userEvent.setup();
    render(<Host initial={{ en: 'Laptop', 'zh-CN': '笔记本' }} ui="zh-CN" />);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).toHaveValue('笔记本');
    await user.type(input, '电脑');
    expect(document.querySelector('output')).toHaveTextContent(
      JSON.stringify({ en: 'Laptop', 'zh-CN': '笔记本电脑' }),
    );
  });
});

describe('variants', () => {
  it('reads and writes one variant', () => {
    expect(variantOf({ en: 'A', 'zh-CN': '甲' }, 'zh', [])).toBe('甲');
    expect(variantOf('A', 'zh-CN', ['en', 'zh-CN'])).toBe('');
    expect(withVariant('A', 'zh-CN', '甲', ['en', 'zh-CN'])).toEqual({ en: 'A', 'zh-CN': '甲' });
    expect(withVariant({ en: 'A', 'zh-CN': '甲' }, 'zh-CN', '', ['en', 'zh-CN'])).toEqual({
      en: 'A',
    });
    expect(withVariant({ en: 'A' }, 'en', '', ['en', 'zh-CN'])).toBeUndefined();
  });
});
