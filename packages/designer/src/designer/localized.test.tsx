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
