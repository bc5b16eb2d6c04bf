import type {
  DefinitionDiff,
  HistoryEvent,
  NodeType,
  SlaClock,
  Ticket,
  LocalizedDefinition,
  WorkflowDefinition,
} from '@deskkit/runtime';
import {
  Background,
  BackgroundVariant,
  Controls,
  type EdgeTypes,
  MarkerType,
  type NodeTypes,
  Panel,
  ReactFlow,
  ReactFlowProvider,
} from '@xyflow/react';
import { useId, useMemo } from 'react';
import type { LinkEdge, StepData, StepNode } from '../canvas/flow';
import { sourceHandleOf } from '../canvas/flow';
import { LinkEdgeView } from '../canvas/LinkEdgeView';
import { StepNodeView } from '../canvas/StepNodeView';
import { CanvasContext } from '../designer/context';
import { DiffLegend } from '../diff/DiffLegend';
import { markDiff } from '../diff/marks';
import { useI18n } from '@deskkit/forms';
import type { DesignerTranslate, Translator } from '../i18n/messages';
import { flowAriaLabels, useDesignerTranslator } from '../i18n/useTranslator';
import { useShownDefinition } from '../i18n/useShown';
import { layoutDefinition } from '../model/layout';
import { defaultNodeKinds, type NodeKind } from '../model/nodeKinds';
import { deriveProgress, type StepRecord } from './progress';

const nodeTypes: NodeTypes = { dk: StepNodeView };
const edgeTypes: EdgeTypes = { dk: LinkEdgeView };
const proOptions = { hideAttribution: true };

/** Props of {@link WorkflowViewer}. */
export interface WorkflowViewerProps {
  /** The definition (the version the ticket runs). */
  definition: WorkflowDefinition | LocalizedDefinition;
  /** The ticket: `active` steps are highlighted, `sla` clocks become badges. */
  ticket?: Pick<Ticket, 'active' | 'sla' | 'status' | 'number'>;
  /** The ticket's history (`runtime.history(id)`): the path taken and who acted when. */
  history?: readonly HistoryEvent[];
  /** Translates every user-facing string; `undefined` keeps the English default. */
  t?: DesignerTranslate;
  /** Formats instants (ISO strings) for display; the browser's locale by default. */
  formatTime?(iso: string): string;
  /** Shows a person for a user id (e.g. from the directory); the id by default. */
  formatActor?(userId: string): string;
  nodeKinds?: Partial<Record<NodeType, NodeKind>>;
  theme?: 'light' | 'dark';
  className?: string;
  /** Height of the viewer (default 480 px). */
  height?: number | string;
  /** Highlights added and changed steps and connections against another version (`diffDefinitions`). */
  diff?: DefinitionDiff;
}

function badgeOf(clock: SlaClock, t: Translator, time: (iso: string) => string, label: string) {
  const tone =
    clock.state === 'breached'
      ? 'bad'
      : clock.state === 'paused' || clock.state === 'cancelled'
        ? 'paused'
        : clock.state === 'met'
          ? 'ok'
          : (clock.warned ?? 0) > 0
            ? 'warn'
            : 'ok';
  const due = time(clock.dueAt);
  const text =
    clock.target === 'ola'
      ? t(`viewer.ola.${clock.state}`, { due })
      : t(`viewer.sla.${clock.state}`, {
          policy: label,
          target: t(`viewer.target.${clock.target}`),
          due,
        });
  return { text, tone } as const;
}

function recordLine(
  r: StepRecord,
  t: Translator,
  time: (iso: string) => string,
  actor: (id: string) => string,
): string {
  const parts = [r.action ?? r.outcome ?? ''];
  if (r.action && r.outcome && r.outcome !== r.action) parts.push(`(${r.outcome})`);
  if (r.actor) parts.push(t('viewer.by', { actor: actor(r.actor) }));
  parts.push(`· ${t('viewer.at', { time: time(r.at) })}`);
  return parts.filter(Boolean).join(' ');
}

/**
 * Read-only progress of one ticket through its workflow: the path taken, the current step(s)
 * highlighted, who acted at each step, when and with what outcome, and SLA/OLA badges. Works on
 * its own in a ticket page (no designer needed).
 *
 * @example
 * ```tsx
 * const view = await runtime.viewTicket(id, user);
 * <WorkflowViewer definition={definition} ticket={view.ticket} history={await runtime.history(id)} />
 * ```
 */
export function WorkflowViewer(props: WorkflowViewerProps) {
  const { ticket, history = [], theme } = props;
  const definition = useShownDefinition(props.definition);
  const t = useDesignerTranslator(props.t);
  const ariaLabels = useMemo(() => flowAriaLabels(t), [t]);
  // One React Flow id per viewer: its DOM ids (markers, descriptions) stay unique on the page.
  const flowId = `dk-flow${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const kinds = useMemo(() => ({ ...defaultNodeKinds, ...props.nodeKinds }), [props.nodeKinds]);
  // One desk-wide time zone and the locale, from DeskkitI18nProvider.
  const i18n = useI18n();
  const time = props.formatTime ?? ((iso: string) => i18n.formatDateTime(iso) || iso);
  const actor = props.formatActor ?? ((id: string) => id);
  const progress = useMemo(
    () => deriveProgress(definition, ticket, history),
    [definition, ticket, history],
  );
  const ctx = useMemo(() => ({ t, kinds, readOnly: true, lowDetail: false }), [t, kinds]);

  const { nodes, edges } = useMemo(() => {
    const fallback = definition.nodes.every((n) => n.position)
      ? null
      : layoutDefinition(definition, kinds);
    const current = new Set(progress.current);
    const done = new Set(progress.visited);
    const nodes: StepNode[] = definition.nodes.map((def) => {
      const ola = progress.ola.get(def.id);
      const data: StepData = {
        def,
        progress: current.has(def.id) ? 'current' : done.has(def.id) ? 'done' : 'idle',
        trail: (progress.records.get(def.id) ?? [])
          .slice(-3)
          .map((r) => recordLine(r, t, time, actor)),
        badge: ola ? badgeOf(ola, t, time, '') : undefined,
      };
      return {
        id: def.id,
        type: 'dk',
        position: def.position ?? fallback?.get(def.id) ?? { x: 0, y: 0 },
        data,
        draggable: false,
        connectable: false,
        ariaLabel: `${t(`type.${def.type}`)} ${def.name || def.id}: ${t(
          current.has(def.id)
            ? 'viewer.current'
            : done.has(def.id)
              ? 'viewer.done'
              : 'viewer.notReached',
        )}`,
      };
    });
    const byId = new Map(definition.nodes.map((n) => [n.id, n]));
    const edges: LinkEdge[] = definition.edges.map((def) => {
      const taken = progress.taken.has(def.id);
      return {
        id: def.id,
        type: 'dk',
        source: def.from,
        target: def.to,
        sourceHandle: sourceHandleOf(def, byId.get(def.from)),
        targetHandle: 'in',
        data: { def, taken },
        animated: taken && current.has(def.to),
        markerEnd: {
          type: MarkerType.ArrowClosed,
          width: 18,
          height: 18,
          color: taken ? '#2563eb' : '#cbd5e1',
        },
      };
    });
    return { nodes, edges };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- formatters are read on each recompute
  }, [definition, kinds, progress, t]);

  const shownNodes = useMemo(() => markDiff(nodes, props.diff?.nodes, t), [nodes, props.diff, t]);
  const shownEdges = useMemo(() => markDiff(edges, props.diff?.edges, t), [edges, props.diff, t]);
  const steps = progress.visited.concat(
    progress.current.filter((id) => !progress.visited.includes(id)),
  );
  return (
    <CanvasContext.Provider value={ctx}>
      <div
        className={`dk-designer dk-viewer ${theme === 'dark' ? 'dk-dark' : ''} ${props.className ?? ''}`}
        style={{ height: props.height ?? 480 }}
        role="region"
        aria-label={t('viewer.ariaLabel')}
      >
        <header className="dk-viewer__head">
          {ticket?.number && <strong className="dk-viewer__number">{ticket.number}</strong>}
          {ticket?.status && (
            <span className={`dk-status dk-status--${ticket.status}`}>
              {t('viewer.status', { status: ticket.status })}
            </span>
          )}
          <ul className="dk-viewer__badges" aria-label={t('viewer.slaBadges')}>
            {progress.sla.map((c, i) => {
              const b = badgeOf(
                c,
                t,
                time,
                definition.sla?.find((p) => p.id === c.policy)?.name ?? c.policy,
              );
              return (
                <li key={i} className={`dk-badge dk-badge--${b.tone}`}>
                  {b.text}
                </li>
              );
            })}
          </ul>
        </header>
        <div className="dk-viewer__body">
          <div className="dk-canvas">
            <ReactFlowProvider>
              <ReactFlow<StepNode, LinkEdge>
                id={flowId}
                nodes={shownNodes}
                edges={shownEdges}
                nodeTypes={nodeTypes}
                edgeTypes={edgeTypes}
                nodesDraggable={false}
                nodesConnectable={false}
                elementsSelectable={false}
                edgesFocusable={false}
                fitView
                fitViewOptions={{ padding: 0.15 }}
                minZoom={0.05}
                proOptions={proOptions}
                aria-label={t('viewer.ariaLabel')}
                ariaLabelConfig={ariaLabels}
              >
                <Background variant={BackgroundVariant.Dots} gap={16} size={1} className="dk-bg" />
                <Controls showInteractive={false} className="dk-controls" />
                {props.diff && (
                  <Panel position="top-left">
                    <DiffLegend diff={props.diff} t={t} />
                  </Panel>
                )}
              </ReactFlow>
            </ReactFlowProvider>
          </div>
          {/* It scrolls: keyboard users reach it to scroll it. */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
          <section className="dk-viewer__steps" aria-label={t('viewer.steps')} tabIndex={0}>
            <h3 className="dk-section__title">{t('viewer.steps')}</h3>
            {steps.length === 0 ? (
              <p className="dk-muted">{t('viewer.noHistory')}</p>
            ) : (
              <ol className="dk-timeline">
                {steps.map((id) => {
                  const node = definition.nodes.find((n) => n.id === id);
                  const isCurrent = progress.current.includes(id);
                  const entered = progress.enteredAt.get(id);
                  return (
                    <li
                      key={id}
                      className={`dk-timeline__item ${isCurrent ? 'is-current' : 'is-done'}`}
                    >
                      <div className="dk-timeline__name">
                        {node?.name || id}{' '}
                        <span
                          className={`dk-pill ${isCurrent ? 'dk-pill--current' : 'dk-pill--done'}`}
                        >
                          {t(isCurrent ? 'viewer.current' : 'viewer.done')}
                        </span>
                      </div>
                      {entered && <div className="dk-muted">{time(entered)}</div>}
                      {(progress.records.get(id) ?? []).map((r, i) => (
                        <div key={i} className="dk-timeline__record">
                          {recordLine(r, t, time, actor)}
                          {r.comment && <q className="dk-timeline__comment">{r.comment}</q>}
                        </div>
                      ))}
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        </div>
      </div>
    </CanvasContext.Provider>
  );
}
