import { useId, useState } from 'react';
import type { WidgetInstance } from '../model/dashboard.types';
import type { WidgetType } from '../registry/widget.types';
import { ConfigForm } from './ConfigForm';
import { useDashboardContext } from './context';
import { Dialog } from './Dialog';

/** Props of {@link ConfigDialog}. */
export interface ConfigDialogProps {
  widgetId: string;
  instance: WidgetInstance;
  type: WidgetType;
  onSave(instance: WidgetInstance): void;
  onClose(): void;
}

/** Edits a library widget: its title, refresh interval and its type's configuration form. */
export function ConfigDialog({ instance, type, onSave, onClose }: ConfigDialogProps) {
  const { t } = useDashboardContext();
  const title = instance.title ?? type.label(t);
  const [draft, setDraft] = useState<WidgetInstance>(() => ({
    ...instance,
    config: { ...type.defaultConfig, ...instance.config },
  }));
  const titleId = useId();
  const refreshId = useId();
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
          <button
            type="button"
            className="dk-button dk-button--primary"
            onClick={() => onSave(draft)}
          >
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
        form={type.config}
        value={draft.config}
        onChange={(config) => setDraft((d) => ({ ...d, config }))}
      />
    </Dialog>
  );
}
