import type { AutomationAction } from '@deskkit/runtime';
import { ExpressionInput } from '@deskkit/forms';
import {
  ACTION_TYPES,
  type ActionType,
  addAction,
  changeActionType,
  removeAction,
  replaceAction,
} from '../model/automationEdits';
import { SelectField, TextField } from './controls';
import type { InspectorEnv } from './inspector.types';
import { PrincipalPicker } from './PrincipalPicker';

/**
 * A list of automation actions (set a field, call a host handler, notify, assign, priority,
 * comment), used by automation steps, triggers, periodic automations and clocks. Each change is
 * one of the list edits of model/automationEdits.ts; typing in one input is one undo step.
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
    onChange(replaceAction(value, i, a), typing ? `${scope}:${i}` : undefined);
  return (
    <div className="dk-automation">
      <ol className="dk-automation__list">
        {value.map((a, i) => (
          <li key={i} className="dk-card">
            <div className="dk-flex-row dk-flex-row--between">
              <SelectField<ActionType>
                label={`${t('inspector.actionType')} ${i + 1}`}
                value={a.type}
                options={ACTION_TYPES.map((x) => ({ value: x, label: t(`automation.${x}`) }))}
                onChange={(v) => onChange(changeActionType(value, i, v || 'comment'))}
              />
              <button
                type="button"
                className="dk-btn dk-btn--ghost"
                onClick={() => onChange(removeAction(value, i))}
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
        onClick={() => onChange(addAction(value))}
      >
        {t('inspector.addAction')}
      </button>
    </div>
  );
}
