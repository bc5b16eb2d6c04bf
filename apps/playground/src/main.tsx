import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@deskkit/forms/style.css';
import '@deskkit/designer/style.css';
import '@deskkit/widgets/style.css';
import './app.css';
import './phone.css';
import { App } from './App';
import { t } from './i18n';
import { DeskRoot } from './desk/DeskRoot';
import { LocaleRoot } from './locale/LocaleRoot';
import type { DeskHost } from './desk/host';

const container = document.getElementById('root');
if (!container) throw new Error('Deskkit playground: #root element is missing from index.html');
const root = createRoot(container);

/**
 * Where the desk runs: on the playground server (the default; `pnpm dev`), or with the runtime in
 * this tab on IndexedDB (`pnpm dev:browser`, built with `vite --mode browser`).
 */
async function host(): Promise<DeskHost> {
  if (import.meta.env.MODE === 'browser') {
    const { bootBrowserDesk } = await import('./desk/bootBrowser');
    return bootBrowserDesk();
  }
  const { serverHost } = await import('./desk/serverHost');
  return serverHost();
}

host().then(
  (desk) =>
    root.render(
      <StrictMode>
        <DeskRoot host={desk}>
          <LocaleRoot>
            <App />
          </LocaleRoot>
        </DeskRoot>
      </StrictMode>,
    ),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    root.render(
      <div className="pg-boot-error" role="alert">
        <h1>{t('The service desk could not start')}</h1>
        <p>{message}</p>
      </div>,
    );
  },
);
