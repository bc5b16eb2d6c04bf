import type { FieldUi, JsonSchema, LocalizedText } from '@deskkit/runtime';
import type { ReactElement } from 'react';
import { LocalizedTextInput } from '../../localized/LocalizedTextInput';
import { widgetFor } from '../../model/fieldTypes';
import { changeFieldType, setFieldLabel, setFieldUi, setRequired } from '../commands';
import { useBuilder } from '../context';
import { ConstraintsSection } from './ConstraintsSection';
import { Check, SelectRow, SPANS } from './controls';
import { DefaultInput } from './DefaultInput';
import { KeyInput } from './KeyInput';
import { OptionsSection } from './OptionsSection';
import { RulesSection } from './RulesSection';

const CHOICE_WIDGETS = new Set(['select', 'radio', 'multiselect', 'checkboxes', 'cascader']);

/** The basics of a field: label, key, type, required, help, placeholder, default and span. */
function BasicsSection({
  field,
  schema,
  ui,
  widget,
}: {
  field: string;
  schema: JsonSchema<LocalizedText>;
  ui: FieldUi<LocalizedText>;
  widget: string;
}): ReactElement {
  const { t, form, editForm, fieldTypes, locales } = useBuilder();
  const required = Array.isArray(form.schema.required) && form.schema.required.includes(field);
  return (
    <>
      <LocalizedTextInput
        label={t('builder.label')}
        value={ui.label ?? schema.title}
        locales={locales}
        onChange={(v) => editForm((f) => setFieldLabel(f, field, v), `label:${field}`)}
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
          if (next) editForm((f) => changeFieldType(f, field, next));
        }}
      />
      <Check
        label={t('builder.required')}
        checked={required}
        onChange={(v) => editForm((f) => setRequired(f, field, v))}
      />
      <LocalizedTextInput
        label={t('builder.help')}
        value={ui.help}
        locales={locales}
        multiline
        onChange={(v) => editForm((f) => setFieldUi(f, field, 'help', v), `help:${field}`)}
      />
      <LocalizedTextInput
        label={t('builder.placeholder')}
        value={ui.placeholder}
        locales={locales}
        onChange={(v) => editForm((f) => setFieldUi(f, field, 'placeholder', v), `ph:${field}`)}
      />
      <DefaultInput key={`${field}:${widget}`} field={field} schema={schema} />
    </>
  );
}

/** Every section of the selected field's properties. */
export function FieldSection({ field }: { field: string }): ReactElement {
  const { t, form, editForm } = useBuilder();
  const schema: JsonSchema<LocalizedText> = form.schema.properties?.[field] ?? {};
  const ui: FieldUi<LocalizedText> = form.ui?.fields?.[field] ?? {};
  const widget = widgetFor(schema, ui);
  return (
    <>
      <BasicsSection field={field} schema={schema} ui={ui} widget={widget} />
      <ConstraintsSection field={field} schema={schema} />
      <SelectRow
        label={t('builder.span')}
        value={ui.span ? String(ui.span) : ''}
        empty={t('builder.spanAuto')}
        options={SPANS}
        onChange={(v) =>
          editForm((f) =>
            setFieldUi(f, field, 'span', v ? (Number(v) as 1 | 2 | 3 | 4) : undefined),
          )
        }
      />
      {(CHOICE_WIDGETS.has(widget) || ui.options || ui.source) && (
        <OptionsSection field={field} ui={ui} />
      )}
      {widget === 'lookup' && <OptionsSection field={field} ui={{ ...ui, options: [] }} />}
      <RulesSection field={field} />
    </>
  );
}
