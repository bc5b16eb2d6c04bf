import type { SlaPolicy } from '@deskkit/runtime';
import { ExpressionInput } from '../expression/ExpressionInput';
import { parseNumberList, TextField } from '../inspector/controls';
import type { InspectorEnv } from '../inspector/inspector.types';
import { uniqueId } from '../model/edits';

/** The workflow's SLA policies in order (first matching applies): targets, calendar, warnings, conditions. */
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
            <div className="dk-row">
              <TextField
                label={t('settings.slaName')}
                value={p.name}
                onChange={(v) => set(i, (x) => void (x.name = v), 'name')}
              />
              <TextField
                label={t('settings.slaId')}
                value={p.id}
                code
                onChange={(v) => set(i, (x) => void (x.id = v), 'id')}
              />
            </div>
            <div className="dk-row">
              <TextField
                label={t('settings.response')}
                value={p.targets.response ?? ''}
                code
                placeholder="PT1H"
                onChange={(v) =>
                  set(
                    i,
                    (x) => void (v ? (x.targets.response = v) : delete x.targets.response),
                    'resp',
                  )
                }
              />
              <TextField
                label={t('settings.resolution')}
                value={p.targets.resolution ?? ''}
                code
                placeholder="P1D"
                onChange={(v) =>
                  set(
                    i,
                    (x) => void (v ? (x.targets.resolution = v) : delete x.targets.resolution),
                    'res',
                  )
                }
              />
            </div>
            <div className="dk-row">
              <TextField
                label={t('inspector.calendar')}
                value={p.calendar ?? ''}
                list={`${env.listId}-calendars`}
                onChange={(v) =>
                  set(i, (x) => void (v ? (x.calendar = v) : delete x.calendar), 'cal')
                }
              />
              <TextField
                label={t('inspector.warnAt')}
                value={(p.warnAt ?? []).join(', ')}
                onChange={(v) =>
                  set(
                    i,
                    (x) => {
                      const list = parseNumberList(v);
                      if (list) x.warnAt = list;
                      else delete x.warnAt;
                    },
                    'warn',
                  )
                }
              />
            </div>
            <ExpressionInput
              label={t('settings.slaWhen')}
              value={p.when ?? ''}
              fields={env.fields}
              t={t}
              placeholder="priority = 'P1'"
              onChange={(v) => set(i, (x) => void (v ? (x.when = v) : delete x.when), 'when')}
            />
            <ExpressionInput
              label={t('settings.pause')}
              value={p.pause ?? ''}
              fields={env.fields}
              t={t}
              placeholder="$ticket.status = 'pending'"
              onChange={(v) => set(i, (x) => void (v ? (x.pause = v) : delete x.pause), 'pause')}
            />
            <div className="dk-row dk-row--end">
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
