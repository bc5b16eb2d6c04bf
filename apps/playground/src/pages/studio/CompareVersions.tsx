import { createTranslator, DiffList, WorkflowViewer } from '@deskkit/designer';
import { diffDefinitions, type LocalizedDefinition } from '@deskkit/runtime';
import { useMemo } from 'react';
import { t } from '../../i18n';
import { forDesigner } from './studio';

const designerT = createTranslator();

/** One side of a comparison: a version, the draft, or the unsaved edits. */
export interface ComparedVersion {
  label: string;
  definition: LocalizedDefinition;
}

/**
 * What changed from `before` to `after`: the list of changes (steps, connections, fields,
 * permissions, SLA, triggers, automations) and `after`'s graph with added and changed steps marked.
 */
export function CompareVersions({
  before,
  after,
}: {
  before: ComparedVersion;
  after: ComparedVersion;
}) {
  const diff = useMemo(
    () => diffDefinitions(before.definition, after.definition),
    [before.definition, after.definition],
  );
  return (
    <section
      className="pg-compare"
      aria-label={t('Changes from {before} to {after}', {
        before: before.label,
        after: after.label,
      })}
    >
      <h3>{t('Changes from {before} to {after}', { before: before.label, after: after.label })}</h3>
      <p className="pg-muted">{t('{count} change(s)', { count: diff.changes.length })}</p>
      <DiffList
        diff={diff}
        t={designerT}
        before={forDesigner(before.definition)}
        after={forDesigner(after.definition)}
      />
      <WorkflowViewer definition={forDesigner(after.definition)} diff={diff} height={420} />
    </section>
  );
}
