import { WorkflowViewer } from '@deskkit/designer';
import type { HistoryEvent, Ticket, WorkflowDefinition } from '@deskkit/runtime';
import { useEffect, useState } from 'react';
import { useDesk } from '../desk/DeskContext';
import { t } from '../i18n';
import { formatDateTime } from '../ui/chips';
import { Card } from '../ui/layout';

/** Height of the viewer in the page, and expanded (most of the window). */
const NORMAL_HEIGHT = 520;
const expandedHeight = () => Math.max(NORMAL_HEIGHT, window.innerHeight - 120);

/**
 * Where the ticket is in its workflow: the designer's read-only WorkflowViewer across the page,
 * fitted to the graph, with "Expand" to see it at nearly the window's height (Escape shrinks it).
 */
export function WorkflowProgress(props: {
  definition: WorkflowDefinition;
  ticket: Ticket;
  history: HistoryEvent[];
}) {
  const { nameOf } = useDesk();
  const [expanded, setExpanded] = useState(false);
  useEffect(() => {
    if (!expanded) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setExpanded(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [expanded]);
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
      <div className="pg-viewer">
        {/* Remounted on resize so the viewer fits the graph to its new height. */}
        <WorkflowViewer
          key={expanded ? 'expanded' : 'normal'}
          definition={props.definition}
          ticket={props.ticket}
          history={props.history}
          formatActor={nameOf}
          formatTime={formatDateTime}
          height={expanded ? expandedHeight() : NORMAL_HEIGHT}
        />
      </div>
    </Card>
  );
}
