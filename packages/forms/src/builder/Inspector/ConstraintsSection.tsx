import type { JsonSchema, LocalizedText } from '@deskkit/runtime';
import type { ReactElement } from 'react';
import { useState } from 'react';
import { type SchemaProp, setSchemaProp } from '../commands';
import { useBuilder } from '../context';
import { NumberInput, Row } from './controls';

/** Limits by JSON type: minimum and maximum of a number, length and pattern of a text, items of a list. */
export function ConstraintsSection({
  field,
  schema,
}: {
  field: string;
  schema: JsonSchema<LocalizedText>;
}): ReactElement | null {
  const { t, editForm } = useBuilder();
  const [patternError, setPatternError] = useState<string | undefined>();
  const set = (prop: SchemaProp, value: unknown): void =>
    editForm((f) => setSchemaProp(f, field, prop, value), `${prop}:${field}`);
  const pair = (a: [string, SchemaProp], b: [string, SchemaProp]): ReactElement => (
    <div className="dk-inspector__pair">
      {[a, b].map(([label, prop]) => (
        <NumberInput
          key={prop}
          label={t(label)}
          value={schema[prop]}
          onChange={(v) => set(prop, v)}
        />
      ))}
    </div>
  );
  const type = schema.type;
  if (type === 'number' || type === 'integer')
    return pair(['builder.min', 'minimum'], ['builder.max', 'maximum']);
  if (type === 'array') return pair(['builder.min', 'minItems'], ['builder.max', 'maxItems']);
  if (type !== 'string') return null;
  return (
    <>
      {pair(['builder.minLength', 'minLength'], ['builder.maxLength', 'maxLength'])}
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
                setPatternError(t('builder.patternInvalid', { reason: (err as Error).message }));
              }
              set('pattern', v);
            }}
          />
        )}
      </Row>
    </>
  );
}
