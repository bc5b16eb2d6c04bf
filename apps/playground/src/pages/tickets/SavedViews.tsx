import type { ListView, ListViewInput } from '@deskkit/runtime';
import { useState } from 'react';
import { t } from '../../i18n';
import { ReasonDialog } from '../ticket/ReasonDialog';

/**
 * The user's saved list views: pick one to apply its filters, sort and columns; save the list as
 * it is now (replacing the view in use when the name is kept); delete the view in use.
 */
export function SavedViews(props: {
  views: readonly ListView[];
  /** The view in use, if any. */
  current: string;
  /** The list as it is now, to save. */
  snapshot: Omit<ListViewInput, 'id' | 'name'>;
  busy?: boolean;
  onApply(view: ListView | null): void;
  onSave(view: ListViewInput): void;
  onDelete(id: string): void;
}) {
  const [naming, setNaming] = useState(false);
  const current = props.views.find((v) => v.id === props.current);
  return (
    <div className="pg-views" role="group" aria-label={t('Saved views')}>
      <select
        className="pg-input"
        aria-label={t('Saved view')}
        value={props.current}
        onChange={(e) => props.onApply(props.views.find((v) => v.id === e.target.value) ?? null)}
      >
        <option value="">{t('All tickets')}</option>
        {props.views.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="pg-button"
        disabled={props.busy}
        onClick={() => setNaming(true)}
      >
        {t('Save view…')}
      </button>
      {current ? (
        <button
          type="button"
          className="pg-button pg-button-ghost"
          disabled={props.busy}
          onClick={() => props.onDelete(current.id)}
        >
          {t('Delete view')}
        </button>
      ) : null}
      {naming ? (
        <ReasonDialog
          title={t('Save this list as a view')}
          description={t('Its filters, order and columns, for you alone.')}
          label={t('Name')}
          confirm={t('Save view')}
          initial={current?.name ?? ''}
          onCancel={() => setNaming(false)}
          onConfirm={(name) => {
            setNaming(false);
            // Keeping the name of the view in use replaces it; a new name makes a new view.
            props.onSave({
              ...props.snapshot,
              name,
              ...(current && current.name === name ? { id: current.id } : {}),
            });
          }}
        />
      ) : null}
    </div>
  );
}
