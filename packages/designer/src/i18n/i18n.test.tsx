import { DeskkitI18nProvider } from '@deskkit/forms';
import { checkCatalogs } from '@deskkit/runtime/i18n';
import { render, screen, within } from '@testing-library/react';
import { demoDirectory, itsmChangeDefinition, itsmChangeTicket } from '../fixtures/definitions';
import { WorkflowDesigner } from '../designer/WorkflowDesigner';
import { WorkflowViewer } from '../viewer/WorkflowViewer';
import { defaultMessages } from './messages';
import { zhCNMessages } from './zh-CN';

describe('designer catalogs', () => {
  it('have the same keys and arguments in every locale', () => {
    expect(checkCatalogs({ en: defaultMessages, 'zh-CN': zhCNMessages })).toEqual([]);
  });
});

describe('designer in zh-CN', () => {
  it('shows the designer, its tabs and the canvas controls in Chinese', () => {
    render(
      <DeskkitI18nProvider locale="zh-CN">
        <div style={{ height: 700 }}>
          <WorkflowDesigner
            directory={demoDirectory}
            value={itsmChangeDefinition()}
            onChange={() => undefined}
          />
        </div>
      </DeskkitI18nProvider>,
    );
    expect(screen.getByRole('toolbar', { name: '设计器工具栏' })).toBeInTheDocument();
    const tabs = screen.getByRole('tablist', { name: '设计器分区' });
    expect(within(tabs).getByRole('tab', { name: '表单' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '放大' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '缩放以显示整个流程' })).toBeInTheDocument();
  });

  it('lets the legacy t prop win over the provider for the keys it answers', () => {
    render(
      <DeskkitI18nProvider locale="zh-CN" messages={{ designer: { 'toolbar.publish': '上线' } }}>
        <div style={{ height: 700 }}>
          <WorkflowDesigner
            directory={demoDirectory}
            value={itsmChangeDefinition()}
            onChange={() => undefined}
            onPublish={() => undefined}
            t={(key) => (key === 'toolbar.undo' ? '撤回' : undefined)}
          />
        </div>
      </DeskkitI18nProvider>,
    );
    expect(screen.getByRole('button', { name: /上线/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /撤回/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /重做/ })).toBeInTheDocument();
  });

  it('shows the viewer timeline in Chinese, in the desk time zone', () => {
    const { ticket, history } = itsmChangeTicket();
    render(
      <DeskkitI18nProvider locale="zh-CN" timeZone="Asia/Shanghai">
        <WorkflowViewer definition={itsmChangeDefinition()} ticket={ticket} history={history} />
      </DeskkitI18nProvider>,
    );
    const region = screen.getByRole('region', { name: '流程进度' });
    const steps = within(region).getByRole('region', { name: '步骤' });
    expect(within(steps).getAllByText(/已完成/).length).toBeGreaterThan(0);
    const at = history.find((e) => e.actor === 'carol')?.at;
    const shanghai = new Intl.DateTimeFormat('zh-CN', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Asia/Shanghai',
    }).format(new Date(at!));
    expect(within(steps).getAllByText(new RegExp(shanghai)).length).toBeGreaterThan(0);
  });
});
