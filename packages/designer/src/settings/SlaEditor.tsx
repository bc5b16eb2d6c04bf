import { DurationInput } from '../duration/DurationInput';
import type { SlaPolicy, SlaPolicyChange } from '@deskkit/runtime';
import type { Recipe } from '../model/edits';
import { ExpressionInput } from '@deskkit/forms';
import { ClockActions } from '../inspector/ClockActions';
import {
  LocalizedField,
  NumberListField,
  SelectField,
  TextField,
  written,
} from '../inspector/controls';
import type { InspectorEnv } from '../inspector/inspector.types';
import {
  addSlaPolicy,
  moveSlaPolicy,
  removeSlaPolicy,
  setSlaProp,
  setSlaTarget,
} from '../model/settingsEdits';

/** The clock conditions a policy may override, with an example each. */
const CONDITIONS = [
  ['start', "$ticket.priority = 'high'"],
  ['pause', "$ticket.status = 'pending'"],
  ['stop', "$ticket.status in ['resolved', 'closed']"],
  ['cancel', "$ticket.status = 'cancelled'"],
] as const;
const POLICY_CHANGES: readonly SlaPolicyChange[] = ['retroactive', 'restart', 'carry'];

/** The workflow's SLA policies in order (first matching applies): targets, calendar, warnings, the
 * start / pause / stop / cancel conditions, what a policy change does and the warn / breach actions.
 */
export function SlaEditor({ env }: { env: InspectorEnv }) {
  const { t, edit, def } = env;
  const policies = def.sla ?? [];
  // Each edit is a named command of model/settingsEdits.ts; typing in one input is one undo step.
  const set = <K extends keyof Omit<SlaPolicy, 'targets'>>(
    i: number,
    prop: K,
    value: SlaPolicy[K] | undefined,
    key?: string,
  ) => edit((d) => setSlaProp(d, i, prop, value), key && `sla:${i}:${key}`);
  const run = (recipe: Recipe) => edit(recipe);
  return (
    <div className="dk-sla">
      {policies.length === 0 && <p className="dk-muted">{t('settings.noSla')}</p>}
      <ol className="dk-sla__list">
        {policies.map((p, i) => (
          <li key={i} className="dk-card">
            <div className="dk-flex-row">
              <LocalizedField
                label={t('settings.slaName')}
                value={p.name}
                def={def}
                onChange={(v) => set(i, 'name', written(v) ?? '', 'name')}
              />
              <TextField
                label={t('settings.slaId')}
                value={p.id}
                code
                onChange={(v) => set(i, 'id', v, 'id')}
              />
            </div>
            <div className="dk-flex-row">
              <DurationInput
                label={t('settings.response')}
                value={p.targets.response ?? ''}
                t={t}
                calendar={p.calendar}
                calendarSpec={p.calendar ? env.calendarSpecs?.[p.calendar] : undefined}
                onChange={(v) =>
                  edit((d) => setSlaTarget(d, i, 'response', v || undefined), `sla:${i}:resp`)
                }
              />
              <DurationInput
                label={t('settings.resolution')}
                value={p.targets.resolution ?? ''}
                t={t}
                calendar={p.calendar}
                calendarSpec={p.calendar ? env.calendarSpecs?.[p.calendar] : undefined}
                onChange={(v) =>
                  edit((d) => setSlaTarget(d, i, 'resolution', v || undefined), `sla:${i}:res`)
                }
              />
            </div>
            <div className="dk-flex-row">
              <TextField
                label={t('inspector.calendar')}
                value={p.calendar ?? ''}
                list={`${env.listId}-calendars`}
                onChange={(v) => set(i, 'calendar', v || undefined, 'cal')}
              />
              <NumberListField
                label={t('inspector.warnAt')}
                value={p.warnAt}
                onChange={(list) => set(i, 'warnAt', list ?? undefined, 'warn')}
              />
            </div>
            <ExpressionInput
              condition
              label={t('settings.slaWhen')}
              value={p.when ?? ''}
              fields={env.fields}
              t={t}
              placeholder="priority = 'P1'"
              onChange={(v) => set(i, 'when', v || undefined, 'when')}
            />
            <fieldset className="dk-fieldset">
              <legend className="dk-label">{t('settings.slaClock')}</legend>
              <p className="dk-hint">{t('settings.slaClockHint')}</p>
              {CONDITIONS.map(([key, placeholder]) => (
                <ExpressionInput
                  condition
                  key={key}
                  label={t(`settings.sla.${key}`)}
                  value={p[key] ?? ''}
                  fields={env.fields}
                  t={t}
                  placeholder={placeholder}
                  onChange={(v) => set(i, key, v || undefined, key)}
                />
              ))}
            </fieldset>
            <SelectField<SlaPolicyChange>
              label={t('settings.onPolicyChange')}
              value={p.onPolicyChange ?? ''}
              options={[
                { value: '', label: t('settings.policyChange.default') },
                ...POLICY_CHANGES.map((c) => ({
                  value: c,
                  label: t(`settings.policyChange.${c}`),
                })),
              ]}
              onChange={(v) => set(i, 'onPolicyChange', v || undefined)}
            />
            <ClockActions
              value={p}
              env={env}
              scope={`sla:${i}`}
              onChange={(key, next, coalesce) => edit((d) => setSlaProp(d, i, key, next), coalesce)}
            />
            <div className="dk-flex-row dk-flex-row--end">
              <button
                type="button"
                className="dk-btn dk-btn--ghost"
                disabled={i === 0}
                onClick={() => run((d) => moveSlaPolicy(d, i, -1))}
              >
                {t('settings.moveUp')}
              </button>
              <button
                type="button"
                className="dk-btn dk-btn--ghost"
                disabled={i === policies.length - 1}
                onClick={() => run((d) => moveSlaPolicy(d, i, 1))}
              >
                {t('settings.moveDown')}
              </button>
              <button
                type="button"
                className="dk-btn dk-btn--ghost dk-btn--danger-text"
                onClick={() => run((d) => removeSlaPolicy(d, i))}
              >
                {t('inspector.remove')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="dk-btn"
        onClick={() => run((d) => void addSlaPolicy(d, (n) => t('settings.newSla', { n })))}
      >
        {t('settings.addSla')}
      </button>
    </div>
  );
}
