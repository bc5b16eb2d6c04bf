import { useId } from 'react';
import type { WidgetLibrary } from '../model/dashboard.types';
import type { WidgetRegistry } from '../registry/registry';
import { useDashboardContext } from './context';
import { Dialog } from './Dialog';

/** Props of {@link AddWidgetDialog}. */
export interface AddWidgetDialogProps {
  registry: WidgetRegistry;
  library: WidgetLibrary;
  /** Library ids already on the dashboard. */
  placed: Set<string>;
  onAdd(choice: { libraryId: string } | { type: string }): void;
  onClose(): void;
}

/** Picks a new widget of a registered type, or a configured widget from the component library. */
export function AddWidgetDialog({
  registry,
  library,
  placed,
  onAdd,
  onClose,
}: AddWidgetDialogProps) {
  const { t } = useDashboardContext();
  const idPrefix = `dk-add${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const available = Object.entries(library).filter(([id]) => !placed.has(id));
  return (
    <Dialog
      title={t('dashboard.addTitle')}
      onClose={onClose}
      className="dk-dialog--wide"
      footer={
        <button type="button" className="dk-button" onClick={onClose}>
          {t('config.cancel')}
        </button>
      }
    >
      <h3 className="dk-dialog__section">{t('dashboard.addNew')}</h3>
      <ul className="dk-picker">
        {registry.list().map((type) => (
          <li key={type.type}>
            <button
              type="button"
              className="dk-picker__item"
              aria-label={type.label(t)}
              aria-describedby={type.description ? `${idPrefix}-${type.type}` : undefined}
              onClick={() => onAdd({ type: type.type })}
            >
              <span className="dk-picker__name">{type.label(t)}</span>
              {type.description && (
                <span className="dk-picker__description" id={`${idPrefix}-${type.type}`}>
                  {type.description(t)}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      <h3 className="dk-dialog__section">{t('dashboard.addFromLibrary')}</h3>
      {available.length === 0 ? (
        <p className="dk-state dk-state--empty">{t('dashboard.libraryEmpty')}</p>
      ) : (
        <ul className="dk-picker">
          {available.map(([id, inst]) => (
            <li key={id}>
              <button
                type="button"
                className="dk-picker__item"
                onClick={() => onAdd({ libraryId: id })}
              >
                <span className="dk-picker__name">
                  {inst.title ?? registry.get(inst.type)?.label(t) ?? id}
                </span>
                <span className="dk-picker__description">
                  {registry.get(inst.type)?.label(t) ?? inst.type}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
