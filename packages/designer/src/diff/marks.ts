import type { DefinitionDiff } from '@deskkit/runtime';
import type { Translator } from '../i18n/messages';

type Sides = DefinitionDiff['nodes'];
interface Marked {
  id: string;
  className?: string;
  ariaLabel?: string;
}

/**
 * Adds `dk-diff-added` / `dk-diff-changed` to the canvas nodes or edges a diff names, and says it
 * in their accessible name. Unmarked items keep their identity (memoised canvas elements do not
 * re-render); without a diff the list is returned as is.
 */
export function markDiff<T extends Marked>(
  items: T[],
  sides: Sides | undefined,
  t: Translator,
): T[] {
  if (!sides || (!sides.added.length && !sides.changed.length)) return items;
  const added = new Set(sides.added);
  const changed = new Set(sides.changed);
  return items.map((item) => {
    const kind = added.has(item.id) ? 'added' : changed.has(item.id) ? 'changed' : null;
    if (!kind) return item;
    const note = t(kind === 'added' ? 'diff.mark.added' : 'diff.mark.changed');
    return {
      ...item,
      className: `${item.className ?? ''} dk-diff-${kind}`.trim(),
      ...(item.ariaLabel ? { ariaLabel: `${item.ariaLabel} (${note})` } : {}),
    };
  });
}
