import { DurationInput } from '../duration/DurationInput';
import {
  ACTION_NAMES,
  type NodeDefinition,
  type SubworkflowNode,
  type TimerNode,
} from '@deskkit/runtime';
import { useId } from 'react';
import {
  setActionAllowed,
  setCustomActions,
  setOlaEnabled,
  setOlaProp,
  setSubworkflowProp,
  setTimerProp,
} from '../model/stepEdits';
import { addMappingRow, removeMappingRow, setMappingRow } from '../model/mappingEdits';
import { ClockActions } from './ClockActions';
import { CheckField, NumberListField, SelectField, Section, TextField } from './controls';
import type { InspectorEnv } from './inspector.types';

/** Allowed actions at a step: node-type defaults, or an explicit list of checkboxes. */
export function ActionsEditor({ node, env }: { node: NodeDefinition; env: InspectorEnv }) {
  const { t, edit } = env;
  const custom = node.actions !== undefined;
  return (
    <Section title={t('inspector.actions')}>
      <CheckField
        label={t('inspector.actionsCustom')}
        checked={custom}
        onChange={(on) => edit((d) => setCustomActions(d, node.id, on))}
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
              onChange={(on) => edit((d) => setActionAllowed(d, node.id, a, on))}
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
  return (
    <Section title={t('inspector.ola')}>
      <CheckField
        label={t('inspector.olaEnabled')}
        checked={!!ola}
        onChange={(on) => edit((d) => setOlaEnabled(d, node.id, on))}
      />
      {ola && (
        <>
          <DurationInput
            label={t('inspector.olaTarget')}
            value={ola.target}
            t={t}
            calendar={ola.calendar}
            calendarSpec={ola.calendar ? env.calendarSpecs?.[ola.calendar] : undefined}
            onChange={(v) =>
              edit((d) => setOlaProp(d, node.id, 'target', v), `${node.id}:ola.target`)
            }
          />
          <TextField
            label={t('inspector.calendar')}
            value={ola.calendar ?? ''}
            list={`${env.listId}-calendars`}
            onChange={(v) =>
              edit((d) => setOlaProp(d, node.id, 'calendar', v), `${node.id}:ola.cal`)
            }
          />
          <NumberListField
            label={t('inspector.warnAt')}
            value={ola.warnAt}
            onChange={(list) =>
              edit((d) => setOlaProp(d, node.id, 'warnAt', list), `${node.id}:ola.warn`)
            }
          />
          <ClockActions
            value={ola}
            env={env}
            scope={`ola:${node.id}`}
            onChange={(key, next, coalesce) =>
              edit((d) => setOlaProp(d, node.id, key, next), coalesce)
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
  const setRow = (i: number, k: string, v: string) =>
    props.onChange(setMappingRow(props.value, i, k, v));
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
                  onClick={() => props.onChange(removeMappingRow(props.value, i))}
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
          const next = addMappingRow(props.value);
          if (next) props.onChange(next);
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
          onChange={(v) => edit((d) => setSubworkflowProp(d, node.id, 'key', v))}
        />
      ) : (
        <TextField
          label={t('inspector.subworkflowKey')}
          value={cfg.key}
          onChange={(v) =>
            edit((d) => setSubworkflowProp(d, node.id, 'key', v), `${node.id}:sub.key`)
          }
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
        onChange={(v) =>
          edit((d) => setSubworkflowProp(d, node.id, 'version', v ? Number(v) : undefined))
        }
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
        onChange={(m) =>
          edit((d) => setSubworkflowProp(d, node.id, 'inputs', m), `${node.id}:sub.in`)
        }
      />
      <MappingTable
        title={t('inspector.outputs')}
        value={cfg.outputs ?? {}}
        keyLabel={t('inspector.parentField')}
        valueLabel={t('inspector.childField')}
        keyList={`${env.listId}-fields`}
        valueList={childList}
        t={t}
        onChange={(m) =>
          edit((d) => setSubworkflowProp(d, node.id, 'outputs', m), `${node.id}:sub.out`)
        }
      />
    </Section>
  );
}

/** How long a timer step waits, or which date field it waits for, and in which calendar. */
export function TimerEditor({ node, env }: { node: TimerNode; env: InspectorEnv }) {
  const { t, edit } = env;
  const cfg = node.timer ?? {};
  const set = <K extends 'duration' | 'untilField' | 'calendar'>(
    prop: K,
    value: string,
    key: string,
  ) => edit((d) => setTimerProp(d, node.id, prop, value), `${node.id}:timer.${key}`);
  return (
    <Section title={t('inspector.timer')}>
      <DurationInput
        label={t('inspector.duration')}
        value={cfg.duration ?? ''}
        t={t}
        calendar={cfg.calendar}
        calendarSpec={cfg.calendar ? env.calendarSpecs?.[cfg.calendar] : undefined}
        onChange={(v) => set('duration', v ?? '', 'duration')}
      />
      <TextField
        label={t('inspector.untilField')}
        value={cfg.untilField ?? ''}
        list={`${env.listId}-fields`}
        onChange={(v) => set('untilField', v, 'until')}
      />
      <TextField
        label={t('inspector.calendar')}
        value={cfg.calendar ?? ''}
        list={`${env.listId}-calendars`}
        onChange={(v) => set('calendar', v, 'calendar')}
      />
    </Section>
  );
}
