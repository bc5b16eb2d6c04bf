import { WorkflowViewer } from '@deskkit/designer';
import type { HistoryEvent, Ticket, WorkflowDefinition } from '@deskkit/runtime';
import { userName } from '../desk/DeskContext';
import { formatDateTime } from '../ui/chips';

/** Where the ticket is in its workflow: the designer's read-only WorkflowViewer. */
export function WorkflowProgress(props: {
  definition: WorkflowDefinition;
  ticket: Ticket;
  history: HistoryEvent[];
}) {
  return (
    <div className="pg-viewer">
      <WorkflowViewer
        definition={props.definition}
        ticket={props.ticket}
        history={props.history}
        formatActor={userName}
        formatTime={formatDateTime}
        height={360}
      />
    </div>
  );
}
