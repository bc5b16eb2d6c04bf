import type { ReactElement } from 'react';
import { useBuilder } from '../context';
import { childrenOf, containers, isWithin, locate, ROOT } from '../layout';
import { SelectRow } from './controls';

/** "Move to": the containers the selected item may go into (not itself nor its own children). */
export function MoveTo({ id }: { id: string }): ReactElement {
  const { t, layout, move, text } = useBuilder();
  const here = locate(layout, id);
  const choices = containers(layout).filter((c) => c.id === ROOT || !isWithin(layout, c.id, id));
  return (
    <SelectRow
      label={t('builder.moveTo')}
      value={here?.containerId ?? ROOT}
      options={choices.map((c) => ({
        value: c.id,
        label: '\u00a0\u00a0'.repeat(c.depth) + (c.id === ROOT ? t('builder.root') : text(c.title)),
      }))}
      onChange={(target) =>
        move(id, { containerId: target, index: childrenOf(layout, target)?.length ?? 0 })
      }
    />
  );
}
