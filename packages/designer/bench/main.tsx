/**
 * Benchmark and screenshot page. `?mode=designer|plain&n=1000` renders a generated definition in
 * the Deskkit designer or in plain @xyflow/react with default nodes; `?view=…` renders a story-like
 * state for screenshots. The page reports `window.__bench.t0` (before render) for the driver.
 */
import '@deskkit/designer/style.css';
import '@deskkit/forms/style.css';
import { WorkflowDesigner, WorkflowViewer } from '@deskkit/designer';
import type { WorkflowDefinition } from '@deskkit/runtime';
import {
  Background,
  Controls,
  type Edge,
  type Node,
  ReactFlow,
  useEdgesState,
  useNodesState,
} from '@xyflow/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  allNodeTypesDefinition,
  brokenDefinition,
  demoDirectory,
  emptyDefinition,
  itsmChangeDefinition,
  itsmChangeTicket,
  largeDefinition,
} from '../src/fixtures/definitions';

const params = new URLSearchParams(location.search);
const mode = params.get('mode') ?? 'designer';
const n = Number(params.get('n') ?? 1000);
const view = params.get('view');
(window as unknown as { __bench: { t0: number } }).__bench = { t0: performance.now() };

function Designer({
  initial,
  ...rest
}: { initial: WorkflowDefinition } & Partial<Parameters<typeof WorkflowDesigner>[0]>) {
  const [value, setValue] = useState(initial);
  return (
    <WorkflowDesigner
      directory={demoDirectory}
      onPublish={() => undefined}
      {...rest}
      value={value}
      onChange={setValue}
    />
  );
}

function Plain({ def }: { def: WorkflowDefinition }) {
  const [nodes, , onNodesChange] = useNodesState<Node>(
    def.nodes.map((d) => ({
      id: d.id,
      position: d.position ?? { x: 0, y: 0 },
      data: { label: d.name ?? d.id },
    })),
  );
  const [edges, , onEdgesChange] = useEdgesState<Edge>(
    def.edges.map((e) => ({ id: e.id, source: e.from, target: e.to })),
  );
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      fitView
      minZoom={0.05}
    >
      <Background />
      <Controls />
    </ReactFlow>
  );
}

function App() {
  if (view === 'viewer' || view === 'viewer-dark') {
    const { ticket, history } = itsmChangeTicket();
    return (
      <div style={{ padding: 16 }}>
        <WorkflowViewer
          definition={itsmChangeDefinition()}
          ticket={ticket}
          history={history}
          height={560}
          theme={view === 'viewer-dark' ? 'dark' : 'light'}
        />
      </div>
    );
  }
  if (view) {
    const defs: Record<string, () => WorkflowDefinition> = {
      itsm: itsmChangeDefinition,
      types: allNodeTypesDefinition,
      broken: brokenDefinition,
      empty: emptyDefinition,
    };
    const tab = params.get('tab') as 'process' | 'permissions' | 'settings' | null;
    return (
      <div style={{ height: '100vh', padding: 12, boxSizing: 'border-box' }}>
        <Designer
          initial={(defs[view] ?? itsmChangeDefinition)()}
          theme={params.get('theme') === 'dark' ? 'dark' : 'light'}
          initialTab={tab ?? 'process'}
          calendars={['office', '24x7']}
          workflows={[{ key: 'problem', name: 'Problem record', versions: [1, 2] }]}
        />
      </div>
    );
  }
  const def = largeDefinition(n);
  return (
    <div style={{ height: '100vh' }}>
      {mode === 'plain' ? <Plain def={def} /> : <Designer initial={def} />}
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
