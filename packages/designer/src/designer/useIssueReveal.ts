import type { Issue, WorkflowDefinition } from '@deskkit/runtime';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { matrixCellOfIssue, tabOfIssue } from '../issues/issueTarget';
import type { CanvasController } from './DesignerCanvas';
import type { DesignerTab } from './designer.types';

/**
 * "Show me" on an issue: opens the tab it is fixed in, and there the permission-matrix cell or the
 * step or connection on the canvas (once the canvas is mounted and has measured its nodes).
 */
export function useIssueReveal(props: {
  tab: DesignerTab;
  setTab(tab: DesignerTab): void;
  current(): WorkflowDefinition;
  controller: RefObject<CanvasController | null>;
}) {
  const { tab, setTab, current, controller } = props;
  const pending = useRef<Issue | null>(null);
  const [matrixReveal, setMatrixReveal] = useState<{ nodeId: string; field: string } | null>(null);
  const reveal = useCallback(
    (issue: Issue) => {
      const target = tabOfIssue(issue);
      setTab(target);
      const cell = matrixCellOfIssue(issue, current());
      if (cell) setMatrixReveal(cell);
      if (target === 'process') {
        if (controller.current) controller.current.reveal(issue);
        else pending.current = issue;
      }
    },
    [current, setTab, controller],
  );
  useEffect(() => {
    if (tab === 'process' && pending.current && controller.current) {
      const issue = pending.current;
      pending.current = null;
      // Let the canvas measure its nodes before centring on one.
      requestAnimationFrame(() => controller.current?.reveal(issue));
    }
  });
  return { reveal, matrixReveal };
}
