import type { DefinitionDiff, Issue, NodeType, WorkflowDefinition } from '@deskkit/runtime';
import {
  Background,
  BackgroundVariant,
  type Connection,
  ConnectionLineType,
  Controls,
  type Edge,
  type EdgeTypes,
  type IsValidConnection,
  MarkerType,
  MiniMap,
  type NodeTypes,
  Panel,
  ReactFlow,
  type Viewport,
  useReactFlow,
  useStore,
  useStoreApi,
} from '@xyflow/react';
import {
  type DragEvent,
  memo,
  startTransition,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useState,
  type Ref,
} from 'react';
import { CanvasMiniMap } from '../canvas/CanvasMiniMap';
import { DiffLegend } from '../diff/DiffLegend';
import { markDiff } from '../diff/marks';
import type { LinkEdge, StepNode } from '../canvas/flow';
import { LinkEdgeView } from '../canvas/LinkEdgeView';
import { StepNodeView } from '../canvas/StepNodeView';
import type { Translator } from '../i18n/messages';
import { connectionProblem, outcomeOfHandle } from '../model/edits';
import type { NodeKind } from '../model/nodeKinds';
import { placeNewNode } from '../model/placement';
import { CanvasContext, useCanvas } from './context';
import { useCanvasState } from './useCanvasState';
import { flowAriaLabels } from '../i18n/useTranslator';

const nodeTypes: NodeTypes = { dk: StepNodeView };
const edgeTypes: EdgeTypes = { dk: LinkEdgeView };
const defaultEdgeOptions = {
  type: 'dk',
  markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: '#94a3b8' },
};
const snapGrid: [number, number] = [16, 16];
/**
 * A constant, not a literal in the JSX: React Flow's graph view is memoised on its props, and a new
 * array on every render (every frame of a node drag) re-rendered the whole pane and re-bound its
 * key listeners.
 */
const multiSelectionKeys = ['Meta', 'Control'];
const proOptions = { hideAttribution: true };
const fitViewOptions = { padding: 0.15 };
const minimapClass = (n: StepNode) => `dk-mm dk-mm--${n.data.def.type}`;
/** Below this zoom the canvas drops details nobody can read (shadows, summaries, edge labels). */
const LOW_DETAIL_ZOOM = 0.45;
const zoomedOut = (s: { transform: [number, number, number] }) => s.transform[2] < LOW_DETAIL_ZOOM;
/** Below this zoom names are a few pixels high: a large graph draws boxes only. */
const TINY_ZOOM = 0.25;
const tinyZoom = (s: { transform: [number, number, number] }) => s.transform[2] < TINY_ZOOM;
/** Until the first fit the zoom is unknown: a large graph starts in low detail rather than drawing twice. */
const fitPending = (s: { fitViewQueued: boolean }) => s.fitViewQueued;
/** Graphs larger than this render only what is on screen — when zoomed in; zoomed out, all of it is. */
const VIRTUALIZE_ABOVE = 200;

/** What the designer shell can ask of the canvas. */
export interface CanvasController {
  select(nodeIds: Iterable<string>, edgeIds?: Iterable<string>): void;
  selectWhenAdded(nodeIds: string[]): void;
  /** Selects and centres the node or edge an issue is about. */
  reveal(target: { nodeId?: string; edgeId?: string }): void;
  /**
   * A free spot near the centre of the visible canvas for a new node of `type` added by click or
   * keyboard (see `placeNewNode`); pans to it when it lands off screen.
   */
  freeSpot(type: NodeType): { x: number; y: number };
  fit(): void;
}

export interface DesignerCanvasProps {
  value: WorkflowDefinition;
  issues: readonly Issue[];
  kinds: Record<NodeType, NodeKind>;
  t: Translator;
  snap: boolean;
  controller: Ref<CanvasController>;
  onSelection(nodeIds: string[], edgeIds: string[]): void;
  onMove(positions: Map<string, { x: number; y: number }>): void;
  onConnect(from: string, to: string, outcome: 'approved' | 'rejected' | undefined): void;
  onReconnect(
    edgeId: string,
    from: string,
    to: string,
    outcome: 'approved' | 'rejected' | undefined,
  ): void;
  onDropType(type: NodeType, position: { x: number; y: number }): void;
  /** The latest definition (for connection checks between renders). */
  current(): WorkflowDefinition;
  viewport: { current: Viewport | null };
  /** Highlights added and changed steps and connections. */
  diff?: DefinitionDiff;
}

/** The editable xyflow canvas of the designer. */
export const DesignerCanvas = memo(function DesignerCanvas(props: DesignerCanvasProps) {
  const { value, issues, kinds, t, snap, onSelection, onMove, current } = props;
  const state = useCanvasState(value, issues, kinds, t, onMove);
  // React Flow derives its DOM ids (markers, descriptions, live region) from this id: one per
  // canvas, so two designers on a page never share an id.
  const flowId = `dk-flow${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const flow = useReactFlow<StepNode, LinkEdge>();
  const store = useStoreApi<StepNode, LinkEdge>();
  const { selectedNodeIds, selectedEdgeIds, positionOf, select, selectWhenAdded } = state;

  // A press that starts a drag selects the step; the shell (inspector, toolbar) hears of it when
  // the drag ends. Rendering the inspector of the step under the pointer at the press cost the
  // first frames of every drag (on 1,000 steps, ~60 ms of script, style and layout).
  // After a drag, the inspector renders as a transition: the drop (positions committed) is painted
  // first, not after the inspector of the dropped step.
  const [dragging, setDragging] = useState(false);
  const [dropped, setDropped] = useState(false);
  const onNodeDragStart = useCallback(() => setDragging(true), []);
  const onNodeDragStop = useCallback(() => {
    setDragging(false);
    setDropped(true);
  }, []);
  useEffect(() => {
    if (dragging) return;
    if (!dropped) onSelection(selectedNodeIds, selectedEdgeIds);
    else {
      setDropped(false);
      startTransition(() => onSelection(selectedNodeIds, selectedEdgeIds));
    }
  }, [selectedNodeIds, selectedEdgeIds, onSelection, dragging, dropped]);

  useImperativeHandle(
    props.controller,
    () => ({
      select,
      selectWhenAdded,
      reveal({ nodeId, edgeId }) {
        const def = current();
        const centreOf = (id: string) => {
          const n = def.nodes.find((x) => x.id === id);
          if (!n) return null;
          const p = positionOf(n);
          const k = kinds[n.type];
          return { x: p.x + (k?.width ?? 200) / 2, y: p.y + (k?.height ?? 72) / 2 };
        };
        let target: { x: number; y: number } | null = null;
        if (edgeId) {
          const e = def.edges.find((x) => x.id === edgeId);
          const a = e && centreOf(e.from);
          const b = e && centreOf(e.to);
          if (a && b) target = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
          select([], [edgeId]);
        } else if (nodeId) {
          target = centreOf(nodeId);
          select([nodeId]);
        }
        if (target) {
          void flow.setCenter(target.x, target.y, {
            zoom: Math.max(flow.getZoom(), 1),
            duration: 300,
          });
        }
      },
      freeSpot(type) {
        const { width, height, transform } = store.getState();
        const [tx, ty, zoom] = transform;
        // Before the pane is measured (or fitted to an empty graph) the viewport is no guide.
        const known = width > 0 && zoom > 0 && [tx, ty, zoom].every(Number.isFinite);
        const centre = known
          ? { x: (width / 2 - tx) / zoom, y: (height / 2 - ty) / zoom }
          : { x: 192, y: 120 };
        const kindSize = (of: NodeType) => ({
          width: kinds[of]?.width ?? 200,
          height: kinds[of]?.height ?? 72,
        });
        const { nodeLookup } = store.getState();
        const taken = current().nodes.map((n) => {
          const measured = nodeLookup.get(n.id)?.measured;
          const fallback = kindSize(n.type);
          return {
            ...positionOf(n),
            width: measured?.width ?? fallback.width,
            height: measured?.height ?? fallback.height,
          };
        });
        const size = kindSize(type);
        const spot = placeNewNode(centre, size, taken);
        // Pushed right past the graph and off screen: bring it into view, at the same zoom.
        if (known && (spot.x + size.width) * zoom + tx > width) {
          void flow.setCenter(spot.x + size.width / 2, spot.y + size.height / 2, {
            zoom,
            duration: 200,
          });
        }
        return spot;
      },
      fit() {
        void flow.fitView({ padding: 0.15, duration: 200 });
      },
    }),
    [select, selectWhenAdded, current, positionOf, kinds, flow, store],
  );

  const isValidConnection: IsValidConnection<LinkEdge> = useCallback(
    (c: Edge | Connection) =>
      connectionProblem(current(), c.source, c.target, outcomeOfHandle(c.sourceHandle)) === null,
    [current],
  );
  const handleConnect = useCallback(
    (c: Connection) => props.onConnect(c.source, c.target, outcomeOfHandle(c.sourceHandle)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the callback prop is stable (useCallback in the shell)
    [props.onConnect],
  );
  const handleReconnect = useCallback(
    (old: LinkEdge, c: Connection) =>
      props.onReconnect(old.id, c.source, c.target, outcomeOfHandle(c.sourceHandle)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the callback prop is stable
    [props.onReconnect],
  );
  const onDragOver = useCallback((e: DragEvent) => {
    if (e.dataTransfer.types.includes('application/x-deskkit-node')) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      const type = e.dataTransfer.getData('application/x-deskkit-node') as NodeType;
      if (!type || !kinds[type]) return;
      e.preventDefault();
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const k = kinds[type];
      props.onDropType(type, { x: p.x - k.width / 2, y: p.y - k.height / 2 });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the callback prop is stable
    [flow, kinds, props.onDropType],
  );
  const ariaLabelConfig = useMemo(() => flowAriaLabels(t), [t]);
  const large = state.nodes.length > VIRTUALIZE_ABOVE;
  const viewportRef = props.viewport;
  const farOut = useStore(zoomedOut);
  const fitting = useStore(fitPending);
  const tiny = useStore(tinyZoom);
  // Small graphs keep every detail at any zoom: they cost nothing to draw.
  const lowDetail = large && (farOut || fitting);
  const outer = useCanvas();
  const ctx = useMemo(() => ({ ...outer, lowDetail }), [outer, lowDetail]);
  const onMoveEnd = useCallback(
    (_: unknown, vp: Viewport) => {
      viewportRef.current = vp;
    },
    [viewportRef],
  );
  // Read once on mount: a remounted canvas (tab switch) returns to where the user left it.
  const [initialViewport] = useState(() => viewportRef.current);
  const ariaLabel = t('canvas.ariaLabel', { nodes: value.nodes.length, edges: value.edges.length });
  const shownNodes = useMemo(
    () => markDiff(state.nodes, props.diff?.nodes, t),
    [state.nodes, props.diff, t],
  );
  const shownEdges = useMemo(
    () => markDiff(state.edges, props.diff?.edges, t),
    [state.edges, props.diff, t],
  );
  return (
    <CanvasContext.Provider value={ctx}>
      <ReactFlow<StepNode, LinkEdge>
        id={flowId}
        nodes={shownNodes}
        edges={shownEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        onNodesChange={state.onNodesChange}
        onEdgesChange={state.onEdgesChange}
        onConnect={handleConnect}
        onReconnect={handleReconnect}
        // Zoomed far out on a large graph the handles are hidden and no connection is drawn or
        // moved by its ends (a few pixels wide there; the inspector still reconnects): without
        // this, two reconnection circles per edge, 2,000 SVG elements on 1,000 steps, were laid
        // out, painted and layerized in every frame of a drag.
        edgesReconnectable={!lowDetail}
        isValidConnection={isValidConnection}
        connectionLineType={ConnectionLineType.SmoothStep}
        onDragOver={onDragOver}
        onDrop={onDrop}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={multiSelectionKeys}
        snapToGrid={snap}
        snapGrid={snapGrid}
        onlyRenderVisibleElements={large && !farOut}
        minZoom={0.05}
        maxZoom={2}
        fitView={!initialViewport}
        fitViewOptions={fitViewOptions}
        defaultViewport={initialViewport ?? undefined}
        onMoveEnd={onMoveEnd}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        ariaLabelConfig={ariaLabelConfig}
        aria-label={ariaLabel}
        className={lowDetail ? `dk-low-detail${tiny || fitting ? ' dk-tiny' : ''}` : undefined}
        proOptions={proOptions}
        elevateEdgesOnSelect
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} className="dk-bg" />
        <Controls showInteractive={false} className="dk-controls" />
        {/* An empty graph has no bounds to draw a minimap of. */}
        {value.nodes.length > 0 && !large && (
          <MiniMap pannable zoomable className="dk-minimap" nodeClassName={minimapClass} />
        )}
        {large && <CanvasMiniMap label={t('canvas.minimap')} />}
        {props.diff && (
          <Panel position="top-left">
            <DiffLegend diff={props.diff} t={t} />
          </Panel>
        )}
      </ReactFlow>
    </CanvasContext.Provider>
  );
});
