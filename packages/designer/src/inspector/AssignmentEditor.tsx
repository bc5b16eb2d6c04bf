import type { ApprovalNode, AssignmentStrategy, TaskNode } from '@deskkit/runtime';
import { setAssignment } from '../model/stepEdits';
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
  return (
    <Section title={t('inspector.assignment')}>
      <SelectField<AssignmentStrategy>
        label={t('inspector.strategy')}
        value={a.strategy}
        options={STRATEGIES.map((s) => ({ value: s, label: t(`strategy.${s}`) }))}
        onChange={(v) => edit((d) => setAssignment(d, node.id, 'strategy', v || undefined))}
      />
      {a.strategy === 'field' ? (
        <TextField
          label={t('inspector.assigneeField')}
          value={a.field ?? ''}
          list={`${env.listId}-fields`}
          onChange={(v) =>
            edit((d) => setAssignment(d, node.id, 'field', v), `${node.id}:assign.field`)
          }
        />
      ) : a.strategy === 'onCall' ? (
        <TextField
          label={t('inspector.rota')}
          value={a.rota ?? ''}
          list={`${env.listId}-rotas`}
          onChange={(v) =>
            edit((d) => setAssignment(d, node.id, 'rota', v), `${node.id}:assign.rota`)
          }
        />
      ) : (
        <PrincipalPicker
          label={t('inspector.candidates')}
          value={a.to ?? []}
          directory={env.directory}
          t={t}
          onChange={(to) => edit((d) => setAssignment(d, node.id, 'to', to))}
        />
      )}
    </Section>
  );
}
