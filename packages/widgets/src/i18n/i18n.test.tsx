import { DeskkitI18nProvider } from '@deskkit/forms';
import { PermissionError, type FormDefinition } from '@deskkit/runtime';
import { checkCatalogs, formatMessage } from '@deskkit/runtime/i18n';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dashboard } from '../dashboard/Dashboard';
import { configValidator, localizeConfigForm } from '../dashboard/localizeConfig';
import { agentDashboard, demoLibrary } from '../testing/demoDashboards';
import { fixtureDataSource } from '../testing/fixtures';
import { builtinWidgets } from '../widgets/builtins';
import { countersWidget } from '../widgets/counters/counters';
import { createTranslator, defaultMessages, type T } from './messages';
import { zhCNMessages } from './zh-CN';

describe('widgets catalogs', () => {
  it('have the same keys and arguments in every locale', () => {
    expect(checkCatalogs({ en: defaultMessages, 'zh-CN': zhCNMessages })).toEqual([]);
  });

  it('have a message for every title and option of every built-in configuration form', () => {
    const t = createTranslator();
    const missing: string[] = [];
    for (const widget of builtinWidgets) {
      const form: FormDefinition = widget.config;
      const localized = localizeConfigForm(widget.type, form, t);
      // In English the localized form is the form as written: every title has its message.
      expect(localized.schema).toEqual(form.schema);
      const zh = localizeConfigForm(widget.type, form, (key, vars) =>
        key in zhCNMessages ? zhCNMessages[key] : t(key, vars),
      );
      for (const [field, schema] of Object.entries(zh.schema.properties ?? {})) {
        if (schema.title && /[A-Za-z]{3}/.test(schema.title))
          missing.push(`${widget.type}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('Dashboard in zh-CN', () => {
  it('shows the dashboard and the widget configuration dialog in Chinese', async () => {
    const user = userEvent.setup();
    render(
      <DeskkitI18nProvider locale="zh-CN" timeZone="Asia/Shanghai">
        <Dashboard
          value={agentDashboard}
          onChange={() => undefined}
          library={demoLibrary}
          onLibraryChange={() => undefined}
          dataSource={fixtureDataSource()}
          user="sam"
          editTarget="shared"
          mode="edit"
        />
      </DeskkitI18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: '配置 SLA watch' }));
    const dialog = screen.getByRole('dialog', { name: '配置 SLA watch' });
    expect(within(dialog).getByLabelText('标题')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/严重阈值/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '保存' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '取消' })).toBeInTheDocument();
  });
});

describe('a widget whose data fails, in zh-CN', () => {
  it("says why by the error's code, not in the runtime's English", async () => {
    const refuse = () => Promise.reject(new PermissionError('sam may not read the tickets of cab'));
    const refusing = {
      ...fixtureDataSource(),
      listTickets: refuse,
      aggregate: refuse,
      tasks: refuse,
    };
    render(
      <DeskkitI18nProvider locale="zh-CN" timeZone="Asia/Shanghai">
        <Dashboard
          value={agentDashboard}
          onChange={() => undefined}
          library={demoLibrary}
          onLibraryChange={() => undefined}
          dataSource={refusing}
          user="sam"
        />
      </DeskkitI18nProvider>,
    );
    const [alert] = await screen.findAllByRole('alert');
    expect(alert).toHaveTextContent('此组件加载失败。');
    expect(alert).toHaveTextContent('您无权执行此操作。');
    expect(alert).not.toHaveTextContent(/may not read/);
  });
});

describe('createTranslator', () => {
  it('formats through the runtime ICU layer, in its locale', () => {
    expect(createTranslator(undefined, 'zh-CN')('dashboard.edit')).toBe('自定义');
    expect(createTranslator(undefined, 'zh-CN')('dashboard.label', { name: '值班' })).toBe(
      formatMessage('zh-CN', zhCNMessages['dashboard.label'], { name: '值班' }),
    );
  });
});

describe('widget configuration checks', () => {
  const zhT: T = (key, vars) => formatMessage('zh-CN', zhCNMessages[key], vars);

  it('name the options of a field by their labels, in the desk language', () => {
    const en = createTranslator();
    const form = localizeConfigForm('counters', countersWidget.config, en);
    const [issue] = configValidator(form, en, 'en').validate(form.schema, { by: 'team' });
    expect(issue?.message).toBe('"Count by" must be Status, Priority, or Workflow.');
    const zhForm = localizeConfigForm('counters', countersWidget.config, zhT);
    const [zh] = configValidator(zhForm, zhT, 'zh-CN').validate(zhForm.schema, {
      by: 'team',
    });
    expect(zh?.message).toBe('“统计依据”必须是状态、优先级或流程。');
  });

  it('show the labels when a stored configuration is refused in the dialog', async () => {
    const user = userEvent.setup();
    const library = {
      ...demoLibrary,
      'status-counters': { ...demoLibrary['status-counters']!, config: { by: 'team' } },
    };
    render(
      <DeskkitI18nProvider locale="zh-CN" timeZone="Asia/Shanghai">
        <Dashboard
          value={agentDashboard}
          onChange={() => undefined}
          library={library}
          onLibraryChange={() => undefined}
          dataSource={fixtureDataSource()}
          user="sam"
          editTarget="shared"
          mode="edit"
        />
      </DeskkitI18nProvider>,
    );
    const title = demoLibrary['status-counters']!.title!;
    await user.click(screen.getByRole('button', { name: `配置 ${title}` }));
    const dialog = screen.getByRole('dialog', { name: `配置 ${title}` });
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(
      (await within(dialog).findAllByText(/“统计依据”必须是状态、优先级或流程。/)).length,
    ).toBeGreaterThan(0);
    expect(within(dialog).queryByText(/"status"/)).toBeNull();
  });
});
