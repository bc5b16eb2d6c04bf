import { DeskkitI18nProvider } from '@deskkit/forms';
import { diffDefinitions, type WorkflowDefinition } from '@deskkit/runtime';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { DiffList } from '../diff/DiffList';
import { demoDirectory, emptyDefinition, localizedDefinition } from '../fixtures/definitions';
import { createTranslator } from '../i18n/messages';
import { WorkflowSimulator } from '../simulate/WorkflowSimulator';
import { WorkflowViewer } from '../viewer/WorkflowViewer';
import { WorkflowDesigner } from './WorkflowDesigner';

// The designer edits the definition as written: its texts may carry a variant per locale.
const written = (): WorkflowDefinition => localizedDefinition() as WorkflowDefinition;

const seen: { value?: WorkflowDefinition } = {};

function Designer({
  locale,
  initial = written,
}: {
  locale: string;
  initial?: () => WorkflowDefinition;
}) {
  const [value, setValue] = useState(initial);
  return (
    <DeskkitI18nProvider locale={locale}>
      <div style={{ height: 700 }}>
        <WorkflowDesigner
          directory={demoDirectory}
          value={value}
          onChange={(next) => {
            seen.value = next;
            setValue(next);
          }}
        />
      </div>
    </DeskkitI18nProvider>
  );
}

describe('a definition written per locale', () => {
  it('shows in the designer in the UI language: name, steps, form fields, settings', async () => {
    const user = userEvent.setup();
    render(<Designer locale="zh-CN" />);
    expect(screen.getByText('笔记本申请')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /经理审批/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('group', { name: /经理审批/ }));
    const inspector = await screen.findByRole('complementary');
    expect(within(inspector).getByRole('heading', { name: '经理审批' })).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: '表单' }));
    expect(await screen.findAllByText('型号')).not.toHaveLength(0);
    expect(screen.getAllByText('原因')).not.toHaveLength(0);
    expect(screen.queryByText('Model')).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: '设置' }));
    expect(screen.getAllByDisplayValue('笔记本申请')).not.toHaveLength(0);
    expect(screen.getByDisplayValue('新购或更换笔记本电脑')).toBeInTheDocument();
    expect(screen.getByDisplayValue('硬件')).toBeInTheDocument();
  });

  it('shows in English under an English UI', () => {
    render(<Designer locale="en" />);
    expect(screen.getByText('Laptop request')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Manager approval/ })).toBeInTheDocument();
  });

  it('shows in the viewer, the diff list and the simulator in the UI language', async () => {
    const before = localizedDefinition();
    const after = localizedDefinition();
    after.nodes[1]!.name = { en: 'Director approval', 'zh-CN': '总监审批' };
    after.sla![0]!.targets = { resolution: 'P3D' };
    render(
      <DeskkitI18nProvider locale="zh-CN">
        <WorkflowViewer definition={before} />
        <DiffList
          diff={diffDefinitions(before, after)}
          t={createTranslator()}
          before={before}
          after={after}
        />
        <WorkflowSimulator definition={after} people={{ users: [{ id: 'ann', name: 'Ann' }] }} />
      </DeskkitI18nProvider>,
    );
    expect(screen.getAllByText('经理审批')).not.toHaveLength(0);
    expect(screen.getAllByText('总监审批')).not.toHaveLength(0);
    expect(await screen.findAllByText(/型号/)).not.toHaveLength(0);
    // The changed SLA policy is named in Chinese in the diff list.
    expect(screen.getAllByText(/标准时效/)).not.toHaveLength(0);
    expect(screen.queryByText(/Standard/)).not.toBeInTheDocument();
  });

  it('edits the variants side by side: workflow name, step name, declared languages', async () => {
    const user = userEvent.setup();
    render(<Designer locale="en" />);
    fireEvent.click(screen.getByRole('group', { name: /Manager approval/ }));
    const inspector = await screen.findByRole('complementary');
    const names = within(inspector).getByRole('group', { name: 'Name' });
    expect(within(names).getByRole('textbox', { name: 'Name (English)' })).toHaveValue(
      'Manager approval',
    );
    const zhStep = within(names).getByRole('textbox', { name: /^Name \(Chinese/ });
    expect(zhStep).toHaveValue('经理审批');
    await user.clear(zhStep);
    await user.type(zhStep, '主管审批');
    expect(seen.value?.nodes[1]?.name).toEqual({ en: 'Manager approval', 'zh-CN': '主管审批' });

    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    const zhName = screen.getAllByRole('textbox', { name: /^Name \(Chinese/ })[0]!;
    expect(zhName).toHaveValue('笔记本申请');
    await user.type(zhName, '表');
    expect(seen.value?.name).toEqual({ en: 'Laptop request', 'zh-CN': '笔记本申请表' });
    expect(screen.getByRole('textbox', { name: /^Catalog level 1 \(Chinese/ })).toHaveValue('硬件');
  });

  it('shows SLA, trigger and automation names in the UI language', async () => {
    const user = userEvent.setup();
    render(<Designer locale="zh-CN" />);
    await user.click(screen.getByRole('tab', { name: '设置' }));
    expect(screen.getByDisplayValue('标准时效')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '欢迎' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '每日提醒' })).toBeInTheDocument();
  });

  it('edits the variants of an edge label side by side', async () => {
    const user = userEvent.setup();
    render(<Designer locale="en" />);
    fireEvent.click(screen.getByRole('group', { name: /Manager approval/ }));
    const inspector = await screen.findByRole('complementary');
    await user.click(within(inspector).getByRole('button', { name: /Done/ }));
    expect(await within(inspector).findByRole('heading', { name: 'e2' })).toBeInTheDocument();
    const label = within(inspector).getByRole('group', { name: 'Label' });
    expect(within(label).getByRole('textbox', { name: 'Label (English)' })).toHaveValue('Go ahead');
    const zh = within(label).getByRole('textbox', { name: /^Label \(Chinese/ });
    expect(zh).toHaveValue('同意采购');
    await user.clear(zh);
    await user.type(zh, '批准');
    expect(seen.value?.edges[1]?.label).toEqual({ en: 'Go ahead', 'zh-CN': '批准' });
  });

  it('edits the variants of SLA, trigger and automation names side by side', async () => {
    const user = userEvent.setup();
    render(<Designer locale="en" />);
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    const policy = screen.getByRole('group', { name: 'Policy name' });
    expect(within(policy).getByRole('textbox', { name: 'Policy name (English)' })).toHaveValue(
      'Standard',
    );
    await user.type(within(policy).getByRole('textbox', { name: /^Policy name \(Chinese/ }), '版');
    expect(seen.value?.sla?.[0]?.name).toEqual({ en: 'Standard', 'zh-CN': '标准时效版' });

    const trigger = screen.getByRole('group', { name: 'Welcome' });
    const zhTrigger = within(trigger).getByRole('textbox', { name: /^Name \(Chinese/ });
    expect(zhTrigger).toHaveValue('欢迎');
    await user.clear(within(trigger).getByRole('textbox', { name: 'Name (English)' }));
    await user.type(within(trigger).getByRole('textbox', { name: 'Name (English)' }), 'Hi');
    expect(seen.value?.triggers?.[0]?.name).toEqual({ en: 'Hi', 'zh-CN': '欢迎' });

    const automation = screen.getByRole('group', { name: 'Daily nudge' });
    const zhAutomation = within(automation).getByRole('textbox', { name: /^Name \(Chinese/ });
    await user.clear(zhAutomation);
    await user.type(zhAutomation, '提醒');
    expect(seen.value?.automations?.[0]?.name).toEqual({ en: 'Daily nudge', 'zh-CN': '提醒' });
  });

  it('declares the languages of a plain workflow, then shows one input per language', async () => {
    const user = userEvent.setup();
    render(<Designer locale="en" initial={emptyDefinition} />);
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    const languages = screen.getByRole('group', { name: 'Languages of the texts' });
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('New workflow');
    await user.click(within(languages).getByRole('checkbox', { name: /English/ }));
    await user.click(within(languages).getByRole('checkbox', { name: /Chinese/ }));
    expect(seen.value?.locales).toEqual(['en', 'zh-CN']);
    const zh = screen.getByRole('textbox', { name: /^Name \(Chinese/ });
    expect(screen.getByRole('textbox', { name: 'Name (English)' })).toHaveValue('New workflow');
    await user.type(zh, '新流程');
    expect(seen.value?.name).toEqual({ en: 'New workflow', 'zh-CN': '新流程' });
  });
});
