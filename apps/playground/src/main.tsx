import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@deskkit/forms/style.css';
import '@deskkit/designer/style.css';
import '@deskkit/widgets/style.css';
import './app.css';
import { App } from './App';
import { createDesk } from './desk/desk';
import { DeskProvider } from './desk/DeskContext';
import { indexedDbPersistence, storageKeys } from './desk/persistence';

const container = document.getElementById('root');
if (!container) throw new Error('Deskkit playground: #root element is missing from index.html');
const root = createRoot(container);

async function boot() {
  const persistence = indexedDbPersistence();
  const [desk, savedUser] = await Promise.all([
    createDesk({ persistence }),
    persistence.load<string>(storageKeys.user),
  ]);
  // Catch up with whatever fell due while the page was closed.
  await desk.tick();
  const initialUser = desk.settings.organisation.users.some((u) => u.id === savedUser)
    ? savedUser!
    : 'alice';
  window.addEventListener('pagehide', () => void desk.flush());
  // Fire what falls due while the page is open (the simulated clock also ticks when moved).
  desk.startTimers({
    intervalMs: 15_000,
    onError: (error) => console.warn('Deskkit playground: a timer tick failed', error),
  });
  root.render(
    <StrictMode>
      <DeskProvider desk={desk} persistence={persistence} initialUser={initialUser}>
        <App />
      </DeskProvider>
    </StrictMode>,
  );
}

boot().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  root.render(
    <div className="pg-boot-error" role="alert">
      <h1>The service desk could not start</h1>
      <p>{message}</p>
    </div>,
  );
});
