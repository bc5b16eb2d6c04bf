import type { AutomationAction } from '@deskkit/runtime';
import { ExpressionInput } from '@deskkit/forms';
import { SelectField, TextField } from './controls';
import type { InspectorEnv } from './inspector.types';
import { PrincipalPicker } from './PrincipalPicker';

type ActionType = AutomationAction['type'];
const TYPES: ActionType[] = [
  'set',
  'call',
  'notify',
  'assign',
  'setPriority',
  'raisePriority',
  'comment',
];

function blank(type: ActionType): AutomationAction {
  switch (type) {
    case 'set':
      return { type, field: '', value: '' };
    case 'call':
      return { type, handler: '' };
    case 'notify':
      return { type, to: [], message: '' };
    case 'assign':
      return { type, to: [] };
    case 'setPriority':
      return { type, value: 'high' };
    case 'raisePriority':
      return { type };
    default:
      return { type: 'comment', text: '' };
  }
}

/**
 * A list of automation actions (set a field, call a host handler, notify, assign, priority,
 * comment), used by automation steps.
 */
export function AutomationEditor(props: {
  value: readonly AutomationAction[];
  onChange(next: AutomationAction[], coalesce?: string): void;
  env: InspectorEnv;
  /** Distinguishes coalesced typing per list. */
  scope: string;
}) {
  const { value, onChange, env, scope } = props;
  const { t } = env;
  const replace = (i: number, a: AutomationAction, typing = false) =>
    onChange(
      value.map((x, j) => (j === i ? a : x)),
      typing ? `${scope}:${i}` : undefined,
    );
  return (
    <div className="dk-automation">
      <ol className="dk-automation__list">
        {value.map((a, i) => (
          <li key={i} className="dk-card">
            <div className="dk-flex-row dk-flex-row--between">
              <SelectField<ActionType>
                label={`${t('inspector.actionType')} ${i + 1}`}
                value={a.type}
                options={TYPES.map((x) => ({ value: x, label: t(`automation.${x}`) }))}
                onChange={(v) => replace(i, blank(v || 'comment'))}
              />
              <button
                type="button"
                className="dk-btn dk-btn--ghost"
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                {t('inspector.remove')}
              </button>
            </div>
            {a.type === 'set' && (
              <>
                <TextField
                  label={t('inspector.field')}
                  value={a.field}
                  list={`${env.listId}-fields`}
                  onChange={(v) => replace(i, { ...a, field: v }, true)}
                />
                <ExpressionInput
                  label={t('inspector.value')}
                  value={a.value}
                  fields={env.fields}
                  t={t}
                  optional={false}
                  onChange={(v) => replace(i, { ...a, value: v }, true)}
                />
              </>
            )}
            {a.type === 'call' && (
              <TextField
                label={t('inspector.handler')}
                value={a.handler}
                list={`${env.listId}-handlers`}
                onChange={(v) => replace(i, { ...a, handler: v }, true)}
              />
            )}
            {(a.type === 'notify' || a.type === 'assign') && (
              <PrincipalPicker
                label={t('inspector.recipients')}
                value={a.to ?? []}
                directory={env.directory}
                t={t}
                onChange={(to) => replace(i, { ...a, to })}
              />
            )}
            {a.type === 'notify' && (
              <TextField
                label={t('inspector.message')}
                value={a.message ?? ''}
                multiline
                onChange={(v) => replace(i, { ...a, message: v }, true)}
              />
            )}
            {a.type === 'setPriority' && (
              <TextField
                label={t('inspector.priority')}
                value={a.value}
                onChange={(v) => replace(i, { ...a, value: v }, true)}
              />
            )}
            {a.type === 'comment' && (
              <TextField
                label={t('inspector.text')}
                value={a.text}
                multiline
                onChange={(v) => replace(i, { ...a, text: v }, true)}
              />
            )}
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="dk-btn dk-btn--small"
        onClick={() => onChange([...value, blank('set')])}
      >
        {t('inspector.addAction')}
      </button>
    </div>
  );
}
