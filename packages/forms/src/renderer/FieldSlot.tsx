import type { ErrorSchema, Field, FieldPathList, Registry, UiSchema } from '@rjsf/utils';
import type { ReactElement } from 'react';
import { memo, useCallback, useMemo, useSyncExternalStore } from 'react';
import type { FieldModel } from './model';
import type { FieldSnapshot, FormStore } from './store';

/** Props of {@link FieldSlot}. */
export interface FieldSlotProps {
  model: FieldModel;
  store: FormStore;
  registry: Registry;
  readOnly: boolean;
  columns: number;
  onFieldChange: (name: string, value: unknown, path: FieldPathList) => void;
}

const noop = (): void => undefined;

/**
 * One field as its own rjsf subtree: it subscribes to its own slice of the store (and to the field
 * it depends on), so typing in one field re-renders that field only — not the whole form as a
 * single rjsf `Form` does.
 */
export const FieldSlot = memo(function FieldSlot(props: FieldSlotProps): ReactElement | null {
  const { model, store, registry, readOnly, onFieldChange, columns } = props;
  const { name, dependsOn } = model;
  // One subscription per field: its own value, state and errors, plus the value it depends on.
  const [subscribe, getSnapshot] = useMemo(() => {
    let held: { own: FieldSnapshot; parentValue: unknown } | undefined;
    return [
      (listener: () => void) => {
        const off = store.subscribeKey(name, listener);
        const offParent = dependsOn ? store.subscribeKey(dependsOn, listener) : noop;
        return () => {
          off();
          offParent();
        };
      },
      () => {
        const own = store.getSnapshot(name);
        const parentValue = dependsOn ? store.getValue(dependsOn) : undefined;
        if (held?.own !== own || !Object.is(held.parentValue, parentValue)) {
          held = { own, parentValue };
        }
        return held;
      },
    ] as const;
  }, [store, name, dependsOn]);
  const {
    own: { value, state, errors },
    parentValue,
  } = useSyncExternalStore(subscribe, getSnapshot, getSnapshot); // the same on a server
  const uiSchema = useMemo(() => {
    if (!dependsOn) return model.uiSchema;
    const options = model.uiSchema['ui:options'] ?? {};
    return {
      ...model.uiSchema,
      'ui:options': { ...options, parentValue: parentValue as string | number | boolean | null },
    } as UiSchema;
  }, [model, dependsOn, parentValue]);
  const errorSchema = useMemo(
    () => (errors.length > 0 ? ({ __errors: [...errors] } as ErrorSchema) : undefined),
    [errors],
  );
  const fieldPathId = useMemo(
    () => ({ $id: `${registry.globalFormOptions.idPrefix}_${name}`, path: [name] }),
    [registry, name],
  );
  const onChange = useCallback(
    (next: unknown, path: FieldPathList) => onFieldChange(name, next, path),
    [onFieldChange, name],
  );
  if (!state.visible) return null;
  const SchemaField = registry.fields.SchemaField as Field;
  // `columns` is 0 outside rows: the field takes the full width unless it sets a span.
  const inRow = columns > 0;
  const span = Math.min(model.span ?? (inRow ? 1 : 4), inRow ? columns : 4);
  return (
    <div className={`dk-cell dk-span-${span}`}>
      <SchemaField
        name={name}
        schema={model.schema}
        uiSchema={uiSchema}
        fieldPathId={fieldPathId}
        formData={value}
        errorSchema={errorSchema}
        required={state.required}
        readonly={readOnly || state.readonly}
        registry={registry}
        onChange={onChange}
        onBlur={noop}
        onFocus={noop}
      />
    </div>
  );
});
