import type { ReactElement } from 'react';
import { useState } from 'react';
import type { Attachment } from '../renderer/context.types';
import type { DeskWidgetProps } from './base';
import { controlClass, uiProp, widgetContext } from './base';
import { Icon } from '../icons';

function size(bytes: number | undefined): string {
  if (bytes === undefined) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Files uploaded through the host's `upload` function; the value is the list of attachments it
 * returned. `FieldUi.props.accept` limits file types, `props.multiple` (default true).
 */
export function AttachmentsWidget(props: DeskWidgetProps): ReactElement {
  const { id, value, disabled, readonly, onChange } = props;
  const { ctx, t, ui, describedBy, invalid, opts } = widgetContext(props);
  const [pending, setPending] = useState<string[]>([]);
  const [failures, setFailures] = useState<string[]>([]);
  const files: Attachment[] = Array.isArray(value) ? (value as Attachment[]) : [];
  const locked = disabled || readonly;
  const upload = ctx.upload;
  const field = opts.fieldName ?? id;

  const add = async (list: FileList | null): Promise<void> => {
    if (!list || !upload) return;
    const chosen = Array.from(list);
    setPending((p) => [...p, ...chosen.map((f) => f.name)]);
    setFailures([]);
    let current = files;
    for (const file of chosen) {
      try {
        const stored = await upload(file, { field });
        current = [...current, stored];
        onChange(current);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        setFailures((f) => [...f, t('attachments.failed', { name: file.name, reason })]);
      } finally {
        setPending((p) => p.filter((n) => n !== file.name));
      }
    }
  };

  return (
    <div className={controlClass('dk-attachments', invalid)}>
      {files.length > 0 && (
        <ul className="dk-attachments__list">
          {files.map((f) => (
            <li key={f.id} className="dk-attachments__item">
              <Icon name="file" />
              {f.url ? (
                <a href={f.url} target="_blank" rel="noreferrer">
                  {f.name}
                </a>
              ) : (
                <span>{f.name}</span>
              )}
              <span className="dk-muted">{size(f.size)}</span>
              {!locked && (
                <button
                  type="button"
                  className="dk-chip__remove"
                  aria-label={t('attachments.remove', { name: f.name })}
                  onClick={() => {
                    const next = files.filter((x) => x.id !== f.id);
                    onChange(next.length ? next : undefined);
                  }}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {locked && files.length === 0 && <span className="dk-muted">{t('attachments.none')}</span>}
      {pending.map((name) => (
        <div key={name} className="dk-muted" role="status">
          {t('attachments.uploading', { name })}
        </div>
      ))}
      {failures.map((message) => (
        <div key={message} className="dk-error-text" role="alert">
          {message}
        </div>
      ))}
      {!locked &&
        (upload ? (
          <label className="dk-button dk-attachments__add" htmlFor={id}>
            <input
              id={id}
              type="file"
              className="dk-visually-hidden"
              multiple={uiProp(ui, 'multiple', true)}
              accept={uiProp<string | undefined>(ui, 'accept', undefined)}
              aria-describedby={describedBy}
              onChange={(e) => {
                void add(e.target.files);
                e.target.value = '';
              }}
            />
            <Icon name="clip" />
            {t('attachments.add')}
          </label>
        ) : (
          <span className="dk-muted">{t('attachments.noUpload')}</span>
        ))}
    </div>
  );
}
