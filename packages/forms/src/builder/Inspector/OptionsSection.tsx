import type { FieldUi, LocalizedText } from '@deskkit/runtime';
import { formFieldNames } from '@deskkit/runtime';
import type { ReactElement } from 'react';
import { LocalizedTextInput } from '../../localized/LocalizedTextInput';
import { addOption, removeOption, setFieldUi, setOption } from '../commands';
import { useBuilder } from '../context';
import { asOptions, SelectRow } from './controls';

/** A choice field's options: a host data source, or a static list (with parents for cascades). */
export function OptionsSection({
  field,
  ui,
}: {
  field: string;
  ui: FieldUi<LocalizedText>;
}): ReactElement {
  const { t, editForm, sources, form, locales } = useBuilder();
  const options = ui.options ?? [];
  const others = formFieldNames(form.schema).filter((f) => f !== field);
  return (
    <fieldset className="dk-inspector__set">
      <legend>{t('builder.options')}</legend>
      {sources.length > 0 && (
        <SelectRow
          label={t('builder.optionsSource')}
          value={ui.source ?? ''}
          empty={t('builder.optionsStatic')}
          options={asOptions(sources)}
          onChange={(v) => editForm((f) => setFieldUi(f, field, 'source', v || undefined))}
        />
      )}
      <SelectRow
        label={t('builder.dependsOn')}
        value={ui.dependsOn ?? ''}
        empty={t('builder.none')}
        options={asOptions(others)}
        onChange={(v) => editForm((f) => setFieldUi(f, field, 'dependsOn', v || undefined))}
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
                      editForm(
                        (f) => setOption(f, field, i, { value: e.target.value }),
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
                    onChange={(label) =>
                      editForm((f) => setOption(f, field, i, { label }), `opt:${field}:${i}:l`)
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
                        editForm(
                          (f) => setOption(f, field, i, { parent: e.target.value || undefined }),
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
                    onClick={() => editForm((f) => removeOption(f, field, i))}
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
          onClick={() => editForm((f) => addOption(f, field))}
        >
          + {t('builder.addOption')}
        </button>
      )}
    </fieldset>
  );
}
