import { checkCatalogs } from '@deskkit/runtime/i18n';
import { render, screen } from '@testing-library/react';
import { checkFormDefinition } from '../builder/checkForm';
import { requestForm } from '../fixtures/forms';
import { FormRenderer } from '../renderer/FormRenderer';
import { DeskkitI18nProvider, useI18n } from './I18nProvider';
import { DEFAULT_MESSAGES } from './messages';
import { createTranslator } from './translator';
import { zhCNMessages } from './zh-CN';

describe('forms catalogs', () => {
  it('have the same keys and arguments in every locale', () => {
    expect(checkCatalogs({ en: DEFAULT_MESSAGES, 'zh-CN': zhCNMessages })).toEqual([]);
  });
});

describe("the form builder's checks", () => {
  const broken = {
    schema: { type: 'object', properties: { title: { type: 'string' } } },
    ui: { layout: [{ type: 'field', field: 'nope' }, { type: 'group' }, { type: 'box' }] },
    rules: [{ field: 'ghost' }, { field: 'title', visible: 'a = ' }],
    templates: [{ id: 't' }],
  };
  const show = (locale: string) => {
    const t = createTranslator(undefined, undefined, locale);
    return checkFormDefinition(broken).map((i) => t(`issue.${i.code}`, i.params, i.message));
  };

  it('read in English as the checks wrote them', () => {
    expect(show('en')).toEqual(checkFormDefinition(broken).map((i) => i.message));
  });

  it('read in Chinese under zh-CN', () => {
    const zh = show('zh-CN');
    expect(zh).toEqual([
      '布局中放置的“nope”不是 schema 中的字段。',
      '分组需要 `id`。',
      '布局必须是节点列表。',
      '未知的布局节点类型“box”；请使用 tab、group、row、field 或 text。',
      '第 1 条规则针对的“ghost”不是表单字段。',
      expect.stringMatching(/^第 2 条规则（显示）：.*（第 1 行第 \d+ 列）。$/),
      '第 1 个模板需要 `id`、`name` 和 `values` 对象。',
    ]);
    expect(
      createTranslator(
        undefined,
        undefined,
        'zh-CN',
      )('issue.FORM_INVALID', checkFormDefinition({ schema: { type: 'string' } })[0]!.params),
    ).toBe('schema 必须是 `{ "type": "object", "properties": { ... } }`。');
  });
});

function Created({ at }: { at: string }) {
  const i18n = useI18n();
  return <p>{i18n.formatDateTime(at)}</p>;
}

describe('DeskkitI18nProvider', () => {
  it('renders the form in Chinese, with provider overrides and component props on top', () => {
    const { unmount } = render(
      <DeskkitI18nProvider locale="zh-CN">
        <FormRenderer form={requestForm} />
      </DeskkitI18nProvider>,
    );
    expect(screen.getByRole('button', { name: '提交' })).toBeInTheDocument();
    unmount();
    render(
      <DeskkitI18nProvider locale="zh-CN" messages={{ forms: { 'form.submit': '发送' } }}>
        <FormRenderer form={requestForm} />
        <FormRenderer form={requestForm} messages={{ 'form.submit': '立即提交' }} />
      </DeskkitI18nProvider>,
    );
    expect(screen.getByRole('button', { name: '发送' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '立即提交' })).toBeInTheDocument();
  });

  it('shows dates in the desk time zone it is given', () => {
    render(
      <DeskkitI18nProvider locale="zh-CN" timeZone="Asia/Shanghai">
        <Created at="2026-12-07T01:30:00Z" />
      </DeskkitI18nProvider>,
    );
    expect(screen.getByText(/2026年12月7日.*09:30/)).toBeInTheDocument();
  });

  it('is English in the browser time zone without a provider', () => {
    render(<FormRenderer form={requestForm} />);
    expect(screen.getByRole('button', { name: 'Submit' })).toBeInTheDocument();
  });
});
