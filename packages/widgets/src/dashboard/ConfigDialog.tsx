import { useI18n } from '@deskkit/forms';
import type { Issue } from '@deskkit/runtime';
import { useId, useMemo, useState } from 'react';
import type { WidgetInstance } from '../model/dashboard.types';
import type { WidgetType } from '../registry/widget.types';
import { ConfigForm } from './ConfigForm';
import { useDashboardContext } from './context';
import { Dialog } from './Dialog';
import { configValidator, localizeConfigForm } from './localizeConfig';

/** Props of {@link ConfigDialog}. */
export interface ConfigDialogProps {
  widgetId: string;
  instance: WidgetInstance;
  type: WidgetType;
  onSave(instance: WidgetInstance): void;
  onClose(): void;
  theme?: 'light' | 'dark';
}

/** Edits a library widget: its title, refresh interval and its type's configuration form. */
export function ConfigDialog({ instance, type, onSave, onClose, theme }: ConfigDialogProps) {
  const { t } = useDashboardContext();
  const title = instance.title ?? type.label(t);
  const { locale } = useI18n();
  const form = useMemo(() => localizeConfigForm(type.type, type.config, t), [type, t]);
  const [draft, setDraft] = useState<WidgetInstance>(() => ({
    ...instance,
    config: { ...type.defaultConfig, ...instance.config },
  }));
  const titleId = useId();
  const refreshId = useId();
  const formId = `dk-config-${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const [issues, setIssues] = useState<Issue[]>([]);
  // The form validates as the person types; the schema is checked once more on save, since a
  // configuration the widget cannot use must never reach the library.
  const save = (config: Record<string, unknown>) => {
    const found = configValidator(form, t, locale).validate(type.config.schema, config);
    setIssues(found);
    if (!found.length) onSave({ ...draft, config });
  };
  return (
    <Dialog
      title={t('config.title', { title })}
      onClose={onClose}
      className="dk-dialog--wide"
      footer={
        <>
          <button type="button" className="dk-button" onClick={onClose}>
            {t('config.cancel')}
          </button>
          {/* Submits the configuration form, which validates it and then calls save. */}
          <button type="submit" form={formId} className="dk-button dk-button--primary">
            {t('config.save')}
          </button>
        </>
      }
    >
      <p className="dk-dialog__note">{t('config.sharedNote')}</p>
      <div className="dk-field-row">
        <label className="dk-field" htmlFor={titleId}>
          <span className="dk-field__label">{t('config.widgetTitle')}</span>
          <input
            id={titleId}
            className="dk-input"
            value={draft.title ?? ''}
            placeholder={type.label(t)}
            onChange={(e) => setDraft({ ...draft, title: e.target.value || undefined })}
          />
        </label>
        <label className="dk-field" htmlFor={refreshId}>
          <span className="dk-field__label">{t('config.refresh')}</span>
          <input
            id={refreshId}
            className="dk-input"
            type="number"
            min={0}
            step={15}
            value={draft.refreshSeconds ?? 0}
            onChange={(e) => {
              const n = Number(e.target.value);
              setDraft({ ...draft, refreshSeconds: Number.isFinite(n) && n > 0 ? n : undefined });
            }}
          />
        </label>
      </div>
      <ConfigForm
        id={formId}
        form={form}
        value={draft.config}
        theme={theme}
        onChange={(config) => setDraft((d) => ({ ...d, config }))}
        onSubmit={save}
      />
      {issues.length > 0 && (
        <ul className="dk-dialog__issues" role="alert">
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.code}`}>{issue.message}</li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
