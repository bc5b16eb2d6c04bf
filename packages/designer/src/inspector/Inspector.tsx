import type { EdgeDefinition } from '@deskkit/runtime';
import { EdgeInspector } from './EdgeInspector';
import type { InspectorEnv } from './inspector.types';
import { NodeInspector } from './NodeInspector';

export interface InspectorProps {
  env: InspectorEnv;
  selectedNodes: readonly string[];
  selectedEdges: readonly string[];
  onConnect(from: string, to: string, outcome?: EdgeDefinition['outcome']): void;
  onDelete(nodeIds: readonly string[], edgeIds: readonly string[]): void;
  onSelect(nodeIds: string[], edgeIds: string[]): void;
}

/** The side panel editing what is selected on the canvas. */
export function Inspector(props: InspectorProps) {
  const { env, selectedNodes, selectedEdges, onDelete, onSelect } = props;
  const { t, def } = env;
  let body;
  const count = selectedNodes.length + selectedEdges.length;
  if (count === 1 && selectedNodes.length === 1) {
    const node = def.nodes.find((n) => n.id === selectedNodes[0]);
    body = node && (
      <NodeInspector
        key={node.id}
        node={node}
        env={env}
        onConnect={props.onConnect}
        onDelete={() => onDelete([node.id], [])}
        onSelectEdge={(id) => onSelect([], [id])}
        onSelectNode={(id) => onSelect([id], [])}
      />
    );
  } else if (count === 1) {
    const edge = def.edges.find((e) => e.id === selectedEdges[0]);
    body = edge && (
      <EdgeInspector key={edge.id} edge={edge} env={env} onDelete={() => onDelete([], [edge.id])} />
    );
  } else if (count > 1) {
    body = (
      <div className="dk-inspector__body">
        <p>{t('inspector.multi', { count })}</p>
        <button
          type="button"
          className="dk-btn dk-btn--danger"
          onClick={() => onDelete(selectedNodes, selectedEdges)}
        >
          {t('toolbar.delete')}
        </button>
      </div>
    );
  }
  return (
    <aside className="dk-inspector" aria-label={t('inspector.title')}>
      {body ?? <p className="dk-empty">{t('inspector.empty')}</p>}
    </aside>
  );
}
