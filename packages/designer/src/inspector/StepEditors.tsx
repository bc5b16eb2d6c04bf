import { DurationInput } from '../duration/DurationInput';
import {
  ACTION_NAMES,
  type ActionName,
  type NodeDefinition,
  type OlaPolicy,
  type SubworkflowNode,
  type TimerNode,
} from '@deskkit/runtime';
import { useId } from 'react';
import { findNode } from '../model/edits';
import { ClockActions } from './ClockActions';
import { CheckField, NumberListField, SelectField, Section, TextField } from './controls';
import type { InspectorEnv } from './inspector.types';

/** Allowed actions at a step: node-type defaults, or an explicit list of checkboxes. */
export function ActionsEditor({ node, env }: { node: NodeDefinition; env: InspectorEnv }) {
  const { t, edit } = env;
  const custom = node.actions !== undefined;
  const set = (fn: (n: NodeDefinition) => void) =>
    edit((d) => {
      const n = findNode(d, node.id);
      if (n) fn(n);
    });
  return (
    <Section title={t('inspector.actions')}>
      <CheckField
        label={t('inspector.actionsCustom')}
        checked={custom}
        onChange={(on) =>
          set((n) => {
            if (on)
              n.actions =
                node.type === 'approval' ? ['approve', 'reject', 'comment'] : ['submit', 'comment'];
            else delete n.actions;
          })
        }
      />
      {!custom ? (
        <p className="dk-hint">{t('inspector.actionsDefault')}</p>
      ) : (
        <fieldset className="dk-checkgrid">
          <legend className="dk-sr-only">{t('inspector.actions')}</legend>
          {ACTION_NAMES.map((a) => (
            <CheckField
              key={a}
              label={a}
              checked={node.actions?.includes(a) ?? false}
              onChange={(on) =>
                set((n) => {
                  const list = new Set<ActionName>(n.actions ?? []);
                  if (on) list.add(a);
                  else list.delete(a);
                  n.actions = ACTION_NAMES.filter((x) => list.has(x));
                })
              }
            />
          ))}
        </fieldset>
      )}
    </Section>
  );
}

/** The step's OLA: target duration, calendar, warning thresholds and the warn/breach actions. */
export function OlaEditor({ node, env }: { node: NodeDefinition; env: InspectorEnv }) {
  const { t, edit } = env;
  const ola = node.ola;
  const set = (fn: (o: OlaPolicy, n: NodeDefinition) => void, coalesce?: string) =>
    edit((d) => {
      const n = findNode(d, node.id);
      if (!n) return;
      n.ola ??= { target: 'PT8H' };
      fn(n.ola, n);
    }, coalesce);
  return (
    <Section title={t('inspector.ola')}>
      <CheckField
        label={t('inspector.olaEnabled')}
        checked={!!ola}
        onChange={(on) =>
          set((_, n) => {
            if (!on) delete n.ola;
          })
        }
      />
      {ola && (
        <>
          <DurationInput
            label={t('inspector.olaTarget')}
            value={ola.target}
            t={t}
            calendar={ola.calendar}
            calendarSpec={ola.calendar ? env.calendarSpecs?.[ola.calendar] : undefined}
            onChange={(v) => set((o) => void (o.target = v ?? ''), `${node.id}:ola.target`)}
          />
          <TextField
            label={t('inspector.calendar')}
            value={ola.calendar ?? ''}
            list={`${env.listId}-calendars`}
            onChange={(v) =>
              set((o) => void (v ? (o.calendar = v) : delete o.calendar), `${node.id}:ola.cal`)
            }
          />
          <NumberListField
            label={t('inspector.warnAt')}
            value={ola.warnAt}
            onChange={(list) =>
              set((o) => void (list ? (o.warnAt = list) : delete o.warnAt), `${node.id}:ola.warn`)
            }
          />
          <ClockActions
            value={ola}
            env={env}
            scope={`ola:${node.id}`}
            onChange={(key, next, coalesce) =>
              set((o) => {
                if (next.length) o[key] = next;
                else delete o[key];
              }, coalesce)
            }
          />
        </>
      )}
    </Section>
  );
}

function MappingTable(props: {
  title: string;
  value: Record<string, string>;
  /** Which side is the key: inputs are child → parent, outputs parent → child. */
  keyLabel: string;
  valueLabel: string;
  keyList: string;
  valueList: string;
  onChange(next: Record<string, string>): void;
  t: InspectorEnv['t'];
}) {
  const id = useId();
  const rows = Object.entries(props.value);
  const setRow = (i: number, k: string, v: string) => {
    const next = rows.map((r, j) => (j === i ? [k, v] : r));
    props.onChange(Object.fromEntries(next));
  };
  return (
    <div className="dk-mapping">
      <div className="dk-label" id={id}>
        {props.title}
      </div>
      <table className="dk-designer-table" aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col">{props.keyLabel}</th>
            <th scope="col">{props.valueLabel}</th>
            <th scope="col">
              <span className="dk-sr-only">{props.t('inspector.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([k, v], i) => (
            <tr key={i}>
              <td>
                <input
                  className="dk-input"
                  aria-label={`${props.keyLabel} ${i + 1}`}
                  list={props.keyList}
                  value={k}
                  onChange={(e) => setRow(i, e.target.value, v)}
                />
              </td>
              <td>
                <input
                  className="dk-input"
                  aria-label={`${props.valueLabel} ${i + 1}`}
                  list={props.valueList}
                  value={v}
                  onChange={(e) => setRow(i, k, e.target.value)}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="dk-btn dk-btn--ghost"
                  onClick={() => props.onChange(Object.fromEntries(rows.filter((_, j) => j !== i)))}
                >
                  {props.t('inspector.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="dk-btn dk-btn--small"
        onClick={() => {
          if (!('' in props.value)) props.onChange({ ...props.value, '': '' });
        }}
      >
        {props.t('inspector.addMapping')}
      </button>
    </div>
  );
}

/** Which workflow a sub-workflow step runs, which version, and its field mappings. */
export function SubworkflowEditor({ node, env }: { node: SubworkflowNode; env: InspectorEnv }) {
  const { t, edit, workflows = [] } = env;
  const cfg = node.subworkflow ?? { key: '' };
  const target = workflows.find((w) => w.key === cfg.key);
  const set = (fn: (c: SubworkflowNode['subworkflow']) => void, coalesce?: string) =>
    edit((d) => {
      const n = findNode(d, node.id);
      if (n?.type === 'subworkflow') {
        n.subworkflow ??= { key: '' };
        fn(n.subworkflow);
      }
    }, coalesce);
  const childList = `${env.listId}-child-${node.id}`;
  return (
    <Section title={t('inspector.subworkflow')}>
      {workflows.length > 0 ? (
        <SelectField<string>
          label={t('inspector.subworkflowKey')}
          value={cfg.key}
          options={[
            { value: '', label: t('inspector.none') },
            ...workflows.map((w) => ({ value: w.key, label: `${w.name} (${w.key})` })),
          ]}
          onChange={(v) => set((c) => void (c.key = v))}
        />
      ) : (
        <TextField
          label={t('inspector.subworkflowKey')}
          value={cfg.key}
          onChange={(v) => set((c) => void (c.key = v), `${node.id}:sub.key`)}
        />
      )}
      <SelectField<string>
        label={t('inspector.subworkflowVersion')}
        value={cfg.version === undefined ? '' : String(cfg.version)}
        options={[
          { value: '', label: t('inspector.latest') },
          ...(target?.versions ?? (cfg.version ? [cfg.version] : [])).map((v) => ({
            value: String(v),
            label: `v${v}`,
          })),
        ]}
        onChange={(v) => set((c) => void (v ? (c.version = Number(v)) : delete c.version))}
      />
      <datalist id={childList}>
        {(target?.fields ?? []).map((f) => (
          <option key={f.name} value={f.name}>
            {f.label}
          </option>
        ))}
      </datalist>
      <MappingTable
        title={t('inspector.inputs')}
        value={cfg.inputs ?? {}}
        keyLabel={t('inspector.childField')}
        valueLabel={t('inspector.parentField')}
        keyList={childList}
        valueList={`${env.listId}-fields`}
        t={t}
        onChange={(m) => set((c) => void (c.inputs = m), `${node.id}:sub.in`)}
      />
      <MappingTable
        title={t('inspector.outputs')}
        value={cfg.outputs ?? {}}
        keyLabel={t('inspector.parentField')}
        valueLabel={t('inspector.childField')}
        keyList={`${env.listId}-fields`}
        valueList={childList}
        t={t}
        onChange={(m) => set((c) => void (c.outputs = m), `${node.id}:sub.out`)}
      />
    </Section>
  );
}

/** How long a timer step waits, or which date field it waits for, and in which calendar. */
export function TimerEditor({ node, env }: { node: TimerNode; env: InspectorEnv }) {
  const { t, edit } = env;
  const cfg = node.timer ?? {};
  const set = (fn: (c: TimerNode['timer']) => void, key: string) =>
    edit((d) => {
      const n = findNode(d, node.id);
      if (n?.type === 'timer') {
        n.timer ??= {};
        fn(n.timer);
      }
    }, `${node.id}:timer.${key}`);
  return (
    <Section title={t('inspector.timer')}>
      <DurationInput
        label={t('inspector.duration')}
        value={cfg.duration ?? ''}
        t={t}
        calendar={cfg.calendar}
        calendarSpec={cfg.calendar ? env.calendarSpecs?.[cfg.calendar] : undefined}
        onChange={(v) => set((c) => void (v ? (c.duration = v) : delete c.duration), 'duration')}
      />
      <TextField
        label={t('inspector.untilField')}
        value={cfg.untilField ?? ''}
        list={`${env.listId}-fields`}
        onChange={(v) => set((c) => void (v ? (c.untilField = v) : delete c.untilField), 'until')}
      />
      <TextField
        label={t('inspector.calendar')}
        value={cfg.calendar ?? ''}
        list={`${env.listId}-calendars`}
        onChange={(v) => set((c) => void (v ? (c.calendar = v) : delete c.calendar), 'calendar')}
      />
    </Section>
  );
}
