import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { useCanvas } from '../designer/context';
import { nodeSummary } from '../model/nodeKinds';
import type { StepNode } from './flow';
import { Icon } from './icons';

/**
 * The look of every workflow step on the canvas: an icon and colour per type, the name, who works
 * it (assignee / approval summary), validation markers and, in the viewer, its progress. Memoised:
 * it re-renders only when its own definition node, issues or selection change.
 */
export const StepNodeView = memo(function StepNodeView({ data, selected }: NodeProps<StepNode>) {
  const { t, kinds, readOnly } = useCanvas();
  const { def, issues, progress, trail, badge } = data;
  const kind = kinds[def.type];
  const shape = kind?.shape ?? 'card';
  const errors = issues?.filter((i) => i.severity === 'error').length ?? 0;
  const warnings = (issues?.length ?? 0) - errors;
  const name = def.name || def.id;
  const typeLabel = t(`type.${def.type}`);
  const summary = shape === 'card' ? nodeSummary(def, t) : '';
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
  const marker =
    issues && issues.length > 0 ? (
      <span
        className={`dk-node__marker ${errors ? 'is-error' : 'is-warning'}`}
        title={issues.map((i) => i.message).join('\n')}
      >
        <Icon name={errors ? 'error' : 'warning'} size={12} />
        <span>{issues.length}</span>
        <span className="dk-sr-only">
          {t('node.issues', {
            count: issues.length,
            messages: issues.map((i) => i.message).join('; '),
          })}
        </span>
      </span>
    ) : null;
  const handles = (
    <>
      {def.type !== 'start' && (
        <Handle
          type="target"
          id="in"
          position={Position.Left}
          className="dk-handle"
          isConnectable={!readOnly}
        />
      )}
      {def.type === 'approval' ? (
        <>
          <Handle
            type="source"
            id="approved"
            position={Position.Right}
            className="dk-handle dk-handle--approved"
            isConnectable={!readOnly}
            title={t('edge.approved')}
          />
          <Handle
            type="source"
            id="rejected"
            position={Position.Bottom}
            className="dk-handle dk-handle--rejected"
            isConnectable={!readOnly}
            title={t('edge.rejected')}
          />
        </>
      ) : (
        def.type !== 'end' && (
          <Handle
            type="source"
            id="out"
            position={Position.Right}
            className="dk-handle"
            isConnectable={!readOnly}
          />
        )
      )}
    </>
  );

  if (shape !== 'card') {
    return (
      <div className={className}>
        <div className="dk-node__shape">
          <Icon name={def.type} size={shape === 'circle' ? 20 : 22} />
        </div>
        <div className="dk-node__caption">{name}</div>
        {marker}
        {progress && (
          <span className="dk-sr-only">
            {t(`viewer.${progress === 'idle' ? 'notReached' : progress}`)}
          </span>
        )}
        {handles}
      </div>
    );
  }
  return (
    <div className={className}>
      <div className="dk-node__icon">
        <Icon name={def.type} size={18} />
      </div>
      <div className="dk-node__body">
        <div className="dk-node__type">{typeLabel}</div>
        <div className="dk-node__name">{name}</div>
        {summary && <div className="dk-node__summary">{summary}</div>}
        {trail?.map((line, i) => (
          <div className="dk-node__trail" key={i}>
            {line}
          </div>
        ))}
        {badge && <span className={`dk-badge dk-badge--${badge.tone}`}>{badge.text}</span>}
      </div>
      {marker}
      {progress && (
        <span className="dk-sr-only">
          {t(`viewer.${progress === 'idle' ? 'notReached' : progress}`)}
        </span>
      )}
      {handles}
    </div>
  );
});
