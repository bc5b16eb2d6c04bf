import { type Issue, validateDefinition, type WorkflowDefinition } from '@deskkit/runtime';
import { useDeferredValue, useMemo } from 'react';

/** Validation state the designer shows: the runtime's verdict and every issue to list. */
export interface DesignerValidation {
  /** The runtime's `validateDefinition` passed: publishing is allowed. */
  ok: boolean;
  /** `validateDefinition` issues. */
  issues: Issue[];
}

/** Runs the runtime's validation and lint on a definition (no validation of our own). */
export function checkDefinition(def: WorkflowDefinition): DesignerValidation {
  const result = validateDefinition(def);
  return { ok: result.ok, issues: result.issues };
}

/**
 * Live validation, deferred so typing and dragging stay responsive on large graphs: React renders
 * the edit first and re-validates in a lower-priority render.
 */
export function useValidation(def: WorkflowDefinition): DesignerValidation {
  const deferred = useDeferredValue(def);
  return useMemo(() => checkDefinition(deferred), [deferred]);
}
