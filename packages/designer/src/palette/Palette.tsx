import { NODE_TYPES, type NodeType } from '@deskkit/runtime';
import { type DragEvent, memo } from 'react';
import { Icon } from '../canvas/icons';
import type { Translator } from '../i18n/messages';

export interface PaletteProps {
  t: Translator;
  /** Adds a node of this type at a free spot (click or Enter / Space on the item). */
  onAdd(type: NodeType): void;
  types?: readonly NodeType[];
}

function onDragStart(e: DragEvent<HTMLButtonElement>, type: NodeType) {
  e.dataTransfer.setData('application/x-deskkit-node', type);
  e.dataTransfer.effectAllowed = 'copy';
}

/**
 * Every node type as a button: drag one onto the canvas, or click / press Enter to add it at a
 * free spot in view (the keyboard path).
 */
export const Palette = memo(function Palette({ t, onAdd, types = NODE_TYPES }: PaletteProps) {
  return (
    <nav className="dk-palette" aria-label={t('palette.ariaLabel')}>
      <div className="dk-panel-title">{t('palette.title')}</div>
      <ul className="dk-palette__list">
        {types.map((type) => (
          <li key={type}>
            <button
              type="button"
              className={`dk-palette__item dk-palette__item--${type}`}
              draggable
              onDragStart={(e) => onDragStart(e, type)}
              onClick={() => onAdd(type)}
              title={t(`typeHint.${type}`)}
            >
              <span className="dk-palette__icon">
                <Icon name={type} size={16} />
              </span>
              <span className="dk-palette__text">
                <span className="dk-palette__name">{t(`type.${type}`)}</span>{' '}
                <span className="dk-palette__hint">{t(`typeHint.${type}`)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p className="dk-palette__foot">{t('palette.hint')}</p>
    </nav>
  );
});
