import type { ReactElement } from 'react';
import type { TranslateFn } from '../i18n/messages';
import { shortcutsOf } from './keymap';

/** The builder's views, in the order of their tabs. */
export const BUILDER_VIEWS = ['design', 'preview', 'templates', 'json'] as const;
/** One of the builder's views. */
export type BuilderView = (typeof BUILDER_VIEWS)[number];

/** The view tabs, and Undo / Redo on the builder's (or the host's) history. */
export function BuilderToolbar(props: {
  t: TranslateFn;
  view: BuilderView;
  onView(view: BuilderView): void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
}): ReactElement {
  const { t, view } = props;
  return (
    <div className="dk-builder__toolbar">
      <div role="tablist" aria-label={t('builder.views')} className="dk-builder__views">
        {BUILDER_VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={view === v}
            className={`dk-tab${view === v ? ' dk-tab--selected' : ''}`}
            onClick={() => props.onView(v)}
          >
            {t(`builder.${v}`)}
          </button>
        ))}
      </div>
      <span className="dk-templates__spacer" />
      <button
        type="button"
        className="dk-button dk-button--small"
        disabled={!props.canUndo}
        onClick={props.onUndo}
        title={t('builder.undoKeys')}
        aria-keyshortcuts={shortcutsOf('undo')}
      >
        ↶ {t('builder.undo')}
      </button>
      <button
        type="button"
        className="dk-button dk-button--small"
        disabled={!props.canRedo}
        onClick={props.onRedo}
        title={t('builder.redoKeys')}
        aria-keyshortcuts={shortcutsOf('redo')}
      >
        ↷ {t('builder.redo')}
      </button>
    </div>
  );
}
