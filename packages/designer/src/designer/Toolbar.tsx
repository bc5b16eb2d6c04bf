import { shortcutsOf } from '@deskkit/forms';
import { memo } from 'react';
import type { Translator } from '../i18n/messages';

export interface ToolbarProps {
  t: Translator;
  canUndo: boolean;
  canRedo: boolean;
  snap: boolean;
  publishing: boolean;
  canPublish: boolean;
  showCanvasTools: boolean;
  onUndo(): void;
  onRedo(): void;
  onLayout(): void;
  onFit(): void;
  onSnap(on: boolean): void;
  onImport(): void;
  onExport(): void;
  onPublish?: () => void;
}

/** Undo/redo, layout, fit, snap, import/export and publish. */
export const Toolbar = memo(function Toolbar(p: ToolbarProps) {
  const { t } = p;
  return (
    <div
      className="dk-toolbar"
      role="toolbar"
      aria-label={t('toolbar.ariaLabel')}
      title={t('toolbar.shortcuts')}
    >
      <div className="dk-toolbar__group">
        <button
          type="button"
          className="dk-btn dk-btn--ghost dk-btn--icon"
          onClick={p.onUndo}
          disabled={!p.canUndo}
          aria-label={t('toolbar.undo')}
          title={t('toolbar.undoTitle')}
          aria-keyshortcuts={shortcutsOf('undo')}
        >
          <span aria-hidden="true">↶</span>
        </button>
        <button
          type="button"
          className="dk-btn dk-btn--ghost dk-btn--icon"
          onClick={p.onRedo}
          disabled={!p.canRedo}
          aria-label={t('toolbar.redo')}
          title={t('toolbar.redoTitle')}
          aria-keyshortcuts={shortcutsOf('redo')}
        >
          <span aria-hidden="true">↷</span>
        </button>
      </div>
      {p.showCanvasTools && (
        <div className="dk-toolbar__group">
          <button type="button" className="dk-btn dk-btn--ghost" onClick={p.onLayout}>
            {t('toolbar.layout')}
          </button>
          <button type="button" className="dk-btn dk-btn--ghost" onClick={p.onFit}>
            {t('toolbar.fit')}
          </button>
          <label className="dk-check dk-toolbar__check">
            <input type="checkbox" checked={p.snap} onChange={(e) => p.onSnap(e.target.checked)} />
            <span>{t('toolbar.snap')}</span>
          </label>
        </div>
      )}
      <div className="dk-toolbar__group dk-toolbar__group--end">
        <button type="button" className="dk-btn dk-btn--ghost" onClick={p.onImport}>
          {t('toolbar.import')}
        </button>
        <button type="button" className="dk-btn dk-btn--ghost" onClick={p.onExport}>
          {t('toolbar.export')}
        </button>
        {p.onPublish && (
          <button
            type="button"
            className="dk-btn dk-btn--primary"
            onClick={p.onPublish}
            disabled={p.publishing}
            data-blocked={p.canPublish ? undefined : true}
          >
            {p.publishing ? t('toolbar.publishing') : t('toolbar.publish')}
          </button>
        )}
      </div>
    </div>
  );
});
