import type { Issue, WorkflowDefinition } from '@deskkit/runtime';
import type { DesignerTab } from '../designer/designer.types';

/*
 * Where the designer takes a person who clicks an issue: the tab it is fixed in and, for a field's
 * permission at a step, the cell of the permission matrix.
 */

const FIELD_AT_STEP = /^\/nodes\/(\d+)\/fields\/([^/]+)/;
const unescapePointer = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** The tab where an issue is fixed: field permissions in the matrix, steps and edges on the canvas. */
export function tabOfIssue(issue: Issue): DesignerTab {
  if (FIELD_AT_STEP.test(issue.path)) return 'permissions';
  if (issue.nodeId || issue.edgeId) return 'process';
  if (issue.path.startsWith('/form')) return 'form';
  if (issue.path.startsWith('/nodes') || issue.path.startsWith('/edges')) return 'process';
  return 'settings';
}

/**
 * The permission-matrix cell an issue about a field at a step points to (the step by the issue's
 * node id, else by its position in `def`); null when it points to none.
 */
export function matrixCellOfIssue(
  issue: Issue,
  def: WorkflowDefinition,
): { nodeId: string; field: string } | null {
  const cell = FIELD_AT_STEP.exec(issue.path);
  const nodeId = cell && (issue.nodeId ?? def.nodes[Number(cell[1])]?.id);
  return cell && nodeId ? { nodeId, field: unescapePointer(cell[2]!) } : null;
}
