import type { EdgeDefinition } from '@deskkit/runtime';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getSmoothStepPath } from '@xyflow/react';
import { type ShowText, useText } from '@deskkit/forms';
import { memo } from 'react';
import { useCanvas } from '../designer/context';
import type { Translator } from '../i18n/messages';
import type { LinkEdge } from './flow';

function shorten(text: string, max = 28): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * The text an edge shows: its label (in the UI locale, `text`), else its condition, else default /
 * outcome.
 */
export function edgeCaption(def: EdgeDefinition, t: Translator, text: ShowText): string {
  const parts: string[] = [];
  const label = text(def.label);
  if (label) parts.push(label);
  else if (def.when) parts.push(shorten(def.when));
  else if (def.outcome) parts.push(t(`edge.${def.outcome}`));
  if (def.default) parts.push(`(${t('edge.default')})`);
  return parts.join(' ');
}

/**
 * A connection on the canvas: a rounded orthogonal path, its label or condition on a chip (clicking
 * it selects the edge), red and dashed for rejections, a marker when it has issues. The chip is an
 * HTML element in xyflow's edge label layer, drawn above the steps so a step never hides it. Zoomed
 * far out on a large graph it is a bare line without a chip.
 */
export const LinkEdgeView = memo(function LinkEdgeView(props: EdgeProps<LinkEdge>) {
  const { t, lowDetail } = useCanvas();
  const text = useText();
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
  let caption = def && !lowDetail ? edgeCaption(def, t, text) : '';
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
  return (
    <>
      <BaseEdge
        path={path}
        markerEnd={lowDetail ? undefined : markerEnd}
        className={className}
        interactionWidth={16}
      />
      {caption && (
        <EdgeLabelRenderer>
          {/* A click bubbles (through the portal, in React's tree) to the edge, which selects it. */}
          <div
            className={`dk-edge-label nodrag nopan${
              issues.length ? (hasError ? ' has-error' : ' has-warning') : ''
            }${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-edge-id={props.id}
            title={caption}
          >
            {caption}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
