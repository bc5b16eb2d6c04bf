import type {
  FieldOption,
  FieldUi,
  FormDefinition,
  FormLayoutNode,
  FormRule,
  JsonSchema,
  LocalizedText,
} from '@deskkit/runtime';
import { formFieldNames } from '@deskkit/runtime';
import type { Draft } from 'immer';
import type { ReactElement, ReactNode } from 'react';
import { useId, useState } from 'react';
import { widgetFor } from '../model/fieldTypes';
import { useBuilder } from './context';
import { ExpressionInput, type FieldChoice } from '../expression/ExpressionInput';
import { containers, locate } from './layout';
import { LocalizedTextInput } from '../localized/LocalizedTextInput';

/**
 * A text the author wrote per locale, stored where the builder's types say `string`: the builder
 * edits the definition as written, whose texts may carry a variant per locale.
 */
const written = (text: LocalizedText | undefined): string => text as string;

const CHOICE_WIDGETS = new Set(['select', 'radio', 'multiselect', 'checkboxes', 'cascader']);

function Row(props: {
  label: string;
  children: (id: string) => ReactNode;
  help?: string;
  error?: string;
}): ReactElement {
  const id = useId();
  return (
    <div className="dk-inspector__row">
      <label htmlFor={id} className="dk-field__label">
        {props.label}
      </label>
      {props.children(id)}
      {props.help && <div className="dk-field__help">{props.help}</div>}
      {props.error && (
        <div className="dk-error-text" role="alert">
          {props.error}
        </div>
      )}
    </div>
  );
}

/** A choice of the inspector: a labelled `<select>`; `empty` adds a first option with value ''. */
function SelectRow(props: {
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  empty?: string;
  onChange: (value: string) => void;
}): ReactElement {
  return (
    <Row label={props.label}>
      {(id) => (
        <select
          id={id}
          className="dk-input dk-select"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        >
          {props.empty !== undefined && <option value="">{props.empty}</option>}
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Row>
  );
}

const SPANS = ['1', '2', '3', '4'].map((n) => ({ value: n, label: n }));
const asOptions = (values: readonly string[]): Array<{ value: string; label: string }> =>
  values.map((v) => ({ value: v, label: v }));

function Check(props: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}): ReactElement {
  const id = useId();
  return (
    <div className="dk-inspector__check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

type FormDraft = Draft<FormDefinition>;

function uiOf(form: FormDraft, key: string): Draft<FieldUi> {
  form.ui ??= {};
  form.ui.fields ??= {};
  return (form.ui.fields[key] ??= {});
}

function setOrDelete<T extends object>(target: T, prop: keyof T, value: unknown): void {
  if (value === undefined || value === '') delete target[prop];
  else (target as Record<keyof T, unknown>)[prop] = value;
}

function KeyInput({ field }: { field: string }): ReactElement {
  const { t, rename } = useBuilder();
  const [draft, setDraft] = useState(field);
  const [error, setError] = useState<string | undefined>();
  const [shown, setShown] = useState(field);
  if (shown !== field) {
    setShown(field);
    setDraft(field);
    setError(undefined);
  }
  const commit = (): void => {
    if (draft === field) return;
    setError(rename(field, draft));
  };
  return (
    <Row label={t('builder.key')} help={t('builder.keyHelp')} error={error}>
      {(id) => (
        <input
          id={id}
          className="dk-input dk-input--mono"
          value={draft}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            }
            if (e.key === 'Escape') setDraft(field);
          }}
        />
      )}
    </Row>
  );
}

function NumberInput(props: {
  label: string;
  value: unknown;
  onChange: (v: number | undefined) => void;
}): ReactElement {
  return (
    <Row label={props.label}>
      {(id) => (
        <input
          id={id}
          className="dk-input"
          inputMode="decimal"
          value={typeof props.value === 'number' ? String(props.value) : ''}
          onChange={(e) => {
            const n = e.target.value.trim() === '' ? undefined : Number(e.target.value);
            props.onChange(n === undefined || Number.isNaN(n) ? undefined : n);
          }}
        />
      )}
    </Row>
  );
}

function DefaultInput({ field, schema }: { field: string; schema: JsonSchema }): ReactElement {
  const { t, editForm } = useBuilder();
  const scalar = schema.type === 'string' || schema.type === 'number' || schema.type === 'integer';
  const [text, setText] = useState(() =>
    schema.default === undefined
      ? ''
      : scalar && schema.type === 'string'
        ? String(schema.default)
        : JSON.stringify(schema.default),
  );
  const [error, setError] = useState<string | undefined>();
  if (schema.type === 'boolean') {
    return (
      <Check
        label={t('builder.default')}
        checked={schema.default === true}
        onChange={(v) =>
          editForm((f) =>
            setOrDelete(
              f.schema.properties?.[field] as JsonSchema,
              'default',
              v ? true : undefined,
            ),
          )
        }
      />
    );
  }
  return (
    <Row label={t('builder.default')} error={error}>
      {(id) => (
        <input
          id={id}
          className="dk-input"
          value={text}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            const raw = e.target.value;
            setText(raw);
            let value: unknown;
            if (raw.trim() === '') value = undefined;
            else if (schema.type === 'string') value = raw;
            else {
              try {
                value = JSON.parse(raw);
              } catch (err) {
                setError(t('builder.defaultInvalid', { reason: (err as Error).message }));
                return;
              }
            }
            setError(undefined);
            editForm(
              (f) => setOrDelete(f.schema.properties?.[field] as JsonSchema, 'default', value),
              `default:${field}`,
            );
          }}
        />
      )}
    </Row>
  );
}

function OptionsEditor({ field, ui }: { field: string; ui: FieldUi }): ReactElement {
  const { t, editForm, sources, form, locales } = useBuilder();
  const options = ui.options ?? [];
  const others = formFieldNames(form.schema).filter((f) => f !== field);
  const set = (recipe: (list: FieldOption[]) => void, key?: string): void =>
    editForm((f) => {
      const u = uiOf(f, field);
      u.options ??= [];
      recipe(u.options as FieldOption[]);
    }, key);
  return (
    <fieldset className="dk-inspector__set">
      <legend>{t('builder.options')}</legend>
      {sources.length > 0 && (
        <SelectRow
          label={t('builder.optionsSource')}
          value={ui.source ?? ''}
          empty={t('builder.optionsStatic')}
          options={asOptions(sources)}
          onChange={(v) => editForm((f) => setOrDelete(uiOf(f, field), 'source', v || undefined))}
        />
      )}
      <SelectRow
        label={t('builder.dependsOn')}
        value={ui.dependsOn ?? ''}
        empty={t('builder.none')}
        options={asOptions(others)}
        onChange={(v) => editForm((f) => setOrDelete(uiOf(f, field), 'dependsOn', v || undefined))}
      />
      {!ui.source && (
        <table className="dk-options">
          <thead>
            <tr>
              <th scope="col">{t('builder.optionValue')}</th>
              <th scope="col">{t('builder.optionLabel')}</th>
              {ui.dependsOn && <th scope="col">{t('builder.optionParent')}</th>}
              <th scope="col">
                <span className="dk-visually-hidden">{t('table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {options.map((o, i) => (
              <tr key={i}>
                <td>
                  <input
                    className="dk-input"
                    aria-label={`${t('builder.optionValue')} ${i + 1}`}
                    value={String(o.value)}
                    onChange={(e) =>
                      set(
                        (l) => void ((l[i] as FieldOption).value = e.target.value),
                        `opt:${field}:${i}:v`,
                      )
                    }
                  />
                </td>
                <td>
                  <LocalizedTextInput
                    hideLabel
                    className="dk-option-label"
                    label={`${t('builder.optionLabel')} ${i + 1}`}
                    value={o.label}
                    locales={locales}
                    onChange={(v) =>
                      set(
                        (l) => void ((l[i] as FieldOption).label = written(v) ?? ''),
                        `opt:${field}:${i}:l`,
                      )
                    }
                  />
                </td>
                {ui.dependsOn && (
                  <td>
                    <input
                      className="dk-input"
                      aria-label={`${t('builder.optionParent')} ${i + 1}`}
                      value={o.parent === undefined ? '' : String(o.parent)}
                      onChange={(e) =>
                        set(
                          (l) =>
                            setOrDelete(l[i] as FieldOption, 'parent', e.target.value || undefined),
                          `opt:${field}:${i}:p`,
                        )
                      }
                    />
                  </td>
                )}
                <td>
                  <button
                    type="button"
                    className="dk-icon-button dk-icon-button--danger"
                    aria-label={t('builder.removeOption', { index: i + 1 })}
                    onClick={() => set((l) => void l.splice(i, 1))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!ui.source && (
        <button
          type="button"
          className="dk-button dk-button--small"
          onClick={() =>
            set(
              (l) =>
                void l.push({ value: `option${l.length + 1}`, label: `Option ${l.length + 1}` }),
            )
          }
        >
          + {t('builder.addOption')}
        </button>
      )}
    </fieldset>
  );
}

const RULE_PROPS = ['visible', 'required', 'readonly', 'value'] as const;

type Literal = string | number | boolean;
const isLiteral = (v: unknown): v is Literal =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** The form's fields as the condition builder offers them: typed, with their choices. */
function fieldChoices(form: FormDefinition): FieldChoice[] {
  return formFieldNames(form.schema).map((name) => {
    const schema = (form.schema.properties?.[name] ?? {}) as JsonSchema;
    const ui = form.ui?.fields?.[name];
    const label = ui?.label ?? schema.title;
    const type = typeof schema.type === 'string' ? schema.type : undefined;
    const options = ui?.options?.length
      ? ui.options.map((o) => o.value)
      : schema.enum?.filter(isLiteral);
    return {
      name,
      ...(label ? { label } : {}),
      ...(type ? { type } : {}),
      ...(options?.length ? { options } : {}),
    };
  });
}

function RulesEditor({ field }: { field: string }): ReactElement {
  const { t, form, shown, editForm } = useBuilder();
  const fields = fieldChoices(shown);
  const rules = (form.rules ?? [])
    .map((rule, index) => ({ rule, index }))
    .filter((r) => r.rule.field === field);
  return (
    <fieldset className="dk-inspector__set">
      <legend>{t('builder.rules')}</legend>
      <p className="dk-field__help">{t('builder.rulesHelp')}</p>
      {rules.map(({ rule, index }, n) => (
        <div key={index} className="dk-rule">
          {RULE_PROPS.map((p) => (
            <ExpressionInput
              key={p}
              label={t(`builder.rule.${p}`)}
              value={rule[p] ?? ''}
              fields={fields}
              t={t}
              // visible / required / readonly hold true or false: the condition builder, with
              // jsonata as the advanced mode; a computed value is any jsonata.
              condition={p !== 'value'}
              onChange={(v) =>
                editForm((f) => {
                  const r = f.rules?.[index] as Draft<FormRule> | undefined;
                  if (r) setOrDelete(r, p, v === '' ? undefined : v);
                }, `rule:${index}:${p}`)
              }
            />
          ))}
          <button
            type="button"
            className="dk-button dk-button--small dk-button--danger"
            onClick={() => editForm((f) => void f.rules?.splice(index, 1))}
          >
            {t('builder.deleteRule', { index: n + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="dk-button dk-button--small"
        onClick={() =>
          editForm((f) => {
            f.rules ??= [];
            f.rules.push({ id: `rule${f.rules.length + 1}`, field });
          })
        }
      >
        + {t('builder.addRule')}
      </button>
    </fieldset>
  );
}

function FieldInspector({ field }: { field: string }): ReactElement {
  const { t, form, editForm, fieldTypes, locales } = useBuilder();
  const schema = (form.schema.properties?.[field] ?? {}) as JsonSchema;
  const ui: FieldUi = form.ui?.fields?.[field] ?? {};
  const widget = widgetFor(schema, ui);
  const required = Array.isArray(form.schema.required) && form.schema.required.includes(field);
  const type = schema.type;
  const [patternError, setPatternError] = useState<string | undefined>();
  const prop = (recipe: (s: Draft<JsonSchema>) => void, key?: string): void =>
    editForm((f) => {
      const s = f.schema.properties?.[field];
      if (s) recipe(s as Draft<JsonSchema>);
    }, key);
  return (
    <>
      <LocalizedTextInput
        label={t('builder.label')}
        value={ui.label ?? schema.title}
        locales={locales}
        onChange={(v) =>
          editForm((f) => {
            uiOf(f, field).label = written(v) ?? '';
            const s = f.schema.properties?.[field];
            if (s) s.title = written(v) ?? '';
          }, `label:${field}`)
        }
      />
      <KeyInput field={field} />
      <SelectRow
        label={t('builder.type')}
        value={widget}
        options={fieldTypes.map((ft) => ({
          value: ft.type,
          label: t(`type.${ft.type}`, undefined, ft.label),
        }))}
        onChange={(v) => {
          const next = fieldTypes.find((ft) => ft.type === v);
          if (!next) return;
          editForm((f) => {
            const s = f.schema.properties?.[field];
            if (!s) return;
            const keep = { title: s.title, description: s.description };
            const sameType = JSON.stringify(next.schema.type) === JSON.stringify(s.type);
            f.schema.properties![field] = {
              ...structuredClone(next.schema),
              ...(keep.title ? { title: keep.title } : {}),
              ...(keep.description ? { description: keep.description } : {}),
              ...(sameType && s.default !== undefined ? { default: s.default } : {}),
            };
            const u = uiOf(f, field);
            u.widget = next.type;
            if (next.ui?.options && !u.options) u.options = structuredClone(next.ui.options);
            if (next.ui?.props) u.props = { ...structuredClone(next.ui.props), ...u.props };
          });
        }}
      />
      <Check
        label={t('builder.required')}
        checked={required}
        onChange={(v) =>
          editForm((f) => {
            const list = Array.isArray(f.schema.required)
              ? f.schema.required.filter((r) => r !== field)
              : [];
            if (v) list.push(field);
            if (list.length) f.schema.required = list;
            else delete f.schema.required;
          })
        }
      />
      <LocalizedTextInput
        label={t('builder.help')}
        value={ui.help}
        locales={locales}
        multiline
        onChange={(v) =>
          editForm((f) => setOrDelete(uiOf(f, field), 'help', v ?? ''), `help:${field}`)
        }
      />
      <LocalizedTextInput
        label={t('builder.placeholder')}
        value={ui.placeholder}
        locales={locales}
        onChange={(v) =>
          editForm((f) => setOrDelete(uiOf(f, field), 'placeholder', v ?? ''), `ph:${field}`)
        }
      />
      <DefaultInput key={`${field}:${widget}`} field={field} schema={schema} />
      {(type === 'number' || type === 'integer') && (
        <div className="dk-inspector__pair">
          <NumberInput
            label={t('builder.min')}
            value={schema.minimum}
            onChange={(v) => prop((s) => setOrDelete(s, 'minimum', v), `min:${field}`)}
          />
          <NumberInput
            label={t('builder.max')}
            value={schema.maximum}
            onChange={(v) => prop((s) => setOrDelete(s, 'maximum', v), `max:${field}`)}
          />
        </div>
      )}
      {type === 'string' && (
        <>
          <div className="dk-inspector__pair">
            <NumberInput
              label={t('builder.minLength')}
              value={schema.minLength}
              onChange={(v) => prop((s) => setOrDelete(s, 'minLength', v), `minl:${field}`)}
            />
            <NumberInput
              label={t('builder.maxLength')}
              value={schema.maxLength}
              onChange={(v) => prop((s) => setOrDelete(s, 'maxLength', v), `maxl:${field}`)}
            />
          </div>
          <Row label={t('builder.pattern')} error={patternError}>
            {(id) => (
              <input
                id={id}
                className="dk-input dk-input--mono"
                value={schema.pattern ?? ''}
                aria-invalid={patternError ? true : undefined}
                onChange={(e) => {
                  const v = e.target.value;
                  try {
                    if (v) new RegExp(v, 'u');
                    setPatternError(undefined);
                  } catch (err) {
                    setPatternError(
                      t('builder.patternInvalid', { reason: (err as Error).message }),
                    );
                  }
                  prop((s) => setOrDelete(s, 'pattern', v), `pattern:${field}`);
                }}
              />
            )}
          </Row>
        </>
      )}
      {type === 'array' && (
        <div className="dk-inspector__pair">
          <NumberInput
            label={t('builder.min')}
            value={schema.minItems}
            onChange={(v) => prop((s) => setOrDelete(s, 'minItems', v), `mini:${field}`)}
          />
          <NumberInput
            label={t('builder.max')}
            value={schema.maxItems}
            onChange={(v) => prop((s) => setOrDelete(s, 'maxItems', v), `maxi:${field}`)}
          />
        </div>
      )}
      <SelectRow
        label={t('builder.span')}
        value={ui.span ? String(ui.span) : ''}
        empty={t('builder.spanAuto')}
        options={SPANS}
        onChange={(v) =>
          editForm((f) =>
            setOrDelete(uiOf(f, field), 'span', v ? (Number(v) as 1 | 2 | 3 | 4) : undefined),
          )
        }
      />
      {(CHOICE_WIDGETS.has(widget) || ui.options || ui.source) && (
        <OptionsEditor field={field} ui={ui} />
      )}
      {widget === 'lookup' && <OptionsEditor field={field} ui={{ ...ui, options: [] }} />}
      <RulesEditor field={field} />
    </>
  );
}

function MoveTo({ id }: { id: string }): ReactElement {
  const { t, layout, move, form, text } = useBuilder();
  const here = locate(layout, id);
  const choices = containers(layout).filter(
    (c) =>
      c.id !== id && !(here && locate(layout, c.id) && id !== c.id && isInside(layout, c.id, id)),
  );
  void form;
  return (
    <SelectRow
      label={t('builder.moveTo')}
      value={here?.containerId ?? 'root'}
      options={choices.map((c) => ({
        value: c.id,
        label:
          '\u00a0\u00a0'.repeat(c.depth) + (c.id === 'root' ? t('builder.root') : text(c.title)),
      }))}
      onChange={(target) => {
        const list =
          target === 'root'
            ? layout
            : (locate(layout, target)?.node as { children?: FormLayoutNode[] } | undefined)
                ?.children;
        move(id, { containerId: target, index: list?.length ?? 0 });
      }}
    />
  );
}

function isInside(layout: FormLayoutNode[], candidate: string, id: string): boolean {
  const found = locate(layout, id);
  if (!found || !('children' in found.node)) return false;
  return locate(found.node.children, candidate) !== undefined;
}

function NodeInspector({
  node,
}: {
  node: Exclude<FormLayoutNode, { type: 'field' }>;
}): ReactElement {
  const { t, editForm, locales } = useBuilder();
  const edit = (recipe: (n: Draft<FormLayoutNode>) => void, key?: string): void =>
    editForm((f) => {
      const found = f.ui?.layout ? locate(f.ui.layout as FormLayoutNode[], node.id) : undefined;
      if (found) recipe(found.node as Draft<FormLayoutNode>);
    }, key);
  return (
    <>
      {(node.type === 'group' || node.type === 'tab') && (
        <LocalizedTextInput
          label={t('builder.titleField')}
          value={node.title}
          locales={locales}
          onChange={(v) =>
            edit((n) => void ('title' in n && (n.title = written(v) ?? '')), `title:${node.id}`)
          }
        />
      )}
      {node.type === 'group' && (
        <>
          <Check
            label={t('builder.collapsible')}
            checked={Boolean(node.collapsible)}
            onChange={(v) =>
              edit(
                (n) => void (n.type === 'group' && setOrDelete(n, 'collapsible', v || undefined)),
              )
            }
          />
          {node.collapsible && (
            <Check
              label={t('builder.collapsed')}
              checked={Boolean(node.collapsed)}
              onChange={(v) =>
                edit(
                  (n) => void (n.type === 'group' && setOrDelete(n, 'collapsed', v || undefined)),
                )
              }
            />
          )}
        </>
      )}
      {node.type === 'row' && (
        <SelectRow
          label={t('builder.columns')}
          value={String(node.columns ?? Math.max(1, Math.min(4, node.children.length)))}
          options={SPANS}
          onChange={(v) =>
            edit((n) => void (n.type === 'row' && (n.columns = Number(v) as 1 | 2 | 3 | 4)))
          }
        />
      )}
      {node.type === 'text' && (
        <LocalizedTextInput
          label={t('builder.content')}
          value={node.content}
          locales={locales}
          multiline
          onChange={(v) =>
            edit(
              (n) => void (n.type === 'text' && (n.content = written(v) ?? '')),
              `content:${node.id}`,
            )
          }
        />
      )}
    </>
  );
}

/** The properties of the selected field or layout item. */
export function Inspector(): ReactElement {
  const { t, selected, layout } = useBuilder();
  const found = selected ? locate(layout, selected) : undefined;
  return (
    <aside className="dk-inspector" aria-label={t('builder.inspector')}>
      <h2 className="dk-inspector__title">{t('builder.inspector')}</h2>
      {!found && <p className="dk-muted">{t('builder.nothingSelected')}</p>}
      {found && found.node.type === 'field' && (
        <FieldInspector key={found.node.field} field={found.node.field} />
      )}
      {found && found.node.type !== 'field' && (
        <NodeInspector key={found.node.id} node={found.node} />
      )}
      {found && <MoveTo id={selected as string} />}
    </aside>
  );
}
