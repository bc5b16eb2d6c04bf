import type { Issue, NodeDefinition } from '@deskkit/runtime';
import { Handle, type NodeProps, Position } from '@xyflow/react';
import { useText } from '@deskkit/forms';
import { memo } from 'react';
import { useCanvas } from '../designer/context';
import type { Translator } from '../i18n/messages';
import { nodeSummary } from '../model/nodeKinds';
import type { StepNode, StepProgress } from './flow';
import { Icon } from './icons';

/**
 * The count badge of a step with validation issues; the messages are its tooltip and its spoken
 * name. The name is an `aria-label` on an image, not visually hidden text: a clipped, positioned
 * element inside a node (the usual screen-reader-only span) makes Chromium repaint the whole graph
 * layer on every frame of a pan (see the designer bench), which plain xyflow nodes never do.
 */
function IssueMarker({
  issues,
  errors,
  t,
}: {
  issues: readonly Issue[];
  errors: number;
  t: Translator;
}) {
  const messages = issues.map((i) => i.message);
  return (
    <span
      className={`dk-node__marker ${errors ? 'is-error' : 'is-warning'}`}
      role="img"
      aria-label={t('node.issues', { count: issues.length, messages: messages.join('; ') })}
      title={messages.join('\n')}
    >
      <Icon name={errors ? 'error' : 'warning'} size={12} />
      <span aria-hidden="true">{issues.length}</span>
    </span>
  );
}

/**
 * Connection points: `in` on the left, `out` on the right; approvals have approved/rejected. The
 * side handles sit at half the kind's nominal height (`middle`), not half the rendered height: a
 * card grows downwards with its summary, trail and badge, and its handles stay level with those of
 * a start circle or a decision centred on the same line (as auto layout places them), so the edge
 * between them is straight.
 */
function Handles({
  def,
  readOnly,
  middle,
  t,
}: {
  def: NodeDefinition;
  readOnly: boolean;
  middle: number | undefined;
  t: Translator;
}) {
  const side = middle === undefined ? undefined : { top: middle };
  const source = (id: string, position: Position, extra = '', title?: string) => (
    <Handle
      type="source"
      id={id}
      position={position}
      className={`dk-handle${extra}`}
      isConnectable={!readOnly}
      title={title}
      style={position === Position.Right ? side : undefined}
    />
  );
  return (
    <>
      {def.type !== 'start' && (
        <Handle
          type="target"
          id="in"
          position={Position.Left}
          className="dk-handle"
          style={side}
          isConnectable={!readOnly}
        />
      )}
      {def.type === 'approval' && (
        <>
          {source('approved', Position.Right, ' dk-handle--approved', t('edge.approved'))}
          {source('rejected', Position.Bottom, ' dk-handle--rejected', t('edge.rejected'))}
        </>
      )}
      {def.type !== 'approval' && def.type !== 'end' && source('out', Position.Right)}
    </>
  );
}

const progressKey = (p: StepProgress) => `viewer.${p === 'idle' ? 'notReached' : p}` as const;

/**
 * The look of every workflow step on the canvas: an icon and colour per type, the name, who works
 * it (assignee / approval summary), validation markers and, in the viewer, its progress. Memoised:
 * it re-renders only when its own definition node, issues or selection change. Zoomed far out on a
 * large graph (`lowDetail`), it draws only the coloured box and the name: the same size, a third of
 * the elements.
 */
export const StepNodeView = memo(function StepNodeView({ data, selected }: NodeProps<StepNode>) {
  const { t, kinds, readOnly, lowDetail } = useCanvas();
  const text = useText();
  const { def, issues, progress, trail, badge } = data;
  const kind = kinds[def.type];
  const shape = kind?.shape ?? 'card';
  const errors = issues?.filter((i) => i.severity === 'error').length ?? 0;
  const warnings = (issues?.length ?? 0) - errors;
  const name = text(def.name) || def.id;
  const className = [
    'dk-node',
    `dk-node--${shape}`,
    `dk-node--${def.type}`,
    selected ? 'is-selected' : '',
    errors ? 'has-error' : warnings ? 'has-warning' : '',
    progress ? `is-${progress}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const card = shape === 'card';
  const summary = card && !lowDetail ? nodeSummary(def, t) : '';
  return (
    <div className={className}>
      {!card && (
        <div className="dk-node__shape">
          {!lowDetail && <Icon name={def.type} size={shape === 'circle' ? 20 : 22} />}
        </div>
      )}
      {!card && <div className="dk-node__caption">{name}</div>}
      {card && !lowDetail && (
        <div className="dk-node__icon">
          <Icon name={def.type} size={18} />
        </div>
      )}
      {card && (
        <div className="dk-node__body">
          {!lowDetail && <div className="dk-node__type">{t(`type.${def.type}`)}</div>}
          <div className="dk-node__name">{name}</div>
          {summary && <div className="dk-node__summary">{summary}</div>}
          {trail?.map((line, i) => (
            <div className="dk-node__trail" key={i}>
              {line}
            </div>
          ))}
          {badge && <span className={`dk-badge dk-badge--${badge.tone}`}>{badge.text}</span>}
        </div>
      )}
      {issues && issues.length > 0 && <IssueMarker issues={issues} errors={errors} t={t} />}
      {/* Spoken, never clipped text (see IssueMarker); the viewer's node names say it too. */}
      {progress && <span role="img" aria-label={t(progressKey(progress))} />}
      <Handles def={def} readOnly={readOnly} middle={kind ? kind.height / 2 : undefined} t={t} />
    </div>
  );
});
