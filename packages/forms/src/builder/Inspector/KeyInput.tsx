import type { ReactElement } from 'react';
import { useState } from 'react';
import { useBuilder } from '../context';
import { Row } from './controls';

/** The field's key: renamed everywhere the definition names it when the author commits it. */
export function KeyInput({ field }: { field: string }): ReactElement {
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
