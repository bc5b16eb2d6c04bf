import type { FormDefinition, JsonSchema } from '@deskkit/runtime';
import { FormRenderer } from '@deskkit/forms';
import '@deskkit/forms/style.css';
import RjsfForm from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { RJSFSchema } from '@rjsf/utils';

// The same schema for both: n string fields with titles, one every 10th required.
const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 300);
const impl = params.get('impl') ?? 'deskkit';
const properties: Record<string, JsonSchema> = {};
const required: string[] = [];
for (let i = 0; i < n; i++) {
  properties[`f${i}`] = { type: 'string', title: `Field ${i}` };
  if (i % 10 === 0) required.push(`f${i}`);
}
const schema: JsonSchema = { type: 'object', properties, required };
const form: FormDefinition = { schema };

declare global {
  interface Window {
    __bench: {
      t0: number;
      keys: number[];
      mounted: Promise<number>;
      complete: Promise<number>;
      committed?: number;
    };
  }
}

/** Resolves after the first frame painted after now: a rAF, then a MessageChannel task. */
const painted = (): Promise<number> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(0);
    }),
  );

const keys: number[] = [];
document.addEventListener(
  'keydown',
  (e) => {
    const start = e.timeStamp;
    void painted().then((end) => keys.push(end - start));
  },
  true,
);

// First render ends at the first frame painted after React committed the form: the probe after
// the form runs its layout effect at that commit, then waits for the frame.
let committed: (end: Promise<number>) => void = () => undefined;
const mounted = new Promise<number>((resolve) => {
  committed = (end) => void end.then(resolve);
});
function Committed(): null {
  useLayoutEffect(() => {
    window.__bench.committed = performance.now() - t0;
    committed(painted().then((end) => end - t0));
  }, []);
  return null;
}

const t0 = performance.now();
const root = createRoot(document.getElementById('root') as HTMLElement);
root.render(
  <>
    {impl === 'bare' ? (
      // The floor of the keystroke measure: inputs React renders once and never again.
      <div>
        {Array.from({ length: n }, (_, i) => (
          <input key={i} id={`bare_f${i}`} aria-label={`Field ${i}`} />
        ))}
      </div>
    ) : impl === 'rjsf' ? (
      <RjsfForm schema={schema as RJSFSchema} validator={validator} />
    ) : (
      <FormRenderer form={form} />
    )}
    <Committed />
  </>,
);
// Every field's input in the DOM, painted (a form may paint its first screen before the rest): the
// first frame painted after the commit that put the last input in, as `mounted` is for the first
// commit. A MutationObserver sees that commit as it happens; polling on every animation frame (as
// this page did) made the browser produce a frame at each vsync while a form rendered in slices
// (one frame per slice for Deskkit, none for rjsf's single task), and ended one frame late for both.
const complete = new Promise<number>((resolve) => {
  const container = document.getElementById('root') as HTMLElement;
  const observer = new MutationObserver(() => {
    if (container.querySelectorAll('input').length < n) return;
    observer.disconnect();
    void painted().then((end) => resolve(end - t0));
  });
  observer.observe(container, { childList: true, subtree: true });
});
window.__bench = { t0, keys, mounted, complete };
