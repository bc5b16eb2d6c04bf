import { FormRenderer } from '@deskkit/forms';
import type { FormDefinition } from '@deskkit/runtime';
import { safeFormValidator } from '@deskkit/runtime';
import '@deskkit/forms/style.css';
import { createRoot } from 'react-dom/client';

// A form with rules and formats, validated by the eval-free validator: this page is served with
// `Content-Security-Policy: script-src 'self'`, so anything using eval/new Function would fail.
const form: FormDefinition = {
  schema: {
    type: 'object',
    required: ['email'],
    properties: {
      email: { type: 'string', format: 'email', title: 'Email' },
      age: { type: 'integer', title: 'Age', minimum: 18 },
      reason: { type: 'string', title: 'Reason' },
    },
  },
  rules: [{ field: 'reason', visible: 'age >= 65', required: 'age >= 65' }],
};

// Probe: is code generation from strings refused here? (The browser test expects exactly this one
// violation, so any eval by the form would show up as a second one.)
let evalBlocked = false;
try {
  evalBlocked = new Function('return 1')() !== 1;
} catch {
  evalBlocked = true;
}
document.documentElement.dataset.evalBlocked = String(evalBlocked);

const out = document.createElement('pre');
out.id = 'submitted';
document.body.append(out);

createRoot(document.getElementById('root') as HTMLElement).render(
  <FormRenderer
    form={form}
    validator={safeFormValidator}
    onSubmit={(data) => {
      out.textContent = JSON.stringify(data);
    }}
  />,
);
