import {
  type CalendarSpec,
  type Issue,
  lintDefinition,
  validateDefinition,
  type WorkflowDefinition,
} from '@deskkit/runtime';
import { type ReactFlowState, useStoreApi } from '@xyflow/react';
import { useEffect, useState } from 'react';

/** Validation state the designer shows: the runtime's verdict and every issue to list. */
export interface DesignerValidation {
  /** The runtime's `validateDefinition` passed: publishing is allowed. */
  ok: boolean;
  /** `validateDefinition` errors followed by `lintDefinition` warnings. */
  issues: Issue[];
}

const INDEX = /^\/(nodes|edges)\/(\d+)(?:\/|$)/;

/** Fills `nodeId` / `edgeId` from the issue's path when the runtime left them out. */
function locate(issue: Issue, def: WorkflowDefinition): Issue {
  if (issue.nodeId || issue.edgeId) return issue;
  const m = INDEX.exec(issue.path);
  if (!m) return issue;
  const list: ReadonlyArray<{ id?: unknown }> = m[1] === 'nodes' ? def.nodes : def.edges;
  const id = list?.[Number(m[2])]?.id;
  if (typeof id !== 'string') return issue;
  return m[1] === 'nodes' ? { ...issue, nodeId: id } : { ...issue, edgeId: id };
}

/** Runs the runtime's validation and lint on a definition (the designer validates nothing itself). */
export function checkDefinition(
  def: WorkflowDefinition,
  calendars?: Readonly<Record<string, CalendarSpec>>,
): DesignerValidation {
  const result = validateDefinition(def);
  const lint = lintDefinition(def, calendars ? { calendars: { ...calendars } } : {});
  const seen = new Set(result.issues.map((i) => `${i.path}|${i.code}`));
  const issues = [...result.issues, ...lint.filter((i) => !seen.has(`${i.path}|${i.code}`))];
  return { ok: result.ok, issues: issues.map((i) => locate(i, def)) };
}

/** Large graphs are validated after the first paint and again once edits pause. */
const LARGE = 200;
const PAUSE_MS = 300;

/** Not validated yet (a large graph before its first check): nothing to show, publishing waits. */
const PENDING: DesignerValidation = { ok: false, issues: [] };

/**
 * The longest a large graph's first check waits for the canvas to fit, then for the browser to be
 * idle. Opening one measures every node and fits the view over several frames; a check in between
 * (~120 ms on 1,000 steps) delays the fitted canvas, so it starts after the fitted canvas is painted.
 */
const FIRST_CHECK_TIMEOUT_MS = 3000;

/** Runs `fn` when the browser is idle (or soon, where there is no `requestIdleCallback`). */
function whenIdle(fn: () => void, delay: number, timeout = 500): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(fn, { timeout });
    else fn();
  }, delay);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

type FlowStore = ReturnType<typeof useStoreApi>;
/** No canvas is shown (another tab), or the canvas has fitted its first view. */
const fitted = (s: ReactFlowState) => !s.domNode || !s.fitViewQueued;

/**
 * Runs `fn` at the first idle moment after the canvas has fitted its first view and painted it
 * (two frames later); at once if it cannot fit (no size), or after `FIRST_CHECK_TIMEOUT_MS` if it
 * does not.
 */
function afterFirstFit(store: FlowStore, fn: () => void): () => void {
  let cancel = () => {};
  let unsubscribe: (() => void) | null = null;
  const painted = () => {
    unsubscribe?.();
    unsubscribe = null;
    clearTimeout(fallback);
    let raf = requestAnimationFrame(() => {
      raf = requestAnimationFrame(() => {
        cancel = whenIdle(fn, 0, FIRST_CHECK_TIMEOUT_MS);
      });
    });
    cancel = () => cancelAnimationFrame(raf);
  };
  const fallback = setTimeout(() => {
    unsubscribe?.();
    unsubscribe = null;
    fn();
  }, FIRST_CHECK_TIMEOUT_MS);
  // A canvas without a size (hidden, or no layout as in jsdom) never measures its nodes nor fits.
  const pane = store.getState().domNode;
  if (fitted(store.getState()) || !pane?.clientWidth) painted();
  else unsubscribe = store.subscribe((s) => void (fitted(s) && unsubscribe && painted()));
  return () => {
    clearTimeout(fallback);
    unsubscribe?.();
    cancel();
  };
}

/**
 * Live validation: on ordinary graphs computed on mount and right after each change; on large
 * ones after the canvas has fitted and painted its first view, then once edits pause (dragging and
 * typing never wait for it). Call it inside the designer's `ReactFlowProvider`. Publishing
 * re-checks the exact definition synchronously.
 */
export function useValidation(
  def: WorkflowDefinition,
  calendars?: Readonly<Record<string, CalendarSpec>>,
): DesignerValidation {
  // The canvas's store (the designer's ReactFlowProvider): the first check waits for its first fit.
  const store = useStoreApi();
  const [state, setState] = useState<{
    def: WorkflowDefinition | null;
    result: DesignerValidation;
  }>(() =>
    def.nodes.length > LARGE
      ? { def: null, result: PENDING }
      : { def, result: checkDefinition(def, calendars) },
  );
  useEffect(() => {
    if (state.def === def) return;
    const large = def.nodes.length > LARGE;
    if (!large) {
      const timer = setTimeout(() => setState({ def, result: checkDefinition(def, calendars) }), 0);
      return () => clearTimeout(timer);
    }
    const run = () => setState({ def, result: checkDefinition(def, calendars) });
    return state.def ? whenIdle(run, PAUSE_MS) : afterFirstFit(store, run);
  }, [def, state.def, calendars, store]);
  return state.result;
}
