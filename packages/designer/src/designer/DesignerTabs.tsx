import type { KeyboardEvent } from 'react';
import type { Translator } from '../i18n/messages';
import type { DesignerTab } from './designer.types';

/** The designer's tabs, in order. */
export const DESIGNER_TABS: readonly DesignerTab[] = ['process', 'form', 'permissions', 'settings'];

/** The tab ←/→ moves to from the tab at `index` (wrapping round), or null for another key. */
export function tabAfterKey(index: number, key: string): DesignerTab | null {
  const d = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  if (!d) return null;
  const n = DESIGNER_TABS.length;
  return DESIGNER_TABS[(index + d + n) % n]!;
}

/** The Process / Form / Permissions / Settings tab list (arrow keys move between tabs). */
export function DesignerTabs(props: {
  uid: string;
  tab: DesignerTab;
  onTab(tab: DesignerTab): void;
  t: Translator;
}) {
  const { uid, tab, onTab, t } = props;
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const next = tabAfterKey(i, e.key);
    if (!next) return;
    e.preventDefault();
    onTab(next);
    document.getElementById(`${uid}-tab-${next}`)?.focus();
  };
  return (
    <div className="dk-designer-tabs" role="tablist" aria-label={t('tabs.ariaLabel')}>
      {DESIGNER_TABS.map((id, i) => (
        <button
          key={id}
          id={`${uid}-tab-${id}`}
          type="button"
          role="tab"
          className="dk-designer-tab"
          aria-selected={tab === id}
          aria-controls={`${uid}-panel`}
          tabIndex={tab === id ? 0 : -1}
          onClick={() => onTab(id)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {t(`tab.${id}`)}
        </button>
      ))}
    </div>
  );
}
