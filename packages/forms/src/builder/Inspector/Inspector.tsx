import type { ReactElement } from 'react';
import { useBuilder } from '../context';
import { locate } from '../layout';
import { FieldSection } from './FieldSection';
import { LayoutSection } from './LayoutSection';
import { MoveTo } from './MoveTo';

/** The properties of the selected field or layout item, section by section. */
export function Inspector(): ReactElement {
  const { t, selected, layout } = useBuilder();
  const found = selected ? locate(layout, selected) : undefined;
  return (
    <aside className="dk-inspector" aria-label={t('builder.inspector')}>
      <h2 className="dk-inspector__title">{t('builder.inspector')}</h2>
      {!found && <p className="dk-muted">{t('builder.nothingSelected')}</p>}
      {found && found.node.type === 'field' && (
        <FieldSection key={found.node.field} field={found.node.field} />
      )}
      {found && found.node.type !== 'field' && (
        <LayoutSection key={found.node.id} node={found.node} />
      )}
      {found && selected && <MoveTo id={selected} />}
    </aside>
  );
}
