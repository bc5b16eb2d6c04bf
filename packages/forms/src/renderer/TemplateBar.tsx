import type { FormTemplate } from '@deskkit/runtime';
import type { ReactElement } from 'react';
import { useId, useState } from 'react';
import type { TranslateFn } from '../i18n/messages';

/** Props of {@link TemplateBar}. */
export interface TemplateBarProps {
  templates: FormTemplate[];
  t: TranslateFn;
  onApply: (template: FormTemplate) => void;
  onSave?: (name: string) => void | Promise<void>;
  onDelete?: (template: FormTemplate) => void | Promise<void>;
}

/** Choose a template to pre-fill the form; save the current values as one; delete one. */
export function TemplateBar(props: TemplateBarProps): ReactElement {
  const { templates, t, onApply, onSave, onDelete } = props;
  const [chosen, setChosen] = useState('');
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [managing, setManaging] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const selectId = useId();
  const nameId = useId();
  const template = templates.find((x) => x.id === chosen);

  return (
    <div className="dk-templates">
      <div className="dk-templates__bar">
        {templates.length > 0 && (
          <>
            <label htmlFor={selectId} className="dk-templates__label">
              {t('templates.label')}
            </label>
            <select
              id={selectId}
              className="dk-input dk-select dk-templates__select"
              value={chosen}
              onChange={(e) => setChosen(e.target.value)}
            >
              <option value="">{t('templates.choose')}</option>
              {templates.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="dk-button"
              disabled={!template}
              onClick={() => {
                if (!template) return;
                onApply(template);
                setStatus(t('templates.applied', { name: template.name }));
              }}
            >
              {t('templates.apply')}
            </button>
          </>
        )}
        <span className="dk-templates__spacer" />
        {onSave && !saving && (
          <button
            type="button"
            className="dk-button dk-button--ghost"
            onClick={() => {
              setSaving(true);
              setProblem('');
            }}
          >
            {t('templates.save')}
          </button>
        )}
        {onDelete && templates.length > 0 && (
          <button
            type="button"
            className="dk-button dk-button--ghost"
            aria-expanded={managing}
            onClick={() => setManaging((m) => !m)}
          >
            {t('templates.manage')}
          </button>
        )}
      </div>
      {saving && onSave && (
        <div className="dk-templates__save">
          <label htmlFor={nameId}>{t('templates.name')}</label>
          <input
            id={nameId}
            className="dk-input"
            value={name}
            // The field appears because the person just asked to name a template.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            aria-invalid={problem ? true : undefined}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setSaving(false);
            }}
          />
          <button
            type="button"
            className="dk-button dk-button--primary"
            onClick={async () => {
              const trimmed = name.trim();
              if (!trimmed) return setProblem(t('templates.nameRequired'));
              await onSave(trimmed);
              setStatus(t('templates.saved', { name: trimmed }));
              setName('');
              setSaving(false);
            }}
          >
            {t('templates.saveConfirm')}
          </button>
          <button
            type="button"
            className="dk-button dk-button--ghost"
            onClick={() => setSaving(false)}
          >
            {t('templates.cancel')}
          </button>
          {problem && (
            <span className="dk-error-text" role="alert">
              {problem}
            </span>
          )}
        </div>
      )}
      {managing && onDelete && (
        <ul className="dk-templates__list">
          {templates.length === 0 && <li className="dk-muted">{t('templates.none')}</li>}
          {templates.map((x) => (
            <li key={x.id}>
              <span>{x.name}</span>
              {x.description && <span className="dk-muted"> — {x.description}</span>}
              <button
                type="button"
                className="dk-icon-button dk-icon-button--danger"
                aria-label={t('templates.delete', { name: x.name })}
                onClick={async () => {
                  await onDelete(x);
                  if (chosen === x.id) setChosen('');
                  setStatus(t('templates.deleted', { name: x.name }));
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dk-visually-hidden" role="status" aria-live="polite">
        {status}
      </div>
    </div>
  );
}
