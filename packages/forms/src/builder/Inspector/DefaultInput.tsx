import type { JsonSchema, LocalizedText } from '@deskkit/runtime';
import type { ReactElement } from 'react';
import { useState } from 'react';
import { setSchemaProp } from '../commands';
import { useBuilder } from '../context';
import { Check, Row } from './controls';

/** The field's default value: a check box for a yes/no field, text (JSON for non-strings) else. */
export function DefaultInput({
  field,
  schema,
}: {
  field: string;
  schema: JsonSchema<LocalizedText>;
}): ReactElement {
  const { t, editForm } = useBuilder();
  const [text, setText] = useState(() =>
    schema.default === undefined
      ? ''
      : schema.type === 'string'
        ? String(schema.default)
        : JSON.stringify(schema.default),
  );
  const [error, setError] = useState<string | undefined>();
  if (schema.type === 'boolean') {
    return (
      <Check
        label={t('builder.default')}
        checked={schema.default === true}
        onChange={(v) => editForm((f) => setSchemaProp(f, field, 'default', v ? true : undefined))}
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
            editForm((f) => setSchemaProp(f, field, 'default', value), `default:${field}`);
          }}
        />
      )}
    </Row>
  );
}
