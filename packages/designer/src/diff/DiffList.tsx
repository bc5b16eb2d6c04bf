import type {
  DefinitionChange,
  DefinitionChangeArea,
  DefinitionDiff,
  LocalizedDefinition,
  WorkflowDefinition,
} from '@deskkit/runtime';
import type { Translator } from '../i18n/messages';
import { useShownDefinition } from '../i18n/useShown';

const AREAS: readonly DefinitionChangeArea[] = [
  'workflow',
  'node',
  'edge',
  'field',
  'permission',
  'sla',
  'trigger',
  'automation',
];

export interface DiffListProps {
  diff: DefinitionDiff;
  t: Translator;
  /** The two versions, to show step and field names instead of ids. */
  before?: WorkflowDefinition | LocalizedDefinition;
  after?: WorkflowDefinition | LocalizedDefinition;
  /** Makes node and edge changes buttons (e.g. to select them on a canvas). */
  onSelect?(change: DefinitionChange): void;
}

function nameOf(
  c: DefinitionChange,
  before?: WorkflowDefinition,
  after?: WorkflowDefinition,
): string {
  const def = c.kind === 'removed' ? before : (after ?? before);
  if (c.area === 'node') return def?.nodes.find((n) => n.id === c.id)?.name || c.id;
  if (c.area === 'field') return String(def?.form.schema.properties?.[c.id]?.title ?? c.id);
  if (c.area === 'sla') return def?.sla?.find((p) => p.id === c.id)?.name || c.id;
  if (c.area === 'edge') {
    const e = def?.edges.find((x) => x.id === c.id);
    const node = (id: string) => def?.nodes.find((n) => n.id === id)?.name || id;
    return e ? `${node(e.from)} → ${node(e.to)}` : c.id;
  }
  if (c.area === 'permission' && c.id.includes('/')) {
    const [step, field] = c.id.split('/');
    return `${def?.nodes.find((n) => n.id === step)?.name || step} · ${field}`;
  }
  return c.id;
}

/**
 * The changes between two versions of a workflow, grouped by what they are about (settings,
 * steps, connections, fields, permissions, SLA, triggers, automations): added, removed or changed,
 * with the changed keys and the JSON path. Feed it `diffDefinitions(before, after)`.
 */
export function DiffList({ diff, t, onSelect, ...versions }: DiffListProps) {
  const before = useShownDefinition(versions.before);
  const after = useShownDefinition(versions.after);
  if (!diff.changes.length) return <p className="dk-diff-list dk-muted">{t('diff.none')}</p>;
  return (
    <div className="dk-diff-list">
      {AREAS.map((area) => {
        const changes = diff.changes.filter((c) => c.area === area);
        if (!changes.length) return null;
        return (
          <section key={area} aria-label={t(`diff.area.${area}`)}>
            <h4 className="dk-diff-list__area">
              {t(`diff.area.${area}`)} <span className="dk-muted">{changes.length}</span>
            </h4>
            <ul>
              {changes.map((c) => {
                const body = (
                  <>
                    <span className={`dk-diff-kind dk-diff-kind--${c.kind}`}>
                      {t(`diff.kind.${c.kind}`)}
                    </span>{' '}
                    <span className="dk-diff-list__name">{nameOf(c, before, after)}</span>{' '}
                    {c.keys && <span className="dk-diff-list__keys">{c.keys.join(', ')}</span>}{' '}
                    <code className="dk-diff-list__path">{c.path}</code>
                  </>
                );
                const selectable =
                  onSelect && (c.area === 'node' || c.area === 'edge') && c.kind !== 'removed';
                return (
                  <li
                    key={`${c.kind}:${c.area}:${c.id}`}
                    className={`dk-diff-list__item is-${c.kind}`}
                  >
                    {selectable ? (
                      <button
                        type="button"
                        className="dk-diff-list__btn"
                        onClick={() => onSelect(c)}
                      >
                        {body}
                      </button>
                    ) : (
                      <div className="dk-diff-list__btn">{body}</div>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
