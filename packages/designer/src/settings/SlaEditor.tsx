import { DurationInput } from '../duration/DurationInput';
import type { SlaPolicy, SlaPolicyChange } from '@deskkit/runtime';
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
import { uniqueId } from '../model/edits';

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
  const set = (i: number, fn: (p: SlaPolicy) => void, key?: string) =>
    edit(
      (d) => {
        const p = d.sla?.[i];
        if (p) fn(p);
      },
      key && `sla:${i}:${key}`,
    );
  const move = (i: number, d: -1 | 1) =>
    edit((draft) => {
      const list = draft.sla;
      if (!list || !list[i] || !list[i + d]) return;
      const [p] = list.splice(i, 1);
      list.splice(i + d, 0, p!);
    });
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
                onChange={(v) => set(i, (x) => void (x.name = written(v) ?? ''), 'name')}
              />
              <TextField
                label={t('settings.slaId')}
                value={p.id}
                code
                onChange={(v) => set(i, (x) => void (x.id = v), 'id')}
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
                  set(
                    i,
                    (x) => void (v ? (x.targets.response = v) : delete x.targets.response),
                    'resp',
                  )
                }
              />
              <DurationInput
                label={t('settings.resolution')}
                value={p.targets.resolution ?? ''}
                t={t}
                calendar={p.calendar}
                calendarSpec={p.calendar ? env.calendarSpecs?.[p.calendar] : undefined}
                onChange={(v) =>
                  set(
                    i,
                    (x) => void (v ? (x.targets.resolution = v) : delete x.targets.resolution),
                    'res',
                  )
                }
              />
            </div>
            <div className="dk-flex-row">
              <TextField
                label={t('inspector.calendar')}
                value={p.calendar ?? ''}
                list={`${env.listId}-calendars`}
                onChange={(v) =>
                  set(i, (x) => void (v ? (x.calendar = v) : delete x.calendar), 'cal')
                }
              />
              <NumberListField
                label={t('inspector.warnAt')}
                value={p.warnAt}
                onChange={(list) =>
                  set(i, (x) => void (list ? (x.warnAt = list) : delete x.warnAt), 'warn')
                }
              />
            </div>
            <ExpressionInput
              condition
              label={t('settings.slaWhen')}
              value={p.when ?? ''}
              fields={env.fields}
              t={t}
              placeholder="priority = 'P1'"
              onChange={(v) => set(i, (x) => void (v ? (x.when = v) : delete x.when), 'when')}
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
                  onChange={(v) => set(i, (x) => void (v ? (x[key] = v) : delete x[key]), key)}
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
              onChange={(v) =>
                set(i, (x) => void (v ? (x.onPolicyChange = v) : delete x.onPolicyChange))
              }
            />
            <ClockActions
              value={p}
              env={env}
              scope={`sla:${i}`}
              onChange={(key, next, coalesce) =>
                edit((d) => {
                  const x = d.sla?.[i];
                  if (!x) return;
                  if (next.length) x[key] = next;
                  else delete x[key];
                }, coalesce)
              }
            />
            <div className="dk-flex-row dk-flex-row--end">
              <button
                type="button"
                className="dk-btn dk-btn--ghost"
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                {t('settings.moveUp')}
              </button>
              <button
                type="button"
                className="dk-btn dk-btn--ghost"
                disabled={i === policies.length - 1}
                onClick={() => move(i, 1)}
              >
                {t('settings.moveDown')}
              </button>
              <button
                type="button"
                className="dk-btn dk-btn--ghost dk-btn--danger-text"
                onClick={() => edit((d) => void d.sla?.splice(i, 1))}
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
        onClick={() =>
          edit((d) => {
            d.sla ??= [];
            const id = uniqueId('sla', new Set(d.sla.map((p) => p.id)));
            d.sla.push({
              id,
              name: `SLA ${d.sla.length + 1}`,
              targets: { response: 'PT4H', resolution: 'P1D' },
              warnAt: [75],
            });
          })
        }
      >
        {t('settings.addSla')}
      </button>
    </div>
  );
}
