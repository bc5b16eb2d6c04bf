import { ReactFlowProvider, type Viewport } from '@xyflow/react';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useEditHistory, useText } from '@deskkit/forms';
import { useDesignerTranslator } from '../i18n/useTranslator';
import { Inspector } from '../inspector/Inspector';
import type { InspectorEnv } from '../inspector/inspector.types';
import { IssuesPanel } from '../issues/IssuesPanel';
import { useValidation } from '../issues/validation';
import { PermissionMatrix } from '../matrix/PermissionMatrix';
import { calendarChoices } from '../model/calendarChoices';
import { formFieldChoices } from '../model/fieldChoices';
import { defaultNodeKinds } from '../model/nodeKinds';
import { Palette } from '../palette/Palette';
import { WorkflowSettings } from '../settings/WorkflowSettings';
import { CanvasContext } from './context';
import { type CanvasController, DesignerCanvas } from './DesignerCanvas';
import type { DesignerTab, WorkflowDesignerProps } from './designer.types';
import { DesignerDatalists } from './DesignerDatalists';
import { onDesignerKey } from './designerKeys';
import { DesignerTabs } from './DesignerTabs';
import { FormTab } from './FormTab';
import { ExportDialog, ImportDialog } from './JsonDialogs';
import { Toolbar } from './Toolbar';
import { useCanvasCommands } from './useCanvasCommands';
import { useIssueReveal } from './useIssueReveal';
import { usePublish } from './usePublish';

function Designer(props: WorkflowDesignerProps) {
  const { value, onChange, onPublish, theme, height } = props;
  const uid = useId().replace(/:/g, '');
  const t = useDesignerTranslator(props.t);
  const text = useText(value.locales);
  const kinds = useMemo(() => ({ ...defaultNodeKinds, ...props.nodeKinds }), [props.nodeKinds]);
  const canvasCtx = useMemo(() => ({ t, kinds, readOnly: false, lowDetail: false }), [t, kinds]);
  const history = useEditHistory(value, onChange);
  const { edit, current } = history;
  const { calendarNames, calendarSpecs } = useMemo(
    () => calendarChoices(props.calendars),
    [props.calendars],
  );
  const validation = useValidation(value, calendarSpecs);
  const [tab, setTab] = useState<DesignerTab>(props.initialTab ?? 'process');
  const [snap, setSnap] = useState(true);
  const [dialog, setDialog] = useState<'import' | 'export' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [selection, setSelection] = useState<{ nodes: string[]; edges: string[] }>({
    nodes: [],
    edges: [],
  });
  const controller = useRef<CanvasController>(null);
  const viewport = useRef<Viewport | null>(null);
  const onSelection = useCallback(
    (nodes: string[], edges: string[]) => setSelection({ nodes, edges }),
    [],
  );
  const commands = useCanvasCommands({
    history,
    controller,
    kinds,
    t,
    text,
    selection,
    announce: setAnnouncement,
  });
  const { publish, blocked, publishing } = usePublish({
    onPublish,
    current,
    t,
    announce: setAnnouncement,
  });
  const { reveal, matrixReveal } = useIssueReveal({ tab, setTab, current, controller });

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

  return (
    <CanvasContext.Provider value={canvasCtx}>
      {/* Shortcuts are scoped to the designer; each one also has a button or a menu item. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        className={`dk-designer ${theme === 'dark' ? 'dk-dark' : ''} ${props.className ?? ''}`}
        style={{ height: height ?? '100%' }}
        aria-label={t('designer.ariaLabel')}
        role="region"
        onKeyDown={(e) => onDesignerKey(e, { dialogOpen: dialog !== null, tab, commands })}
      >
        <header className="dk-designer__head">
          <div className="dk-designer__title">
            <span className="dk-designer__name">{text(value.name) || value.key}</span>
            <code className="dk-designer__key">{value.key}</code>
          </div>
          <DesignerTabs uid={uid} tab={tab} onTab={setTab} t={t} />
          <Toolbar
            t={t}
            canUndo={history.canUndo}
            canRedo={history.canRedo}
            snap={snap}
            publishing={publishing}
            canPublish={validation.ok}
            showCanvasTools={tab === 'process'}
            onUndo={commands.undo}
            onRedo={commands.redo}
            onLayout={commands.autoLayout}
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
              <Palette t={t} onAdd={commands.add} />
              <div className="dk-canvas">
                <DesignerCanvas
                  value={value}
                  issues={validation.issues}
                  kinds={kinds}
                  t={t}
                  snap={snap}
                  controller={controller}
                  onSelection={onSelection}
                  onMove={commands.move}
                  onConnect={commands.connect}
                  onReconnect={commands.reconnect}
                  onDropType={commands.add}
                  current={current}
                  viewport={viewport}
                  diff={props.diff}
                />
              </div>
              <Inspector
                env={env}
                selectedNodes={selection.nodes}
                selectedEdges={selection.edges}
                onConnect={commands.connect}
                onDelete={commands.remove}
                onSelect={commands.select}
              />
            </>
          )}
          {tab === 'form' && (
            <FormTab
              env={env}
              builder={props.formBuilder}
              theme={theme}
              history={{
                undo: commands.undo,
                redo: commands.redo,
                canUndo: history.canUndo,
                canRedo: history.canRedo,
              }}
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
        <DesignerDatalists
          listId={`dk${uid}`}
          fields={fields}
          calendars={calendarNames}
          rotas={props.rotas}
          handlers={props.handlers}
        />
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
