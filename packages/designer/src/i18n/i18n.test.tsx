import { DeskkitI18nProvider } from '@deskkit/forms';
import { checkCatalogs } from '@deskkit/runtime/i18n';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DefinitionImportError, parseDefinitionJson } from '../model/importJson';
import { demoDirectory, itsmChangeDefinition, itsmChangeTicket } from '../fixtures/definitions';
import { WorkflowDesigner } from '../designer/WorkflowDesigner';
import { WorkflowViewer } from '../viewer/WorkflowViewer';
import { createTranslator, defaultMessages } from './messages';
import { zhCNMessages } from './zh-CN';

describe('designer catalogs', () => {
  it('have the same keys and arguments in every locale', () => {
    expect(checkCatalogs({ en: defaultMessages, 'zh-CN': zhCNMessages })).toEqual([]);
  });
});

describe('createTranslator', () => {
  it('formats ICU select and plural through the runtime layer, in its locale', () => {
    const zh = createTranslator(undefined, 'zh-CN');
    expect(zh('import.notObject', { kind: 'array' })).toBe(
      '流程定义是一个 JSON 对象，而这是一个数组。',
    );
    expect(createTranslator()('import.notObject', { kind: 'array' })).toBe(
      'A workflow definition is a JSON object; this is an array.',
    );
    expect(createTranslator()('controls.nodeMoved', { direction: 'left', x: 1, y: 2 })).toBe(
      'Moved the selected step left. New position: x 1, y 2',
    );
    // The host's answer still wins.
    expect(
      createTranslator((key) => (key === 'toolbar.undo' ? 'Zurück' : undefined))('toolbar.undo'),
    ).toBe('Zurück');
  });

  it('gives parseDefinitionJson whole Chinese sentences, without English fragments', () => {
    const zh = createTranslator(undefined, 'zh-CN');
    const fail = (text: string): string => {
      try {
        parseDefinitionJson(text, zh);
      } catch (e) {
        expect(e).toBeInstanceOf(DefinitionImportError);
        return (e as Error).message;
      }
      throw new Error('expected an error');
    };
    for (const text of [
      '[]',
      'null',
      '"x"',
      '3',
      'true',
      '{"edges": [], "form": {}}',
      '{"nodes": [], "form": {}}',
      '{"nodes": [], "edges": []}',
    ]) {
      expect(fail(text)).not.toMatch(
        /\b(an?|array|object|steps|connections|string|number|boolean)\b/i,
      );
    }
    expect(fail('{"nodes": [], "form": {}}')).toBe('定义缺少“edges”（连线数组）；已保留当前定义。');
  });
});

describe('designer in zh-CN', () => {
  it('shows the JSON import error in Chinese', async () => {
    const user = userEvent.setup();
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
    await user.click(screen.getByRole('button', { name: '导入' }));
    const dialog = await screen.findByRole('dialog', { name: '导入流程定义' });
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '[]' } });
    await user.click(within(dialog).getAllByRole('button', { name: '导入' }).at(-1)!);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '流程定义是一个 JSON 对象，而这是一个数组。',
    );
  });

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
