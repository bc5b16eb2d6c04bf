import { checkCatalogs } from '@deskkit/runtime/i18n';
import { render, screen } from '@testing-library/react';
import { requestForm } from '../fixtures/forms';
import { FormRenderer } from '../renderer/FormRenderer';
import { DeskkitI18nProvider, useI18n } from './I18nProvider';
import { DEFAULT_MESSAGES } from './messages';
import { zhCNMessages } from './zh-CN';

describe('forms catalogs', () => {
  it('have the same keys and arguments in every locale', () => {
    expect(checkCatalogs({ en: DEFAULT_MESSAGES, 'zh-CN': zhCNMessages })).toEqual([]);
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
