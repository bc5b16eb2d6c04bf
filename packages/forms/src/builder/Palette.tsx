import { useDraggable } from '@dnd-kit/core';
import type { ReactElement } from 'react';
import type { FieldTypeDefinition } from '../model/fieldTypes';
import { useBuilder } from './context';
import { paletteFieldDragId, paletteLayoutDragId } from './dropIntent';

function PaletteItem(props: {
  /** The dnd-kit id: `paletteLayoutDragId` or `paletteFieldDragId`. */
  id: string;
  icon: string;
  label: string;
  onAdd: () => void;
}): ReactElement {
  const { t } = useBuilder();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: props.id,
  });
  // Click and Enter add; the pointer drags. Keyboard dragging of palette items is not needed
  // because Enter adds at the selection, and the field can then be moved with its own handle.
  const { role: _role, tabIndex: _tabIndex, ...rest } = attributes;
  return (
    <li>
      <button
        ref={setNodeRef}
        type="button"
        className={`dk-palette__item${isDragging ? ' dk-palette__item--dragging' : ''}`}
        aria-label={t('builder.add', { type: props.label })}
        {...rest}
        {...listeners}
        onKeyDown={undefined}
        onClick={props.onAdd}
      >
        {/* The glyph is drawn by CSS so the visible text is the label alone, which the name holds. */}
        <span className="dk-node__icon" aria-hidden="true" data-icon={props.icon} />
        {props.label}
      </button>
    </li>
  );
}

const CATEGORY_ORDER: Array<FieldTypeDefinition['category']> = [
  'text',
  'number',
  'date',
  'choice',
  'people',
  'data',
  'layout',
];

/** Every field type and layout item: click or Enter adds, drag drops where wanted. */
export function Palette(): ReactElement {
  const { t, fieldTypes, addField, addLayout } = useBuilder();
  return (
    <nav className="dk-palette" aria-label={t('builder.palette')}>
      <p className="dk-palette__help dk-muted">{t('builder.paletteHelp')}</p>
      <h3 className="dk-palette__heading">{t('builder.layoutItems')}</h3>
      <ul className="dk-palette__list">
        {(['group', 'tab', 'row', 'text'] as const).map((kind) => (
          <PaletteItem
            key={kind}
            id={paletteLayoutDragId(kind)}
            icon={{ group: '▭', tab: '⊟', row: '⊞', text: '¶' }[kind]}
            label={t(`builder.${kind}`)}
            onAdd={() => addLayout(kind)}
          />
        ))}
      </ul>
      <h3 className="dk-palette__heading">{t('builder.palette')}</h3>
      <ul className="dk-palette__list">
        {[...fieldTypes]
          .sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category))
          .map((type) => (
            <PaletteItem
              key={type.type}
              id={paletteFieldDragId(type.type)}
              icon={type.icon}
              label={t(`type.${type.type}`, undefined, type.label)}
              onAdd={() => addField(type)}
            />
          ))}
      </ul>
    </nav>
  );
}
