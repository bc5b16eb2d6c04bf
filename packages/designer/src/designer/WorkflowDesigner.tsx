import type { CalendarSpec, EdgeDefinition, Issue, NodeType } from '@deskkit/runtime';
import { ReactFlowProvider, type Viewport } from '@xyflow/react';
import {
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { dispatchEditorKey, useEditHistory, useI18n, useText } from '@deskkit/forms';
import { useDesignerTranslator } from '../i18n/useTranslator';
import { formFieldChoices } from '../model/fieldChoices';
import { Inspector } from '../inspector/Inspector';
import type { InspectorEnv } from '../inspector/inspector.types';
import { IssuesPanel } from '../issues/IssuesPanel';
import { publishFailure } from '../issues/findings';
import { checkDefinition, useValidation } from '../issues/validation';
import { PermissionMatrix } from '../matrix/PermissionMatrix';
import {
  addNode,
  applyLayout,
  connect,
  copyFragment,
  deleteElements,
  type Fragment,
  moveNodes,
  pasteFragment,
  reconnect,
} from '../model/edits';
import { layoutDefinition } from '../model/layout';
import { defaultNodeKinds } from '../model/nodeKinds';
import { Palette } from '../palette/Palette';
import { WorkflowSettings } from '../settings/WorkflowSettings';
import { CanvasContext } from './context';
import { type CanvasController, DesignerCanvas } from './DesignerCanvas';
import type { DesignerTab, WorkflowDesignerProps } from './designer.types';
import { FormTab } from './FormTab';
import { ExportDialog, ImportDialog } from './JsonDialogs';
import { Toolbar } from './Toolbar';

const TABS: DesignerTab[] = ['process', 'form', 'permissions', 'settings'];

const FIELD_AT_STEP = /^\/nodes\/(\d+)\/fields\/([^/]+)/;
const unescapePointer = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** The tab where an issue is fixed: field permissions in the matrix, steps and edges on the canvas. */
function tabOfIssue(issue: Issue): DesignerTab {
  if (FIELD_AT_STEP.test(issue.path)) return 'permissions';
  if (issue.nodeId || issue.edgeId) return 'process';
  if (issue.path.startsWith('/form')) return 'form';
  if (issue.path.startsWith('/nodes') || issue.path.startsWith('/edges')) return 'process';
  return 'settings';
}

function Designer(props: WorkflowDesignerProps) {
  const { value, onChange, onPublish, theme, height } = props;
  const uid = useId().replace(/:/g, '');
  const t = useDesignerTranslator(props.t);
  const text = useText(value.locales);
  const i18n = useI18n();
  const kinds = useMemo(() => ({ ...defaultNodeKinds, ...props.nodeKinds }), [props.nodeKinds]);
  const canvasCtx = useMemo(() => ({ t, kinds, readOnly: false, lowDetail: false }), [t, kinds]);
  const history = useEditHistory(value, onChange);
  const { edit, current } = history;
  const { calendarNames, calendarSpecs } = useMemo(() => {
    const c = props.calendars;
    return Array.isArray(c)
      ? { calendarNames: c as readonly string[], calendarSpecs: undefined }
      : {
          calendarNames: Object.keys(c ?? {}),
          calendarSpecs: c as Readonly<Record<string, CalendarSpec>> | undefined,
        };
  }, [props.calendars]);
  const validation = useValidation(value, calendarSpecs);
  const [tab, setTab] = useState<DesignerTab>(props.initialTab ?? 'process');
  const [snap, setSnap] = useState(true);
  const [dialog, setDialog] = useState<'import' | 'export' | null>(null);
  const [blocked, setBlocked] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [selection, setSelection] = useState<{ nodes: string[]; edges: string[] }>({
    nodes: [],
    edges: [],
  });
  const controller = useRef<CanvasController>(null);
  const viewport = useRef<Viewport | null>(null);
  const clipboard = useRef<Fragment | null>(null);
  const pendingReveal = useRef<Issue | null>(null);

  const onSelection = useCallback(
    (nodes: string[], edges: string[]) => setSelection({ nodes, edges }),
    [],
  );
  const onMove = useCallback(
    (positions: Map<string, { x: number; y: number }>) => edit((d) => moveNodes(d, positions)),
    [edit],
  );
  const doConnect = useCallback(
    (from: string, to: string, outcome: EdgeDefinition['outcome']) => {
      let id: string | null = null;
      edit((d) => void (id = connect(d, from, to, outcome)));
      if (id) {
        const name = (nid: string) => text(current().nodes.find((n) => n.id === nid)?.name) || nid;
        setAnnouncement(t('announce.connected', { from: name(from), to: name(to) }));
      }
    },
    [edit, current, t, text],
  );
  const onReconnect = useCallback(
    (edgeId: string, from: string, to: string, outcome: EdgeDefinition['outcome']) =>
      edit((d) => reconnect(d, edgeId, from, to, outcome)),
    [edit],
  );
  const add = useCallback(
    (type: NodeType, position?: { x: number; y: number }) => {
      const kind = kinds[type];
      const at = position ?? controller.current?.freeSpot(type) ?? { x: 80, y: 80 };
      let id = '';
      const name = t(`type.${type}`);
      edit((d) => void (id = addNode(d, kind, name, at)));
      controller.current?.selectWhenAdded([id]);
      setAnnouncement(t('announce.added', { type: name, name: id }));
    },
    [kinds, edit, t],
  );
  const onDropType = useCallback(
    (type: NodeType, p: { x: number; y: number }) => add(type, p),
    [add],
  );
  const remove = useCallback(
    (nodeIds: readonly string[], edgeIds: readonly string[]) => {
      if (nodeIds.length + edgeIds.length === 0) return;
      edit((d) => deleteElements(d, new Set(nodeIds), new Set(edgeIds)));
      setAnnouncement(t('announce.deleted', { count: nodeIds.length + edgeIds.length }));
    },
    [edit, t],
  );
  const select = useCallback(
    (nodes: string[], edges: string[]) => controller.current?.select(nodes, edges),
    [],
  );
  const autoLayout = useCallback(() => {
    const positions = layoutDefinition(current(), kinds);
    edit((d) => applyLayout(d, positions));
    setAnnouncement(t('announce.layout'));
    requestAnimationFrame(() => controller.current?.fit());
  }, [current, kinds, edit, t]);
  const undo = useCallback(() => {
    history.undo();
    setAnnouncement(t('announce.undo'));
  }, [history, t]);
  const redo = useCallback(() => {
    history.redo();
    setAnnouncement(t('announce.redo'));
  }, [history, t]);
  const copy = useCallback(() => {
    if (selection.nodes.length === 0) return;
    clipboard.current = copyFragment(current(), new Set(selection.nodes));
    setAnnouncement(t('announce.copied', { count: selection.nodes.length }));
  }, [selection.nodes, current, t]);
  const paste = useCallback(() => {
    const fragment = clipboard.current;
    if (!fragment || fragment.nodes.length === 0) return;
    let added: string[] = [];
    edit((d) => void (added = pasteFragment(d, fragment, { x: 40, y: 40 })));
    controller.current?.selectWhenAdded(added);
    // The next paste lands a step further, like every editor does.
    clipboard.current = {
      nodes: fragment.nodes.map((n) => ({
        ...n,
        position: { x: (n.position?.x ?? 0) + 40, y: (n.position?.y ?? 0) + 40 },
      })),
      edges: fragment.edges,
    };
    setAnnouncement(t('announce.pasted', { count: added.length }));
  }, [edit, t]);

  const [matrixReveal, setMatrixReveal] = useState<{ nodeId: string; field: string } | null>(null);
  const reveal = useCallback(
    (issue: Issue) => {
      const target = tabOfIssue(issue);
      setTab(target);
      const cell = FIELD_AT_STEP.exec(issue.path);
      const nodeId = cell && (issue.nodeId ?? current().nodes[Number(cell[1])]?.id);
      if (cell && nodeId) setMatrixReveal({ nodeId, field: unescapePointer(cell[2]!) });
      if (target === 'process') {
        if (controller.current) controller.current.reveal(issue);
        else pendingReveal.current = issue;
      }
    },
    [current],
  );
  useEffect(() => {
    if (tab === 'process' && pendingReveal.current && controller.current) {
      const issue = pendingReveal.current;
      pendingReveal.current = null;
      // Let the canvas measure its nodes before centring on one.
      requestAnimationFrame(() => controller.current?.reveal(issue));
    }
  });

  const publish = useCallback(async () => {
    if (!onPublish) return;
    const def = current();
    const verdict = checkDefinition(def);
    if (!verdict.ok) {
      setBlocked(true);
      setAnnouncement(
        t('publish.refused', {
          count: verdict.issues.filter((i) => i.severity === 'error').length,
        }),
      );
      return;
    }
    setBlocked(false);
    setPublishing(true);
    try {
      await onPublish(def);
      setAnnouncement(t('publish.done'));
    } catch (e) {
      setAnnouncement(t('publish.failed', { error: publishFailure(i18n, e, def) }));
    } finally {
      setPublishing(false);
    }
  }, [onPublish, current, t, i18n]);

  const duplicate = useCallback(() => {
    if (selection.nodes.length === 0) return;
    const fragment = copyFragment(current(), new Set(selection.nodes));
    let added: string[] = [];
    edit((d) => void (added = pasteFragment(d, fragment, { x: 40, y: 40 })));
    controller.current?.selectWhenAdded(added);
    setAnnouncement(t('announce.pasted', { count: added.length }));
  }, [selection.nodes, current, edit, t]);

  /** The editors' one keyboard map: the Form tab's builder handles its keys first, and once. */
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (dialog) return;
    const onCanvas =
      tab === 'process'
        ? {
            copy,
            paste,
            duplicate,
            selectAll: () => {
              const def = current();
              select(
                def.nodes.map((n) => n.id),
                def.edges.map((x) => x.id),
              );
            },
            delete: () => remove(selection.nodes, selection.edges),
            deselect: () => select([], []),
          }
        : {};
    dispatchEditorKey(e, { undo, redo, ...onCanvas });
  };

  const fields = useMemo(() => formFieldChoices(value, text), [value, text]);
  const env: InspectorEnv = useMemo(
    () => ({
      def: value,
      edit,
      t,
      text,
      fields,
      directory: props.directory,
      workflows: props.workflows,
      calendars: calendarNames,
      calendarSpecs,
      rotas: props.rotas,
      handlers: props.handlers,
      listId: `dk${uid}`,
    }),
    [
      value,
      edit,
      t,
      text,
      fields,
      props.directory,
      props.workflows,
      calendarNames,
      calendarSpecs,
      props.rotas,
      props.handlers,
      uid,
    ],
  );
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!d) return;
    e.preventDefault();
    const next = TABS[(i + d + TABS.length) % TABS.length]!;
    setTab(next);
    document.getElementById(`${uid}-tab-${next}`)?.focus();
  };

  return (
    <CanvasContext.Provider value={canvasCtx}>
      {/* Shortcuts are scoped to the designer; each one also has a button or a menu item. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        className={`dk-designer ${theme === 'dark' ? 'dk-dark' : ''} ${props.className ?? ''}`}
        style={{ height: height ?? '100%' }}
        aria-label={t('designer.ariaLabel')}
        role="region"
        onKeyDown={onKeyDown}
      >
        <header className="dk-designer__head">
          <div className="dk-designer__title">
            <span className="dk-designer__name">{text(value.name) || value.key}</span>
            <code className="dk-designer__key">{value.key}</code>
          </div>
          <div className="dk-designer-tabs" role="tablist" aria-label={t('tabs.ariaLabel')}>
            {TABS.map((id, i) => (
              <button
                key={id}
                id={`${uid}-tab-${id}`}
                type="button"
                role="tab"
                className="dk-designer-tab"
                aria-selected={tab === id}
                aria-controls={`${uid}-panel`}
                tabIndex={tab === id ? 0 : -1}
                onClick={() => setTab(id)}
                onKeyDown={(e) => onTabKey(e, i)}
              >
                {t(`tab.${id}`)}
              </button>
            ))}
          </div>
          <Toolbar
            t={t}
            canUndo={history.canUndo}
            canRedo={history.canRedo}
            snap={snap}
            publishing={publishing}
            canPublish={validation.ok}
            showCanvasTools={tab === 'process'}
            onUndo={undo}
            onRedo={redo}
            onLayout={autoLayout}
            onFit={() => controller.current?.fit()}
            onSnap={setSnap}
            onImport={() => setDialog('import')}
            onExport={() => setDialog('export')}
            onPublish={onPublish ? () => void publish() : undefined}
          />
        </header>
        <div
          id={`${uid}-panel`}
          role="tabpanel"
          aria-labelledby={`${uid}-tab-${tab}`}
          className={`dk-designer__main dk-designer__main--${tab}`}
        >
          {tab === 'process' && (
            <>
              <Palette t={t} onAdd={add} />
              <div className="dk-canvas">
                <DesignerCanvas
                  value={value}
                  issues={validation.issues}
                  kinds={kinds}
                  t={t}
                  snap={snap}
                  controller={controller}
                  onSelection={onSelection}
                  onMove={onMove}
                  onConnect={doConnect}
                  onReconnect={onReconnect}
                  onDropType={onDropType}
                  current={current}
                  viewport={viewport}
                  diff={props.diff}
                />
              </div>
              <Inspector
                env={env}
                selectedNodes={selection.nodes}
                selectedEdges={selection.edges}
                onConnect={doConnect}
                onDelete={remove}
                onSelect={select}
              />
            </>
          )}
          {tab === 'form' && (
            <FormTab
              env={env}
              builder={props.formBuilder}
              theme={theme}
              history={{ undo, redo, canUndo: history.canUndo, canRedo: history.canRedo }}
            />
          )}
          {tab === 'permissions' && (
            <PermissionMatrix def={value} fields={fields} edit={edit} t={t} reveal={matrixReveal} />
          )}
          {tab === 'settings' && <WorkflowSettings env={env} />}
        </div>
        <IssuesPanel
          issues={validation.issues}
          t={t}
          onReveal={reveal}
          blocked={blocked}
          definition={value}
        />
        <datalist id={`dk${uid}-fields`}>
          {fields.map((f) => (
            <option key={f.name} value={f.name}>
              {f.label}
            </option>
          ))}
        </datalist>
        <datalist id={`dk${uid}-calendars`}>
          {calendarNames.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <datalist id={`dk${uid}-rotas`}>
          {(props.rotas ?? []).map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <datalist id={`dk${uid}-handlers`}>
          {(props.handlers ?? []).map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <div className="dk-sr-only" role="status" aria-live="polite">
          {announcement}
        </div>
        {dialog === 'import' && (
          <ImportDialog
            t={t}
            onClose={() => setDialog(null)}
            onImport={(def) => {
              history.replace(def);
              setDialog(null);
              setAnnouncement(t('import.done', { name: text(def.name) ?? def.key }));
            }}
          />
        )}
        {dialog === 'export' && (
          <ExportDialog t={t} value={value} onClose={() => setDialog(null)} />
        )}
      </div>
    </CanvasContext.Provider>
  );
}

/**
 * The workflow designer: draw an ITSM process on a canvas, configure each step in the inspector,
 * set field permissions per step, edit the form and the workflow's settings, with live validation
 * by the runtime, undo/redo and import/export. Controlled: pass `value` and `onChange`.
 *
 * @example
 * ```tsx
 * import { WorkflowDesigner } from '@deskkit/designer';
 * import '@deskkit/designer/style.css';
 *
 * function Studio({ initial }: { initial: WorkflowDefinition }) {
 *   const [def, setDef] = useState(initial);
 *   return (
 *     <div style={{ height: 720 }}>
 *       <WorkflowDesigner value={def} onChange={setDef} onPublish={(d) => runtime.publish(d, { actor: 'admin' })} />
 *     </div>
 *   );
 * }
 * ```
 */
export function WorkflowDesigner(props: WorkflowDesignerProps) {
  return (
    <ReactFlowProvider>
      <Designer {...props} />
    </ReactFlowProvider>
  );
}
