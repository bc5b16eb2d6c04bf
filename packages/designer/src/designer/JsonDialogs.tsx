import type { WorkflowDefinition } from '@deskkit/runtime';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { Translator } from '../i18n/messages';
import { DefinitionImportError, parseDefinitionJson } from '../model/importJson';

function Modal(props: { title: string; onClose(): void; children: ReactNode }) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const { onClose } = props;
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('textarea, input, button');
    first?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onClose();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="dk-modal__backdrop">
      <div ref={ref} className="dk-modal" role="dialog" aria-modal="true" aria-labelledby={id}>
        <h2 id={id} className="dk-modal__title">
          {props.title}
        </h2>
        {props.children}
      </div>
    </div>
  );
}

/** Paste or load JSON; bad input shows what and where, and the current definition stays. */
export function ImportDialog(props: {
  t: Translator;
  onImport(def: WorkflowDefinition): void;
  onClose(): void;
}) {
  const { t } = props;
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<DefinitionImportError | null>(null);
  const apply = (source: string) => {
    try {
      props.onImport(parseDefinitionJson(source, t));
    } catch (e) {
      if (e instanceof DefinitionImportError) setError(e);
      else throw e;
    }
  };
  return (
    <Modal title={t('import.title')} onClose={props.onClose}>
      <label className="dk-label" htmlFor={id}>
        {t('import.label')}
      </label>
      <textarea
        id={id}
        className="dk-input dk-input--code dk-textarea dk-textarea--tall"
        value={text}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
      />
      <label className="dk-label">
        {t('import.file')}{' '}
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void file.text().then((s) => (setText(s), apply(s)));
          }}
        />
      </label>
      {error && (
        <div id={`${id}-error`} className="dk-error-box" role="alert">
          <strong>{error.message}</strong>
          {error.path && <code>{error.path}</code>}
          <div>{t('import.kept')}</div>
        </div>
      )}
      <div className="dk-modal__actions">
        <button type="button" className="dk-btn" onClick={props.onClose}>
          {t('import.cancel')}
        </button>
        <button type="button" className="dk-btn dk-btn--primary" onClick={() => apply(text)}>
          {t('import.apply')}
        </button>
      </div>
    </Modal>
  );
}

/** Shows the definition as JSON to copy or download. */
export function ExportDialog(props: { t: Translator; value: WorkflowDefinition; onClose(): void }) {
  const { t, value } = props;
  const id = useId();
  const json = JSON.stringify(value, null, 2);
  const download = () => {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${value.key || 'workflow'}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Modal title={t('export.title')} onClose={props.onClose}>
      <label className="dk-sr-only" htmlFor={id}>
        {t('export.title')}
      </label>
      <textarea
        id={id}
        className="dk-input dk-input--code dk-textarea dk-textarea--tall"
        readOnly
        value={json}
      />
      <div className="dk-modal__actions">
        <button
          type="button"
          className="dk-btn"
          onClick={() => void navigator.clipboard?.writeText(json)}
        >
          {t('export.copy')}
        </button>
        <button type="button" className="dk-btn" onClick={download}>
          {t('export.download')}
        </button>
        <button type="button" className="dk-btn dk-btn--primary" onClick={props.onClose}>
          {t('export.close')}
        </button>
      </div>
    </Modal>
  );
}
