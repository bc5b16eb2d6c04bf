import type { FieldUi, JsonSchema } from '@deskkit/runtime';
import type { RJSFSchema, Widget } from '@rjsf/utils';
import type { ReactElement } from 'react';
import { widgetFor } from '../model/fieldTypes';
import type { DeskWidgetProps } from './base';
import { controlClass, uiProp, widgetContext } from './base';
import { Icon } from '../icons';

type Row = Record<string, unknown>;
const noop = (): void => undefined;

/**
 * Rows of sub-fields (value: an array of objects; the columns are the item schema's properties,
 * each drawn with its own widget) with add, remove and move up/down. `FieldUi.props.columns`
 * gives each column a `FieldUi`; `props.maxRows` caps the row count (or the schema's `maxItems`).
 */
export function TableWidget(props: DeskWidgetProps): ReactElement {
  const { id, value, disabled, readonly, onChange, schema, registry } = props;
  const { t, ui, labelId, describedBy, invalid } = widgetContext(props);
  const items = (schema.items ?? {}) as JsonSchema;
  const properties = items.properties ?? {};
  const keys = Object.keys(properties);
  const columnUi = uiProp<Record<string, FieldUi>>(ui, 'columns', {});
  const rows: Row[] = Array.isArray(value) ? (value as Row[]) : [];
  const locked = Boolean(disabled || readonly);
  const maxRows = uiProp<number | undefined>(
    ui,
    'maxRows',
    typeof schema.maxItems === 'number' ? schema.maxItems : undefined,
  );
  const emit = (next: Row[]): void => onChange(next.length ? next : undefined);
  const move = (from: number, to: number): void => {
    const next = [...rows];
    const [row] = next.splice(from, 1);
    if (row) next.splice(to, 0, row);
    emit(next);
  };
  const required = new Set(Array.isArray(items.required) ? items.required : []);

  return (
    <div className={controlClass('dk-table', invalid)}>
      <table aria-labelledby={labelId} aria-describedby={describedBy} id={id}>
        <thead>
          <tr>
            <th scope="col" className="dk-table__index">
              #
            </th>
            {keys.map((k) => (
              <th scope="col" key={k} id={`${id}__col_${k}`}>
                {columnUi[k]?.label ?? properties[k]?.title ?? k}
                {required.has(k) && (
                  <span className="dk-field__required" aria-hidden="true">
                    {' '}
                    *
                  </span>
                )}
              </th>
            ))}
            {!locked && (
              <th scope="col" className="dk-table__actions">
                <span className="dk-visually-hidden">{t('table.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={keys.length + 2} className="dk-muted dk-table__empty">
                {t('table.empty')}
              </td>
            </tr>
          )}
          {rows.map((row, r) => (
            <tr key={r}>
              <td className="dk-table__index">{r + 1}</td>
              {keys.map((k) => {
                const sub = properties[k] ?? {};
                const cellUi = columnUi[k] ?? {};
                const CellWidget = registry.widgets[widgetFor(sub, cellUi)] as Widget | undefined;
                const cellId = `${id}_${r}_${k}`;
                return (
                  <td key={k}>
                    {CellWidget ? (
                      <CellWidget
                        id={cellId}
                        name={cellId}
                        label={cellUi.label ?? sub.title ?? k}
                        value={row[k]}
                        schema={sub as RJSFSchema}
                        uiSchema={{}}
                        options={{
                          fieldUi: cellUi,
                          labelId: `${id}__col_${k}`,
                          cellLabelId: `${id}__col_${k}`,
                        }}
                        registry={registry}
                        disabled={disabled}
                        readonly={readonly}
                        required={required.has(k)}
                        placeholder={cellUi.placeholder}
                        onBlur={noop}
                        onFocus={noop}
                        onChange={(cell: unknown) => {
                          const next = [...rows];
                          const updated = { ...row };
                          if (cell === undefined) delete updated[k];
                          else updated[k] = cell;
                          next[r] = updated;
                          emit(next);
                        }}
                      />
                    ) : (
                      String(row[k] ?? '')
                    )}
                  </td>
                );
              })}
              {!locked && (
                <td className="dk-table__actions">
                  <button
                    type="button"
                    className="dk-icon-button"
                    aria-label={t('table.up', { row: r + 1 })}
                    disabled={r === 0}
                    onClick={() => move(r, r - 1)}
                  >
                    <Icon name="up" />
                  </button>
                  <button
                    type="button"
                    className="dk-icon-button"
                    aria-label={t('table.down', { row: r + 1 })}
                    disabled={r === rows.length - 1}
                    onClick={() => move(r, r + 1)}
                  >
                    <Icon name="down" />
                  </button>
                  <button
                    type="button"
                    className="dk-icon-button dk-icon-button--danger"
                    aria-label={t('table.remove', { row: r + 1 })}
                    onClick={() => emit(rows.filter((_, i) => i !== r))}
                  >
                    ×
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {!locked && (maxRows === undefined || rows.length < maxRows) && (
        <button
          type="button"
          className="dk-button dk-button--small"
          onClick={() => emit([...rows, {}])}
        >
          + {t('table.add')}
        </button>
      )}
    </div>
  );
}
