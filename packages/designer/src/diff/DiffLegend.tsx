import type { DefinitionDiff } from '@deskkit/runtime';
import type { Translator } from '../i18n/messages';

/** A corner legend of a canvas showing a diff: what the colours mean and how much was removed. */
export function DiffLegend({ diff, t }: { diff: DefinitionDiff; t: Translator }) {
  const removed = diff.nodes.removed.length + diff.edges.removed.length;
  return (
    <div className="dk-diff-legend" role="note" aria-label={t('diff.legend')}>
      <span className="dk-diff-legend__item dk-diff-legend__item--added">
        {t('diff.added.count', { count: diff.nodes.added.length + diff.edges.added.length })}
      </span>
      <span className="dk-diff-legend__item dk-diff-legend__item--changed">
        {t('diff.changed.count', { count: diff.nodes.changed.length + diff.edges.changed.length })}
      </span>
      {removed > 0 && (
        <span className="dk-diff-legend__item dk-diff-legend__item--removed">
          {t('diff.removed.count', {
            steps: diff.nodes.removed.length,
            edges: diff.edges.removed.length,
          })}
        </span>
      )}
    </div>
  );
}
