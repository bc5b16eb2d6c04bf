// A portal team's app on the packed tarballs, following the READMEs: strict TypeScript (with
// exactOptionalPropertyTypes and skipLibCheck off, so the published .d.ts files are checked too),
// React 19, Vite.
import { WorkflowDesigner, WorkflowViewer } from '@deskkit/designer';
import '@deskkit/designer/style.css';
import { FormBuilder, FormRenderer } from '@deskkit/forms';
import '@deskkit/forms/style.css';
import {
  createRuntime,
  memoryDirectory,
  memoryStorage,
  type CatalogEntry,
  type FormDefinition,
  type WorkflowDefinition,
} from '@deskkit/runtime';
import { createHttpClient } from '@deskkit/server/client';
import { BarChart, Dashboard, type DashboardDocument, type WidgetLibrary } from '@deskkit/widgets';
import '@deskkit/widgets/style.css';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const form: FormDefinition = {
  schema: {
    type: 'object',
    required: ['title'],
    properties: { title: { type: 'string', title: 'Title', minLength: 3 } },
  },
};

const definition: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'request',
  name: 'Request',
  form,
  nodes: [
    { id: 'start', type: 'start', name: 'Raise' },
    { id: 'end', type: 'end', name: 'Done' },
  ],
  edges: [{ id: 'e1', from: 'start', to: 'end' }],
};

const runtime = createRuntime({
  storage: memoryStorage(),
  directory: memoryDirectory({ users: [{ id: 'sam', name: 'Sam' }] }),
});

const library: WidgetLibrary = {
  todo: { type: 'todo', title: 'My to-do', config: { limit: 5 } },
};
const overview: DashboardDocument = {
  id: 'overview',
  name: 'Overview',
  roles: ['agent'],
  personalizable: false,
  items: [{ i: 'todo', widget: 'todo' }],
  layouts: { lg: [{ i: 'todo', x: 0, y: 0, w: 6, h: 6 }] },
};

// The same DeskClient over HTTP: the app's own server (server/main.ts) on this origin, signed in
// with its session cookie.
const desk = createHttpClient({ baseUrl: '/api' });

function Catalog() {
  const [entries, setEntries] = useState<CatalogEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    desk.catalog().then(setEntries, (e: unknown) => setError(String(e)));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  return (
    <ul aria-label="Services">
      {entries.map((e) => (
        <li key={e.key}>{[...e.path, e.name].join(' › ')}</li>
      ))}
    </ul>
  );
}

function App() {
  const [draft, setDraft] = useState(definition);
  const [formDraft, setFormDraft] = useState(form);
  return (
    <>
      <Catalog />
      <FormRenderer
        form={form}
        onSubmit={async (data) => {
          await runtime.startTicket({ workflow: 'request', data, actor: 'sam' });
        }}
      />
      <FormBuilder value={formDraft} onChange={setFormDraft} />
      <div style={{ height: 600 }}>
        <WorkflowDesigner value={draft} onChange={setDraft} />
      </div>
      <WorkflowViewer definition={draft} />
      <Dashboard value={overview} library={library} dataSource={runtime} user="sam" />
      <BarChart
        label="Tickets by status"
        data={{ categories: ['Open', 'Closed'], series: [{ name: 'Tickets', values: [3, 5] }] }}
      />
    </>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
