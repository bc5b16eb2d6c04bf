import type { FieldOption, FieldUi, JsonSchema } from '@deskkit/runtime';
import type { WidgetProps } from '@rjsf/utils';
import { errorId, helpId } from '@rjsf/utils';
import { useEffect, useState } from 'react';
import { createTranslator } from '../i18n/translator';
import type { TranslateFn } from '../i18n/messages';
import type { DataItem, DeskWidgetOptions, FormContext } from '../renderer/context.types';

/** The props every Deskkit widget receives: rjsf's `WidgetProps`. */
export type DeskWidgetProps = WidgetProps;

const fallbackT = createTranslator();

/** The form context, translation function and Deskkit options of a widget. */
export function widgetContext(props: DeskWidgetProps): {
  ctx: FormContext;
  t: TranslateFn;
  ui: FieldUi;
  opts: DeskWidgetOptions;
  /** The ids of the field's error messages and help text, of those on the page; unset when neither is. */
  describedBy: string | undefined;
  invalid: boolean;
  labelId: string;
  locked: boolean;
} {
  const ctx = (props.registry.formContext ?? {}) as Partial<FormContext>;
  const opts = props.options as DeskWidgetOptions;
  const invalid = Boolean(props.rawErrors && props.rawErrors.length > 0);
  // The error and help elements are drawn only when there is something in them (see templates.tsx).
  const described = [
    invalid ? errorId(props.id) : '',
    props.uiSchema?.['ui:help'] ? helpId(props.id) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    ctx: { t: fallbackT, ...ctx },
    t: ctx.t ?? fallbackT,
    ui: opts.fieldUi ?? {},
    opts,
    describedBy: described || undefined,
    invalid,
    labelId: opts.labelId ?? `${props.id}__label`,
    locked: Boolean(props.disabled || props.readonly),
  };
}

/** A widget prop value of the field's own props (`FieldUi.props[name]`). */
export function uiProp<T>(ui: FieldUi, name: string, fallback: T): T {
  const value = ui.props?.[name];
  return value === undefined ? fallback : (value as T);
}

/** Static options: `FieldUi.options`, else the schema's `enum`/`oneOf` (of the items for arrays). */
export function staticOptions(schema: JsonSchema, ui: FieldUi): FieldOption[] {
  if (ui.options && ui.options.length > 0) return ui.options;
  const source = schema.type === 'array' && schema.items ? schema.items : schema;
  if (Array.isArray(source.enum)) {
    return source.enum.map((value) => ({
      value: value as FieldOption['value'],
      label: String(value),
    }));
  }
  const list = source.oneOf ?? source.anyOf;
  if (Array.isArray(list)) {
    return list
      .filter((s) => s && 'const' in s)
      .map((s) => ({
        value: s.const as FieldOption['value'],
        label: s.title ?? String(s.const),
      }));
  }
  return [];
}

/**
 * The options of a choice widget: static ones, or loaded from the host data source named by
 * `FieldUi.source`; filtered by the parent value when the field `dependsOn` another.
 */
export function useOptions(props: DeskWidgetProps): {
  options: FieldOption[];
  loading: boolean;
  waitingForParent: boolean;
} {
  const { ctx, ui, opts } = widgetContext(props);
  const source = ui.source ? ctx.dataSources?.[ui.source] : undefined;
  const [loaded, setLoaded] = useState<{ source: unknown; items: FieldOption[] } | undefined>();
  useEffect(() => {
    if (!source) return;
    let live = true;
    Promise.resolve(source.search('', 0)).then(
      (page) => {
        if (live) setLoaded({ source, items: page.items.map(toOption) });
      },
      () => {
        if (live) setLoaded({ source, items: [] });
      },
    );
    return () => {
      live = false;
    };
  }, [source]);
  let options = source
    ? loaded?.source === source
      ? loaded.items
      : []
    : staticOptions(props.schema as JsonSchema, ui);
  const waitingForParent = Boolean(ui.dependsOn) && isBlank(opts.parentValue);
  if (ui.dependsOn) {
    options = waitingForParent
      ? []
      : options.filter((o) => o.parent === undefined || o.parent === opts.parentValue);
  }
  return { options, loading: Boolean(source) && loaded?.source !== source, waitingForParent };
}

function toOption(item: DataItem): FieldOption {
  return {
    value: item.value,
    label: item.label,
    ...(item.parent !== undefined ? { parent: item.parent } : {}),
  };
}

/** `undefined`, `null` and blank text count as empty. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** The classes of a widget's control, with the error state. */
export function controlClass(base: string, invalid: boolean): string {
  return invalid ? `${base} dk-control--invalid` : base;
}
