/**
 * A host page embedding every package with no option that changes how it validates or loads: the
 * form builder, the workflow designer, the progress viewer and a dashboard. The strict-CSP test
 * serves it with `script-src 'self'`; the embedding test renders each component twice
 * (`?twice`) to look for duplicate DOM ids. Each part says when it is ready through what a user
 * sees, so the tests wait for that.
 */
import { WorkflowDesigner, WorkflowViewer } from '@deskkit/designer';
import '@deskkit/designer/style.css';
import { FormBuilder } from '@deskkit/forms';
import '@deskkit/forms/style.css';
import type { FormDefinition, WorkflowDefinition } from '@deskkit/runtime';
import { Dashboard } from '@deskkit/widgets';
import '@deskkit/widgets/style.css';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  demoDirectory,
  itsmChangeDefinition,
  itsmChangeTicket,
} from '../../../packages/designer/src/fixtures/definitions';
import { requestForm, sampleDirectory } from '../../../packages/forms/src/fixtures/forms';
import { demoLibrary, leadDashboard } from '../../../packages/widgets/src/testing/demoDashboards';
import { fixtureDataSource } from '../../../packages/widgets/src/testing/fixtures';

// Probe: is code generation from strings refused here? The CSP test expects exactly this one
// violation, so any eval by a component would show up as a second one.
let evalBlocked = false;
try {
  evalBlocked = new Function('return 1')() !== 1;
} catch {
  evalBlocked = true;
}
document.documentElement.dataset.evalBlocked = String(evalBlocked);

function Builder() {
  const [form, setForm] = useState<FormDefinition>(requestForm);
  return <FormBuilder value={form} onChange={setForm} directory={sampleDirectory} />;
}

function Designer() {
  const [value, setValue] = useState<WorkflowDefinition>(itsmChangeDefinition);
  return (
    <div style={{ height: 640 }}>
      <WorkflowDesigner value={value} onChange={setValue} directory={demoDirectory} />
    </div>
  );
}

function Viewer() {
  const { ticket, history } = useMemo(itsmChangeTicket, []);
  return <WorkflowViewer definition={itsmChangeDefinition()} ticket={ticket} history={history} />;
}

function Overview() {
  const dataSource = useMemo(() => fixtureDataSource(), []);
  const [doc, setDoc] = useState(leadDashboard);
  return (
    <Dashboard
      value={doc}
      onChange={setDoc}
      library={demoLibrary}
      dataSource={dataSource}
      user="sam"
    />
  );
}

const copies = new URLSearchParams(window.location.search).has('twice') ? [1, 2] : [1];

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    {copies.map((n) => (
      <div key={n}>
        <section aria-label={`Form builder ${n}`}>
          <Builder />
        </section>
        <section aria-label={`Workflow designer ${n}`}>
          <Designer />
        </section>
        <section aria-label={`Workflow viewer ${n}`}>
          <Viewer />
        </section>
        <section aria-label={`Dashboard ${n}`}>
          <Overview />
        </section>
      </div>
    ))}
  </StrictMode>,
);
