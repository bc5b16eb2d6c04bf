import { WorkflowViewer } from '@deskkit/designer';
import type { HistoryEvent, Ticket, WorkflowDefinition } from '@deskkit/runtime';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useDesk } from '../desk/DeskContext';
import { t } from '../i18n';
import { formatDateTime } from '../ui/chips';
import { Card } from '../ui/layout';

/** The viewer's step list beside the canvas (`--dk-timeline-width`), and its header. */
const STEPS_WIDTH = 250;
const HEADER_HEIGHT = 48;
/** Room a step takes on the canvas beyond its position (a node is about 200 × 70 px). */
const NODE_W = 220;
const NODE_H = 90;

/**
 * A height that shows the graph at the scale the page's width allows: a long, flat workflow gets
 * a short viewer rather than a tall empty one, a deep one a taller viewer (300–640 px).
 */
export function fittedHeight(definition: WorkflowDefinition, width: number): number {
  const positions = definition.nodes.map((n) => n.position);
  if (!width || positions.some((p) => !p)) return 480;
  const xs = positions.map((p) => p!.x);
  const ys = positions.map((p) => p!.y);
  const graphW = Math.max(...xs) - Math.min(...xs) + NODE_W;
  const graphH = Math.max(...ys) - Math.min(...ys) + NODE_H;
  const canvasW = Math.max(200, width - STEPS_WIDTH);
  // fitView pads both axes alike, so at the width-bound scale the canvas needs this height.
  const needed = (canvasW * graphH) / graphW + HEADER_HEIGHT;
  return Math.round(Math.min(640, Math.max(300, needed)));
}

/**
 * Where the ticket is in its workflow: the designer's read-only WorkflowViewer across the page,
 * fitted to the graph. "Expand" shows it over the whole window (Escape or "Shrink" to go back).
 */
export function WorkflowProgress(props: {
  definition: WorkflowDefinition;
  ticket: Ticket;
  history: HistoryEvent[];
}) {
  const { nameOf } = useDesk();
  const [expanded, setExpanded] = useState(false);
  // null until measured: the height depends on the width the page gives the viewer.
  const [width, setWidth] = useState<number | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => setWidth(box.current?.offsetWidth ?? 0), []);
  useEffect(() => {
    if (!expanded) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setExpanded(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [expanded]);
  const height = expanded
    ? Math.max(360, window.innerHeight - 120)
    : fittedHeight(props.definition, width ?? 0);
  return (
    <Card
      title={t('Progress')}
      className={`pg-progress ${expanded ? 'pg-progress-expanded' : ''}`}
      actions={
        <button
          type="button"
          className="pg-button"
          aria-expanded={expanded}
          onClick={() => setExpanded((x) => !x)}
        >
          {expanded ? t('Shrink') : t('Expand')}
        </button>
      }
    >
      <div className="pg-viewer" ref={box}>
        {width !== null ? (
          // Remounted on resize so the viewer fits the graph to its new size.
          <WorkflowViewer
            key={`${expanded}:${height}`}
            definition={props.definition}
            ticket={props.ticket}
            history={props.history}
            formatActor={nameOf}
            formatTime={formatDateTime}
            height={height}
          />
        ) : null}
      </div>
    </Card>
  );
}
