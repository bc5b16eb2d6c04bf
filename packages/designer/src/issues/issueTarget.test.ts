import type { Issue } from '@deskkit/runtime';
import { itsmChangeDefinition } from '../fixtures/definitions';
import { matrixCellOfIssue, tabOfIssue } from './issueTarget';

const issue = (path: string, more: Partial<Issue> = {}): Issue =>
  ({ code: 'X', severity: 'error', message: 'm', path, ...more }) as Issue;

describe('where an issue is fixed', () => {
  it('opens the tab the issue is fixed in', () => {
    expect(tabOfIssue(issue('/nodes/2/fields/risk'))).toBe('permissions');
    expect(tabOfIssue(issue('/nodes/2/name'))).toBe('process');
    expect(tabOfIssue(issue('', { edgeId: 'e1' }))).toBe('process');
    expect(tabOfIssue(issue('/edges/0/when'))).toBe('process');
    expect(tabOfIssue(issue('/form/schema/properties/risk'))).toBe('form');
    expect(tabOfIssue(issue('/sla/0/targets/response'))).toBe('settings');
  });

  it('points at the matrix cell of a field at a step, by node id or by position', () => {
    const def = itsmChangeDefinition();
    expect(matrixCellOfIssue(issue('/nodes/1/fields/risk'), def)).toEqual({
      nodeId: def.nodes[1]!.id,
      field: 'risk',
    });
    expect(matrixCellOfIssue(issue('/nodes/1/fields/a~1b~0c', { nodeId: 'cab' }), def)).toEqual({
      nodeId: 'cab',
      field: 'a/b~c',
    });
    expect(matrixCellOfIssue(issue('/nodes/99/fields/risk'), def)).toBeNull();
    expect(matrixCellOfIssue(issue('/nodes/1/name'), def)).toBeNull();
  });
});
