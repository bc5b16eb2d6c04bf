import type { LocalizedDefinition as WorkflowDefinition } from '@deskkit/runtime';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { localizedLaptop as laptop } from '../fixtures/forms';
import { DeskkitI18nProvider } from '../i18n/I18nProvider';
import { FormBuilder } from './FormBuilder';

const seen: { def?: WorkflowDefinition } = {};

function Host({ locale }: { locale: string }) {
  // The builder edits the definition as written: texts may carry a variant per locale.
  const [def, setDef] = useState(() => laptop() as WorkflowDefinition);
  return (
    <DeskkitI18nProvider locale={locale}>
      <FormBuilder
        definition={def}
        onDefinitionChange={(next) => {
          seen.def = next;
          setDef(next);
        }}
      />
    </DeskkitI18nProvider>
  );
}

describe('FormBuilder with texts written per locale', () => {
  it('shows the Chinese variants under a Chinese UI: canvas, inspector, option labels, preview', async () => {
    const user = userEvent.setup();
    render(<Host locale="zh-CN" />);
    expect(screen.getByRole('button', { name: '选择 型号' })).toBeInTheDocument();
    expect(screen.getByText('设备')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '选择 型号' }));
    expect(screen.getByRole('textbox', { name: '标签（英语）' })).toHaveValue('Model');
    expect(screen.getByRole('textbox', { name: /^标签（中文/ })).toHaveValue('型号');
    expect(screen.getByRole('textbox', { name: /^显示名称 1（中文/ })).toHaveValue('轻薄款');

    await user.click(screen.getByRole('tab', { name: '预览' }));
    const model = await screen.findByRole('combobox', { name: /型号/ });
    expect(within(model).getByRole('option', { name: '高性能款' })).toBeInTheDocument();
    expect(screen.queryByText('Model')).not.toBeInTheDocument();
  });

  it('shows the English variants under an English UI', () => {
    render(<Host locale="en" />);
    expect(screen.getByRole('button', { name: 'Select Model' })).toBeInTheDocument();
    expect(screen.getByText('Device')).toBeInTheDocument();
  });

  it('edits field labels and option labels side by side, writing maps', async () => {
    const user = userEvent.setup();
    render(<Host locale="en" />);
    await user.click(screen.getByRole('button', { name: 'Select Model' }));
    const zhLabel = screen.getByRole('textbox', { name: /^Label \(Chinese/ });
    await user.clear(zhLabel);
    await user.type(zhLabel, '机型');
    expect(seen.def?.form.ui?.fields?.model?.label).toEqual({ en: 'Model', 'zh-CN': '机型' });
    expect(seen.def?.form.schema.properties?.model?.title).toEqual({
      en: 'Model',
      'zh-CN': '机型',
    });
    const option = screen.getByRole('textbox', { name: /^Label 2 \(Chinese/ });
    expect(option).toHaveValue('高性能款');
    await user.type(option, '！');
    expect(seen.def?.form.ui?.fields?.model?.options?.[1]?.label).toEqual({
      en: 'Powerful',
      'zh-CN': '高性能款！',
    });
    expect(screen.getByRole('textbox', { name: 'Label 1 (English)' })).toHaveValue('Light');
  });

  it('edits a template name per locale without losing the other variant', async () => {
    const user = userEvent.setup();
    render(<Host locale="en" />);
    await user.click(screen.getByRole('tab', { name: 'Templates' }));
    const zh = screen.getByRole('textbox', { name: /^Template name \(Chinese/ });
    expect(screen.getByRole('textbox', { name: 'Template name (English)' })).toHaveValue(
      'Light laptop',
    );
    await user.type(zh, '模板');
    expect(seen.def?.form.templates?.[0]?.name).toEqual({
      en: 'Light laptop',
      'zh-CN': '轻薄笔记本模板',
    });
  });
});
