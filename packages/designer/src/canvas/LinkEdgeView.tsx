import type { EdgeDefinition } from '@deskkit/runtime';
import { BaseEdge, type EdgeProps, getSmoothStepPath } from '@xyflow/react';
import { memo } from 'react';
import { useCanvas } from '../designer/context';
import type { Translator } from '../i18n/messages';
import type { LinkEdge } from './flow';

function shorten(text: string, max = 28): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The text an edge shows: its label, else its condition, else default / outcome. */
export function edgeCaption(def: EdgeDefinition, t: Translator): string {
  const parts: string[] = [];
  if (def.label) parts.push(def.label);
  else if (def.when) parts.push(shorten(def.when));
  else if (def.outcome) parts.push(t(`edge.${def.outcome}`));
  if (def.default) parts.push(`(${t('edge.default')})`);
  return parts.join(' ');
}

/** Approximate width of 11px label text: measuring each label (getBBox) costs a layout per edge. */
const labelWidth = (text: string) => Math.ceil(text.length * 6.2) + 14;

/**
 * A connection on the canvas: a rounded orthogonal path, its label or condition on a chip (clicking
 * it selects the edge), red and dashed for rejections, a marker when it has issues. Zoomed far out
 * on a large graph it is a bare line.
 */
export const LinkEdgeView = memo(function LinkEdgeView(props: EdgeProps<LinkEdge>) {
  const { t, lowDetail } = useCanvas();
  const { data, selected, markerEnd } = props;
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX: props.sourceX,
    sourceY: props.sourceY,
    targetX: props.targetX,
    targetY: props.targetY,
    sourcePosition: props.sourcePosition,
    targetPosition: props.targetPosition,
    borderRadius: 10,
    offset: 18,
  });
  const def = data?.def;
  const issues = data?.issues ?? [];
  const hasError = issues.some((i) => i.severity === 'error');
  let caption = def && !lowDetail ? edgeCaption(def, t) : '';
  // Glyphs every default font has (⛔ is missing from many).
  if (issues.length && !lowDetail) caption = `${hasError ? '✖' : '⚠'} ${caption}`.trim();
  const className = [
    'dk-edge',
    def?.outcome === 'rejected' ? 'is-rejected' : '',
    def?.default ? 'is-default' : '',
    selected ? 'is-selected' : '',
    data?.taken ? 'is-taken' : '',
    issues.length ? (hasError ? 'has-error' : 'has-warning') : '',
  ]
    .filter(Boolean)
    .join(' ');
  const width = caption ? labelWidth(caption) : 0;
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={lowDetail ? undefined : markerEnd}
        className={className}
        interactionWidth={16}
      />
      {caption && (
        <g
          className={`dk-edge-label${issues.length ? (hasError ? ' has-error' : ' has-warning') : ''}`}
          transform={`translate(${labelX} ${labelY})`}
        >
          <rect x={-width / 2} y={-9} width={width} height={18} rx={6} ry={6} />
          <text textAnchor="middle" dominantBaseline="central">
            {caption}
          </text>
        </g>
      )}
    </>
  );
});
