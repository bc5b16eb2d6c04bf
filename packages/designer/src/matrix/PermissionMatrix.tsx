import {
  type FieldPermission,
  fieldPermissionsAt,
  type FormRule,
  type WorkflowDefinition,
} from '@deskkit/runtime';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useText, type FieldChoice } from '@deskkit/forms';
import type { Translator } from '../i18n/messages';
import { type Recipe, setFieldPermission, STEP_TYPES } from '../model/edits';

const PERMS: FieldPermission[] = ['hidden', 'read', 'edit', 'required'];

export interface PermissionMatrixProps {
  def: WorkflowDefinition;
  fields: readonly FieldChoice[];
  edit(recipe: Recipe): void;
  t: Translator;
  /** A cell to focus and scroll into view (an issue about a field at a step was clicked). */
  reveal?: { nodeId: string; field: string } | null;
}

function PermSelect(props: {
  label: string;
  value: FieldPermission | '';
  onChange(v: FieldPermission): void;
  t: Translator;
  mixed?: boolean;
  cell?: string;
}) {
  return (
    <select
      data-cell={props.cell}
      className={`dk-perm dk-perm--${props.value || 'mixed'}`}
      aria-label={props.label}
      value={props.value}
      onChange={(e) => e.target.value && props.onChange(e.target.value as FieldPermission)}
    >
      {props.value === '' && <option value="">{props.t('matrix.mixed')}</option>}
      {PERMS.map((p) => (
        <option key={p} value={p}>
          {props.t(`perm.${p}`)}
        </option>
      ))}
    </select>
  );
}

function ruleTexts(rules: readonly FormRule[], field: string, t: Translator): string[] {
  const out: string[] = [];
  for (const r of rules) {
    if (r.field !== field) continue;
    if (r.visible) out.push(t('matrix.rule.visible', { expr: r.visible }));
    if (r.required) out.push(t('matrix.rule.required', { expr: r.required }));
    if (r.readonly) out.push(t('matrix.rule.readonly', { expr: r.readonly }));
    if (r.value) out.push(t('matrix.rule.value', { expr: r.value }));
  }
  return out;
}

function common(values: FieldPermission[]): FieldPermission | '' {
  return values.length > 0 && values.every((v) => v === values[0]) ? values[0]! : '';
}

/**
 * Fields × steps: what each field is (hidden, read, edit, required) at each step a person works.
 * Set a cell, a whole row (one field everywhere) or a whole column (every field at one step); the
 * form's dynamic rules are listed next to each field because they apply on top of these.
 */
export const PermissionMatrix = memo(function PermissionMatrix({
  def,
  fields,
  edit,
  t,
  reveal,
}: PermissionMatrixProps) {
  const root = useRef<HTMLDivElement>(null);
  const text = useText(def.locales);
  useEffect(() => {
    if (!reveal) return;
    const cell = [...(root.current?.querySelectorAll<HTMLElement>('[data-cell]') ?? [])].find(
      (el) => el.dataset.cell === `${reveal.nodeId}\u0000${reveal.field}`,
    );
    cell?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    cell?.focus();
  }, [reveal]);
  const steps = useMemo(() => def.nodes.filter((n) => STEP_TYPES.has(n.type)), [def.nodes]);
  // Effective permissions as the runtime computes them (defaults included), per step.
  const grid = useMemo(() => {
    const m = new Map<string, Record<string, FieldPermission>>();
    for (const s of steps) m.set(s.id, fieldPermissionsAt(def, s.id));
    return m;
  }, [def, steps]);
  const at = (stepId: string, field: string): FieldPermission =>
    grid.get(stepId)?.[field] ?? 'read';
  if (fields.length === 0) return <p className="dk-empty">{t('matrix.noFields')}</p>;
  if (steps.length === 0) return <p className="dk-empty">{t('matrix.noSteps')}</p>;
  const setMany = (cells: Array<[string, string]>, p: FieldPermission) =>
    edit((d) => {
      for (const [stepId, field] of cells) setFieldPermission(d, stepId, field, p);
    });
  return (
    <div className="dk-matrix" ref={root}>
      <table className="dk-matrix__table">
        <caption>{t('matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matrix.field')}</th>
            <th scope="col">{t('matrix.rules')}</th>
            {steps.map((s) => {
              const name = text(s.name) || s.id;
              return (
                <th scope="col" key={s.id} className={`dk-matrix__step dk-matrix__step--${s.type}`}>
                  <div className="dk-matrix__stepname">{name}</div>
                  <PermSelect
                    t={t}
                    label={t('matrix.setColumn', { step: name })}
                    value={common(fields.map((f) => at(s.id, f.name)))}
                    onChange={(p) =>
                      setMany(
                        fields.map((f) => [s.id, f.name]),
                        p,
                      )
                    }
                  />
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => {
            const label = f.label || f.name;
            const rules = ruleTexts(def.form.rules ?? [], f.name, t);
            return (
              <tr key={f.name}>
                <th scope="row">
                  <div className="dk-matrix__field">
                    <span>{label}</span>
                    <code>{f.name}</code>
                  </div>
                  <PermSelect
                    t={t}
                    label={t('matrix.setRow', { field: label })}
                    value={common(steps.map((s) => at(s.id, f.name)))}
                    onChange={(p) =>
                      setMany(
                        steps.map((s) => [s.id, f.name]),
                        p,
                      )
                    }
                  />
                </th>
                <td className="dk-matrix__rules">
                  {rules.map((r, i) => (
                    <div key={i} className="dk-rule">
                      {r}
                    </div>
                  ))}
                </td>
                {steps.map((s) => (
                  <td key={s.id}>
                    <PermSelect
                      t={t}
                      label={t('matrix.cell', { field: label, step: text(s.name) || s.id })}
                      value={at(s.id, f.name)}
                      cell={`${s.id}\u0000${f.name}`}
                      onChange={(p) => setMany([[s.id, f.name]], p)}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
