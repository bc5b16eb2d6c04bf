import type { ApprovalNode, AssignmentStrategy, TaskNode } from '@deskkit/runtime';
import { findNode } from '../model/edits';
import { SelectField, Section, TextField } from './controls';
import type { InspectorEnv } from './inspector.types';
import { PrincipalPicker } from './PrincipalPicker';

const STRATEGIES: AssignmentStrategy[] = [
  'claim',
  'fixed',
  'roundRobin',
  'leastLoaded',
  'field',
  'onCall',
];

/** Assignment strategy and candidates of a task or approval step. */
export function AssignmentEditor({
  node,
  env,
}: {
  node: TaskNode | ApprovalNode;
  env: InspectorEnv;
}) {
  const { t, edit } = env;
  const a = node.assign ?? { strategy: 'claim' as const };
  const update = (fn: (n: TaskNode | ApprovalNode) => void, coalesce?: string) =>
    edit((d) => {
      const n = findNode(d, node.id);
      if (n && (n.type === 'task' || n.type === 'approval')) {
        n.assign ??= { strategy: 'claim' };
        fn(n);
      }
    }, coalesce);
  return (
    <Section title={t('inspector.assignment')}>
      <SelectField<AssignmentStrategy>
        label={t('inspector.strategy')}
        value={a.strategy}
        options={STRATEGIES.map((s) => ({ value: s, label: t(`strategy.${s}`) }))}
        onChange={(v) =>
          update((n) => {
            n.assign!.strategy = v || 'claim';
          })
        }
      />
      {a.strategy === 'field' ? (
        <TextField
          label={t('inspector.assigneeField')}
          value={a.field ?? ''}
          list={`${env.listId}-fields`}
          onChange={(v) =>
            update((n) => {
              n.assign!.field = v || undefined;
            }, `${node.id}:assign.field`)
          }
        />
      ) : a.strategy === 'onCall' ? (
        <TextField
          label={t('inspector.rota')}
          value={a.rota ?? ''}
          list={`${env.listId}-rotas`}
          onChange={(v) =>
            update((n) => {
              n.assign!.rota = v || undefined;
            }, `${node.id}:assign.rota`)
          }
        />
      ) : (
        <PrincipalPicker
          label={t('inspector.candidates')}
          value={a.to ?? []}
          directory={env.directory}
          t={t}
          onChange={(to) =>
            update((n) => {
              n.assign!.to = to;
            })
          }
        />
      )}
    </Section>
  );
}
