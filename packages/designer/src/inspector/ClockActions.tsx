import type { AutomationAction } from '@deskkit/runtime';
import { AutomationEditor } from './AutomationEditor';
import type { InspectorEnv } from './inspector.types';

/** What an SLA policy or an OLA runs when a warning threshold is reached and when it is breached. */
export interface ClockActionsValue {
  onWarn?: AutomationAction[];
  onBreach?: AutomationAction[];
}

/**
 * The warn and breach actions of a clock (notify, assign, raise priority, call a handler, …), each
 * list in its own labelled group. An emptied list is removed from the definition.
 */
export function ClockActions(props: {
  value: ClockActionsValue;
  env: InspectorEnv;
  /** Distinguishes coalesced typing per clock, e.g. `ola:review` or `sla:2`. */
  scope: string;
  onChange(key: keyof ClockActionsValue, next: AutomationAction[], coalesce?: string): void;
}) {
  const { value, env, scope, onChange } = props;
  const { t } = env;
  return (
    <>
      {(['onWarn', 'onBreach'] as const).map((key) => (
        <fieldset key={key} className="dk-fieldset">
          <legend className="dk-label">
            {t(key === 'onWarn' ? 'clock.onWarn' : 'clock.onBreach')}
          </legend>
          {(value[key]?.length ?? 0) === 0 && <p className="dk-hint">{t('clock.noActions')}</p>}
          <AutomationEditor
            value={value[key] ?? []}
            env={env}
            scope={`${scope}:${key}`}
            onChange={(next, coalesce) => onChange(key, next, coalesce)}
          />
        </fieldset>
      ))}
    </>
  );
}
