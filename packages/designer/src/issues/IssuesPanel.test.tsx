import { DeskkitI18nProvider } from '@deskkit/forms';
import type { Issue, LocalizedDefinition } from '@deskkit/runtime';
import { DefinitionError } from '@deskkit/runtime';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WorkflowDesigner } from '../designer/WorkflowDesigner';
import { demoDirectory, itsmChangeDefinition } from '../fixtures/definitions';

/** The change workflow with a step nobody can reach, named in two languages. */
function invalid(): LocalizedDefinition {
  const def: LocalizedDefinition = itsmChangeDefinition();
  def.locales = ['en', 'zh-CN'];
  def.nodes.push({
    id: 'audit',
    type: 'task',
    name: { en: 'Audit', 'zh-CN': '审计' },
    assign: { strategy: 'claim', to: [{ role: 'auditor' }] },
    position: { x: 0, y: 600 },
  });
  return def;
}

describe('Problems panel', () => {
  it('shows the findings of an invalid definition in Chinese under a zh-CN provider', async () => {
    render(
      <DeskkitI18nProvider locale="zh-CN">
        <div style={{ height: 700 }}>
          <WorkflowDesigner
            directory={demoDirectory}
            value={invalid() as never}
            onChange={() => undefined}
          />
        </div>
      </DeskkitI18nProvider>,
    );
    const panel = screen.getByRole('region', { name: '问题' });
    expect(
      await within(panel).findByText(
        '从开始节点无法到达任务“audit”（审计）；请为它连接一条连线，或将其删除。',
      ),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText(
        '从任务“audit”（审计）没有通往结束节点的路径，停在这里的工单永远无法完成；请添加一条通往结束节点的连线。',
      ),
    ).toBeInTheDocument();
    // No English sentence is left in the list.
    const messages = panel.querySelectorAll('.dk-issue__msg');
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message.textContent).toMatch(/[\u3400-\u9fff]/);
  });

  it('keeps English under an English provider', async () => {
    render(
      <div style={{ height: 700 }}>
        <WorkflowDesigner
          directory={demoDirectory}
          value={invalid() as never}
          onChange={() => undefined}
        />
      </div>,
    );
    const panel = screen.getByRole('region', { name: 'Problems' });
    expect(
      await within(panel).findByText(
        'Task "audit" (Audit) cannot be reached from the start; connect an edge to it or delete it.',
      ),
    ).toBeInTheDocument();
  });

  it('says in Chinese why the runtime refused a publish', async () => {
    const refused: Issue = {
      path: '/nodes/1/subworkflow/key',
      code: 'SUBWORKFLOW_MISSING',
      severity: 'error',
      message: 'Step "assess" starts workflow "laptop", which is not published; publish it first.',
      nodeId: 'assess',
      params: { node: 'assess', nodeType: 'subworkflow', workflow: 'laptop', version: 'latest' },
    };
    const onPublish = () => Promise.reject(new DefinitionError('refused', [refused]));
    render(
      <DeskkitI18nProvider locale="zh-CN">
        <div style={{ height: 700 }}>
          <WorkflowDesigner
            directory={demoDirectory}
            value={itsmChangeDefinition() as never}
            onChange={() => undefined}
            onPublish={onPublish}
          />
        </div>
      </DeskkitI18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: /发布/ }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        '发布失败：子流程“assess”（Assess & classify）启动流程“laptop”，但该流程尚未发布；请先发布它。',
      ),
    );
  });
});
