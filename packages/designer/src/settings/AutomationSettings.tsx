import type {
  LocalizedText,
  PeriodicAutomation,
  TriggerDefinition,
  TriggerEvent,
} from '@deskkit/runtime';
import { DurationInput } from '../duration/DurationInput';
import { ExpressionInput } from '@deskkit/forms';
import { AutomationEditor } from '../inspector/AutomationEditor';
import { CheckField, LocalizedField, Section, TextField, written } from '../inspector/controls';
import type { InspectorEnv } from '../inspector/inspector.types';
import {
  addAutomation,
  addTrigger,
  removeAutomation,
  setAutoClose,
  setAutomationProp,
  setTriggerEvent,
} from '../model/settingsEdits';

const EVENTS: readonly TriggerEvent[] = [
  'created',
  'updated',
  'action',
  'statusChanged',
  'nodeEntered',
];

type ListKey = 'triggers' | 'automations';
type Entry<K extends ListKey> = K extends 'triggers' ? TriggerDefinition : PeriodicAutomation;

/**
 * Edits one entry of `triggers` / `automations` by index through the named commands of
 * model/settingsEdits.ts (`setAutomationProp`, `removeAutomation`: an emptied list is dropped).
 */
function useList<K extends ListKey>(env: InspectorEnv, key: K) {
  const list = (env.def[key] ?? []) as Array<Entry<K>>;
  const set = <P extends keyof Entry<K>>(
    i: number,
    prop: P,
    value: Entry<K>[P] | undefined,
    coalesce?: string,
  ) =>
    env.edit(
      (d) => setAutomationProp(d, key, i, prop, value),
      coalesce && `${key}:${i}:${coalesce}`,
    );
  const remove = (i: number) => env.edit((d) => removeAutomation(d, key, i));
  return { list, set, remove };
}

function Header(props: {
  env: InspectorEnv;
  name?: string;
  id: string;
  onName(v: LocalizedText | undefined): void;
  onId(v: string): void;
  onRemove(): void;
  removeLabel: string;
}) {
  const { t } = props.env;
  return (
    <div className="dk-flex-row">
      <LocalizedField
        label={t('automation.name')}
        value={props.name}
        def={props.env.def}
        onChange={props.onName}
      />
      <TextField label={t('automation.id')} value={props.id} code onChange={props.onId} />
      <button
        type="button"
        className="dk-btn dk-btn--ghost dk-btn--danger-text dk-settings__remove"
        aria-label={props.removeLabel}
        onClick={props.onRemove}
      >
        {t('inspector.remove')}
      </button>
    </div>
  );
}

/**
 * Workflow-level automation: triggers (actions run when something happens to a ticket), periodic
 * automations (actions run every so often on the tickets a condition selects) and auto-close.
 */
export function AutomationSettings({ env }: { env: InspectorEnv }) {
  const { t, edit, def, text } = env;
  const triggers = useList(env, 'triggers');
  const periodic = useList(env, 'automations');
  return (
    <>
      <Section title={t('settings.triggers')}>
        <p className="dk-hint">{t('settings.triggersHint')}</p>
        {triggers.list.length === 0 && <p className="dk-muted">{t('settings.noTriggers')}</p>}
        {triggers.list.map((tr, i) => (
          <div key={i} className="dk-card" role="group" aria-label={text(tr.name) || tr.id}>
            <Header
              env={env}
              name={tr.name}
              id={tr.id}
              removeLabel={t('settings.removeTrigger', { name: text(tr.name) || tr.id })}
              onName={(v) => triggers.set(i, 'name', v ? written(v) : undefined, 'name')}
              onId={(v) => triggers.set(i, 'id', v, 'id')}
              onRemove={() => triggers.remove(i)}
            />
            <fieldset className="dk-fieldset dk-events">
              <legend className="dk-label">{t('settings.triggerOn')}</legend>
              {EVENTS.map((ev) => (
                <CheckField
                  key={ev}
                  label={t(`trigger.${ev}`)}
                  checked={tr.on.includes(ev)}
                  onChange={(on) => edit((d) => setTriggerEvent(d, i, ev, on, EVENTS))}
                />
              ))}
            </fieldset>
            <ExpressionInput
              condition
              label={t('settings.triggerWhen')}
              value={tr.when ?? ''}
              fields={env.fields}
              t={t}
              onChange={(v) => triggers.set(i, 'when', v || undefined, 'when')}
            />
            <fieldset className="dk-fieldset">
              <legend className="dk-label">{t('settings.triggerActions')}</legend>
              <AutomationEditor
                value={tr.actions}
                env={env}
                scope={`trigger:${i}`}
                onChange={(next, coalesce) => triggers.set(i, 'actions', next, coalesce)}
              />
            </fieldset>
          </div>
        ))}
        <button
          type="button"
          className="dk-btn"
          onClick={() => edit((d) => void addTrigger(d, (n) => t('settings.newTrigger', { n })))}
        >
          {t('settings.addTrigger')}
        </button>
      </Section>
      <Section title={t('settings.automations')}>
        <p className="dk-hint">{t('settings.automationsHint')}</p>
        {periodic.list.length === 0 && <p className="dk-muted">{t('settings.noAutomations')}</p>}
        {periodic.list.map((a, i) => (
          <div key={i} className="dk-card" role="group" aria-label={text(a.name) || a.id}>
            <Header
              env={env}
              name={a.name}
              id={a.id}
              removeLabel={t('settings.removeAutomation', { name: text(a.name) || a.id })}
              onName={(v) => periodic.set(i, 'name', v ? written(v) : undefined, 'name')}
              onId={(v) => periodic.set(i, 'id', v, 'id')}
              onRemove={() => periodic.remove(i)}
            />
            <DurationInput
              label={t('settings.every')}
              value={a.every}
              t={t}
              onChange={(v) => periodic.set(i, 'every', v ?? '', 'every')}
            />
            <ExpressionInput
              condition
              optional={false}
              label={t('settings.select')}
              value={a.select}
              fields={env.fields}
              t={t}
              onChange={(v) => periodic.set(i, 'select', v, 'select')}
            />
            <fieldset className="dk-fieldset">
              <legend className="dk-label">{t('settings.triggerActions')}</legend>
              <AutomationEditor
                value={a.actions}
                env={env}
                scope={`automation:${i}`}
                onChange={(next, coalesce) => periodic.set(i, 'actions', next, coalesce)}
              />
            </fieldset>
          </div>
        ))}
        <button
          type="button"
          className="dk-btn"
          onClick={() =>
            edit((d) => void addAutomation(d, (n) => t('settings.newAutomation', { n })))
          }
        >
          {t('settings.addAutomation')}
        </button>
      </Section>
      <Section title={t('settings.autoClose')}>
        <CheckField
          label={t('settings.autoCloseOn')}
          checked={def.autoClose !== undefined}
          onChange={(on) => edit((d) => setAutoClose(d, on ? 'P7D' : false))}
        />
        {def.autoClose !== undefined && (
          <DurationInput
            label={t('settings.autoCloseAfter')}
            value={def.autoClose}
            t={t}
            onChange={(v) => edit((d) => setAutoClose(d, v ?? ''), 'wf:autoClose')}
          />
        )}
      </Section>
    </>
  );
}
